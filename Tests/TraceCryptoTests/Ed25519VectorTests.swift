import Testing
import TraceCrypto
import TraceModel

/// RFC 8032 section 7.1, read from Fixtures/rfc8032-ed25519.txt.
struct Ed25519Vector: CustomStringConvertible {
    let name: String
    let seed: [UInt8]
    let publicKey: [UInt8]
    let message: [UInt8]
    let signature: [UInt8]

    var description: String { name }

    static func all() throws -> [Ed25519Vector] {
        try Fixture.text("rfc8032-ed25519.txt").split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { throw CryptoError("bad vector line: \(line)") }
            return Ed25519Vector(
                name: fields[0], seed: hex(fields[1]), publicKey: hex(fields[2]),
                message: hex(fields[3]), signature: hex(fields[4]))
        }
    }

    static func named(_ name: String) throws -> Ed25519Vector {
        guard let vector = try all().first(where: { $0.name == name }) else { throw CryptoError("no vector \(name)") }
        return vector
    }
}

@Suite("Ed25519, RFC 8032 section 7.1")
struct Ed25519VectorTests {
    @Test("the fixture holds the four vectors with the right sizes")
    func fixtureIsComplete() throws {
        let vectors = try Ed25519Vector.all()
        #expect(vectors.map(\.name) == ["TEST 1", "TEST 2", "TEST 3", "TEST SHA(abc)"])
        for vector in vectors {
            #expect(vector.seed.count == 32 && vector.publicKey.count == 32 && vector.signature.count == 64)
        }
        // TEST SHA(abc)'s message is SHA-512("abc"); its first bytes pin the line to the right vector.
        #expect(vectors[3].message.prefix(4) == [0xdd, 0xaf, 0x35, 0xa1])
    }

    @Test(
        "public key from the seed, byte-exact signature, verification",
        arguments: ["TEST 1", "TEST 2", "TEST 3", "TEST SHA(abc)"])
    func vector(_ name: String) throws {
        let vector = try Ed25519Vector.named(name)
        let key = try PrivateKey(ed25519Seed: vector.seed)
        #expect(key.algorithm == .ed25519)
        #expect(key.publicKey.spkiDER == ed25519SPKIPrefix + vector.publicKey)

        let signature = try key.sign(vector.message)
        #expect(Hex.encode(signature) == Hex.encode(vector.signature))

        let published = try PublicKey(spkiDER: ed25519SPKIPrefix + vector.publicKey)
        #expect(published == key.publicKey)
        #expect(published.verify(signature: vector.signature, message: vector.message))
    }

    @Test(
        "a flipped bit in the message or the signature fails",
        arguments: ["TEST 1", "TEST 2", "TEST 3", "TEST SHA(abc)"])
    func corruptions(_ name: String) throws {
        let vector = try Ed25519Vector.named(name)
        let key = try PublicKey(spkiDER: ed25519SPKIPrefix + vector.publicKey)
        if vector.message.isEmpty {
            #expect(!key.verify(signature: vector.signature, message: [0]))
        } else {
            for bit in [0, vector.message.count * 8 - 1, vector.message.count * 4 + 3] {
                #expect(
                    !key.verify(signature: vector.signature, message: flippingBit(bit, of: vector.message)),
                    "message bit \(bit)")
            }
        }
        for bit in [0, 7, 100, 255, 256, 300, 511] {
            #expect(
                !key.verify(signature: flippingBit(bit, of: vector.signature), message: vector.message),
                "signature bit \(bit)")
        }
        #expect(!key.verify(signature: Array(vector.signature.dropLast()), message: vector.message))
        #expect(!key.verify(signature: vector.signature + [0], message: vector.message))
        #expect(!key.verify(signature: [], message: vector.message))
    }

    @Test("a seed that is not 32 bytes is refused")
    func seedLength() {
        for count in [0, 31, 33, 64] {
            #expect(throws: CryptoError.self) { try PrivateKey(ed25519Seed: [UInt8](repeating: 1, count: count)) }
        }
    }

    @Test("an OpenSSL-made Ed25519 key reproduces OpenSSL's signature byte for byte")
    func openSSLFixture() throws {
        let key = try PrivateKey(pem: Fixture.text("ed25519-private.pem"))
        let message = try Fixture.bytes("sm2-message.txt")
        #expect(key.algorithm == .ed25519)
        #expect(key.publicKey == (try PublicKey(pem: Fixture.text("ed25519-public.pem"))))
        #expect(try key.sign(message) == Fixture.bytes("ed25519-signature.bin"))
    }
}
