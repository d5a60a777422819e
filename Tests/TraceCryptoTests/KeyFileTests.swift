import Foundation
import Testing
import TraceCrypto

@Suite("Key files")
struct KeyFileTests {
    @Test("a private key file is created 0600, names its party and reads back", arguments: SignatureAlgorithm.allCases)
    func writeAndRead(_ algorithm: SignatureAlgorithm) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("farm.key")
        let key = try PrivateKey.generate(algorithm)
        try KeyFile.write(key, party: "FARM-510112-003", to: path)
        #expect(try permissions(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            text.hasPrefix(
                "FoodTrace-Party: FARM-510112-003\nFoodTrace-Algorithm: \(algorithm.rawValue)\n-----BEGIN PRIVATE KEY-----\n"
            ))
        let (party, again) = try KeyFile.read(path)
        #expect(party == "FARM-510112-003")
        #expect(again.algorithm == algorithm)
        #expect(again.publicKey == key.publicKey)
    }

    @Test("the file is 0600 even under a permissive umask")
    func modeIgnoresUmask() throws {
        let directory = try TemporaryDirectory()
        let old = umask(0)
        defer { umask(old) }
        let path = directory.file("a.key")
        try KeyFile.write(try PrivateKey.generate(.ed25519), party: "SH-1", to: path)
        #expect(try permissions(path) == 0o600)
    }

    @Test("an existing file is never overwritten")
    func refusesOverwrite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("farm.key")
        try KeyFile.write(try PrivateKey.generate(.ed25519), party: "FARM-1", to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: CryptoError.self) {
            try KeyFile.write(try PrivateKey.generate(.ed25519), party: "FARM-2", to: path)
        }
        #expect(error.message.contains("already exists"))
        #expect(error.message.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try KeyFile.read(path).party == "FARM-1")
    }

    @Test(
        "a file group or others can read or write is refused with the chmod fix",
        arguments: [0o644, 0o640, 0o604, 0o620, 0o660])
    func refusesOpenModes(_ mode: Int) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("stall.key")
        let key = try PrivateKey.generate(.sm2sm3)
        try KeyFile.write(key, party: "STALL-88", to: path)
        try setPermissions(path, mode)
        let error = try #require(throws: CryptoError.self) { try KeyFile.read(path) }
        #expect(error.message.contains("chmod 600 \(path)"))
        #expect(error.message.contains(String(mode, radix: 8)))
        for line in pemBodyLines(key.pkcs8PEM) { #expect(!error.message.contains(line)) }
        try setPermissions(path, 0o400)
        #expect(try KeyFile.read(path).key.publicKey == key.publicKey)
    }

    @Test("missing file, missing party line, not a key, wrong algorithm line: clear errors without key material")
    func readErrors() throws {
        let directory = try TemporaryDirectory()
        let missing = try #require(throws: CryptoError.self) { try KeyFile.read(directory.file("none.key")) }
        #expect(missing.message.contains("does not exist"))
        #expect(missing.message.contains(directory.file("none.key")))

        let key = try PrivateKey.generate(.ed25519)
        let body = pemBodyLines(key.pkcs8PEM)
        func file(_ name: String, _ text: String) throws -> String {
            let path = directory.file(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            try setPermissions(path, 0o600)
            return path
        }

        let noParty = try file("no-party.key", key.pkcs8PEM)
        let noPartyError = try #require(throws: CryptoError.self) { try KeyFile.read(noParty) }
        #expect(noPartyError.message.contains("FoodTrace-Party"))
        for line in body { #expect(!noPartyError.message.contains(line)) }

        let badParty = try file("bad-party.key", "FoodTrace-Party: farm 1\n" + key.pkcs8PEM)
        #expect(throws: CryptoError.self) { try KeyFile.read(badParty) }

        let notKey = try file("not-a-key.key", "FoodTrace-Party: FARM-1\nhello\n")
        let notKeyError = try #require(throws: CryptoError.self) { try KeyFile.read(notKey) }
        #expect(notKeyError.message.contains("does not hold a usable private key"))

        let publicOnly = try file("public.key", "FoodTrace-Party: FARM-1\n" + key.publicKey.pem)
        #expect(throws: CryptoError.self) { try KeyFile.read(publicOnly) }

        var lines = body
        lines[0] = String(lines[0].reversed())
        let damagedText =
            "FoodTrace-Party: FARM-1\n-----BEGIN PRIVATE KEY-----\n" + lines.joined(separator: "\n")
            + "\n-----END PRIVATE KEY-----\n"
        let damaged = try file("damaged.key", damagedText)
        let damagedError = try #require(throws: CryptoError.self) { try KeyFile.read(damaged) }
        for line in body + lines { #expect(!damagedError.message.contains(line)) }

        let mismatch = try file(
            "mismatch.key", "FoodTrace-Party: FARM-1\nFoodTrace-Algorithm: sm2-sm3\n" + key.pkcs8PEM)
        let mismatchError = try #require(throws: CryptoError.self) { try KeyFile.read(mismatch) }
        #expect(mismatchError.message.contains("sm2-sm3"))

        let unknown = try file("unknown.key", "FoodTrace-Party: FARM-1\nFoodTrace-Algorithm: rsa\n" + key.pkcs8PEM)
        #expect(throws: CryptoError.self) { try KeyFile.read(unknown) }

        // Without the optional algorithm line, and with CRLF line ends, the file still reads.
        let plain = try file("plain.key", "FoodTrace-Party: FARM-1\r\n" + key.pkcs8PEM)
        #expect(try KeyFile.read(plain).party == "FARM-1")
    }

    @Test("an invalid party id is refused before any file is made")
    func invalidParty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("x.key")
        for party in ["", "farm-1", "FARM 1", "FARM-1\nFoodTrace-Party: OTHER"] {
            #expect(throws: CryptoError.self) {
                try KeyFile.write(try PrivateKey.generate(.ed25519), party: party, to: path)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("public key files: plain PEM, 0644, read back, never overwritten", arguments: SignatureAlgorithm.allCases)
    func publicFiles(_ algorithm: SignatureAlgorithm) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("farm.pub")
        let key = try PrivateKey.generate(algorithm).publicKey
        try KeyFile.writePublic(key, to: path)
        #expect(try permissions(path) == 0o644)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == key.pem)
        #expect(try KeyFile.readPublic(path) == key)
        #expect(throws: CryptoError.self) { try KeyFile.writePublic(key, to: path) }
        let missing = try #require(throws: CryptoError.self) { try KeyFile.readPublic(directory.file("none.pub")) }
        #expect(missing.message.contains("does not exist"))
    }

    @Test(
        "openssl reads a FoodTrace key file as it is", .enabled(if: OpenSSLTool.isAvailable),
        arguments: SignatureAlgorithm.allCases)
    func openSSLReadsKeyFile(_ algorithm: SignatureAlgorithm) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("farm.key")
        let key = try PrivateKey.generate(algorithm)
        try KeyFile.write(key, party: "FARM-510112-003", to: path)
        let result = try OpenSSLTool.run(["pkey", "-in", path, "-pubout"])
        #expect(result.status == 0)
        #expect(result.output == key.publicKey.pem)
    }
}
