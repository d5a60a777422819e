import Foundation
import Testing
import TraceCrypto
import TraceModel

@Suite("SM2 with SM3")
struct SM2Tests {
    let message = Array("FoodTrace: 120.5 kg 白条猪肉, lot 51011226112800310017".utf8)

    @Test("generate, sign, verify")
    func roundTrip() throws {
        let key = try PrivateKey.generate(.sm2sm3)
        #expect(key.algorithm == .sm2sm3)
        #expect(key.publicKey.algorithm == .sm2sm3)
        let signature = try key.sign(message)
        #expect((70...72).contains(signature.count))
        #expect(signature.first == 0x30)
        #expect(key.publicKey.verify(signature: signature, message: message))

        // SM2 is randomised: a second signature differs and verifies too.
        let again = try key.sign(message)
        #expect(again != signature)
        #expect(key.publicKey.verify(signature: again, message: message))

        #expect(!key.publicKey.verify(signature: signature, message: message + [0]))
        #expect(!key.publicKey.verify(signature: flippingBit(8 * 10 + 1, of: signature), message: message))
        #expect(!key.publicKey.verify(signature: [], message: message))
        let other = try PrivateKey.generate(.sm2sm3)
        #expect(!other.publicKey.verify(signature: signature, message: message))
    }

    @Test("an empty message signs and verifies")
    func emptyMessage() throws {
        let key = try PrivateKey.generate(.sm2sm3)
        let signature = try key.sign([])
        #expect(key.publicKey.verify(signature: signature, message: []))
        #expect(!key.publicKey.verify(signature: signature, message: [0]))
    }

    @Test("a signature made by the openssl command line verifies")
    func openSSLSignatureVerifies() throws {
        let key = try PublicKey(pem: Fixture.text("sm2-public.pem"))
        let message = try Fixture.bytes("sm2-message.txt")
        let signature = try Fixture.bytes("sm2-sm3-signature.der")
        #expect(key.algorithm == .sm2sm3)
        #expect(key.keyID == "k-af7aedd1a7a4f0e4")
        #expect(key.verify(signature: signature, message: message))
        #expect(!key.verify(signature: signature, message: Array(message.dropLast())))
    }

    @Test("a signature made with another distinguishing ID does not verify")
    func otherDistinguishingIDFails() throws {
        let key = try PublicKey(pem: Fixture.text("sm2-public.pem"))
        let message = try Fixture.bytes("sm2-message.txt")
        #expect(!key.verify(signature: try Fixture.bytes("sm2-sm3-signature-other-id.der"), message: message))
    }

    @Test("the other-ID fixture is itself a good signature under its own ID", .enabled(if: OpenSSLTool.isAvailable))
    func otherIDFixtureIsValid() throws {
        // Without this, the test above would also pass if that file were simply corrupt.
        let result = try OpenSSLTool.run([
            "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", "distid:ALICE123@YAHOO.COM",
            "-pubin", "-inkey", Fixture.url("sm2-public.pem").path, "-in", Fixture.url("sm2-message.txt").path,
            "-sigfile", Fixture.url("sm2-sm3-signature-other-id.der").path,
        ])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the OpenSSL-made private key loads and matches its public key")
    func openSSLPrivateKey() throws {
        let key = try PrivateKey(pem: Fixture.text("sm2-private.pem"))
        let published = try PublicKey(pem: Fixture.text("sm2-public.pem"))
        #expect(key.algorithm == .sm2sm3)
        #expect(key.publicKey == published)
        #expect(published.verify(signature: try key.sign(message), message: message))
    }

    @Test(
        "a Swift signature verifies with openssl pkeyutl and the GM/T 0009 ID, and not with the empty ID",
        .enabled(if: OpenSSLTool.isAvailable))
    func openSSLVerifiesSwiftSignature() throws {
        let directory = try TemporaryDirectory()
        let key = try PrivateKey.generate(.sm2sm3)
        let publicPath = directory.file("public.pem")
        let messagePath = directory.file("message.bin")
        let otherMessagePath = directory.file("other.bin")
        let signaturePath = directory.file("signature.der")
        try KeyFile.writePublic(key.publicKey, to: publicPath)
        try Data(message).write(to: URL(fileURLWithPath: messagePath))
        try Data(message + [0x21]).write(to: URL(fileURLWithPath: otherMessagePath))
        try Data(try key.sign(message)).write(to: URL(fileURLWithPath: signaturePath))

        func verify(_ path: String, _ extra: [String]) throws -> (status: Int32, output: String) {
            try OpenSSLTool.run(
                ["pkeyutl", "-verify", "-rawin", "-digest", "sm3"] + extra
                    + ["-pubin", "-inkey", publicPath, "-in", path, "-sigfile", signaturePath])
        }
        let good = try verify(messagePath, ["-pkeyopt", "distid:1234567812345678"])
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("Signature Verified Successfully"))
        let tampered = try verify(otherMessagePath, ["-pkeyopt", "distid:1234567812345678"])
        #expect(tampered.status != 0)
        let emptyID = try verify(messagePath, [])
        #expect(emptyID.status != 0, "OpenSSL's default (empty) ID must not match what TraceCrypto signs with")
    }

    @Test("an Ed25519 key does not verify an SM2 signature, and the reverse")
    func algorithmsDoNotMix() throws {
        let sm2 = try PrivateKey.generate(.sm2sm3)
        let ed = try PrivateKey.generate(.ed25519)
        #expect(!ed.publicKey.verify(signature: try sm2.sign(message), message: message))
        #expect(!sm2.publicKey.verify(signature: try ed.sign(message), message: message))
    }

    @Test("concurrent SM2 verification on one key")
    func concurrentVerification() throws {
        let key = try PrivateKey.generate(.sm2sm3)
        let messages = (0..<200).map { Array("message \($0)".utf8) }
        let signatures = try messages.map { message throws(CryptoError) in try key.sign(message) }
        let publicKey = key.publicKey
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in stride(from: worker, to: messages.count, by: 8) {
                tally.add(publicKey.verify(signature: signatures[index], message: messages[index]))
                // A neighbour's signature must fail, even under contention.
                tally.addRejected(
                    !publicKey.verify(signature: signatures[index], message: messages[(index + 1) % messages.count]))
            }
        }
        #expect(tally.counts == (valid: 200, rejected: 200))
    }
}

/// Counts results from several threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var valid = 0
    private var rejected = 0

    func add(_ ok: Bool) {
        lock.lock()
        if ok { valid += 1 }
        lock.unlock()
    }

    func addRejected(_ ok: Bool) {
        lock.lock()
        if ok { rejected += 1 }
        lock.unlock()
    }

    var counts: (valid: Int, rejected: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (valid, rejected)
    }
}
