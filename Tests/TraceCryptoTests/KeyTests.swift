import Testing
import TraceCrypto
import TraceModel

@Suite("Keys: ids, PEM and DER round trips, refusals")
struct KeyTests {
    @Test("key ids are k- and 16 hex digits of SHA-256 of the SPKI, and do not change")
    func keyIDs() throws {
        let rfcKey = try PrivateKey(
            ed25519Seed: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        #expect(rfcKey.publicKey.keyID == "k-06e3fd8fda29bb60")
        #expect(try PublicKey(pem: Fixture.text("sm2-public.pem")).keyID == "k-af7aedd1a7a4f0e4")
        for algorithm in SignatureAlgorithm.allCases {
            let key = try PrivateKey.generate(algorithm).publicKey
            #expect(key.keyID == "k-" + Hex.encode(Digest.sha256(key.spkiDER).prefix(8)))
            #expect(key.keyID.utf8.count == 18)
            #expect(try PublicKey(spkiDER: key.spkiDER).keyID == key.keyID)
            #expect(try PublicKey(pem: key.pem).keyID == key.keyID)
        }
    }

    @Test("private key PEM round trip", arguments: SignatureAlgorithm.allCases)
    func privatePEM(_ algorithm: SignatureAlgorithm) throws {
        let key = try PrivateKey.generate(algorithm)
        let pem = key.pkcs8PEM
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(pem.hasSuffix("-----END PRIVATE KEY-----\n"))
        let again = try PrivateKey(pem: pem)
        #expect(again.algorithm == algorithm)
        #expect(again.publicKey == key.publicKey)
        #expect(again.pkcs8PEM == pem)
        let message = Array("round trip".utf8)
        #expect(key.publicKey.verify(signature: try again.sign(message), message: message))
        // Text before the block (as in key files) is skipped.
        #expect(try PrivateKey(pem: "some header\n" + pem).publicKey == key.publicKey)
    }

    @Test("public key PEM and DER round trip", arguments: SignatureAlgorithm.allCases)
    func publicPEM(_ algorithm: SignatureAlgorithm) throws {
        let key = try PrivateKey.generate(algorithm).publicKey
        #expect(key.pem.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))
        let fromPEM = try PublicKey(pem: key.pem)
        let fromDER = try PublicKey(spkiDER: key.spkiDER)
        #expect(fromPEM == key && fromDER == key)
        #expect(fromPEM.algorithm == algorithm)
        #expect(fromPEM.pem == key.pem)
        #expect(Set([key, fromPEM, fromDER]).count == 1)
        #expect(key != (try PrivateKey.generate(algorithm).publicKey))
    }

    @Test("the public key of the RFC 8032 TEST 1 seed matches the RFC's, through PEM too")
    func ed25519SPKI() throws {
        let key = try PrivateKey(ed25519Seed: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        let spki = ed25519SPKIPrefix + hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(key.publicKey.spkiDER == spki)
        #expect(try PublicKey(pem: key.publicKey.pem).spkiDER == spki)
        #expect(try PrivateKey(pem: key.pkcs8PEM).publicKey.spkiDER == spki)
    }

    @Test("an Ed25519 SubjectPublicKeyInfo one byte short or with a byte after it is refused")
    func ed25519SPKIOfTheWrongLength() throws {
        let spki = try PrivateKey.generate(.ed25519).publicKey.spkiDER
        #expect(spki.count == 44)
        #expect(throws: CryptoError.self) { try PublicKey(spkiDER: Array(spki.dropLast())) }
        #expect(throws: CryptoError.self) { try PublicKey(spkiDER: spki + [0]) }
        #expect(try PublicKey(spkiDER: spki).spkiDER == spki)
    }

    @Test("keys FoodTrace cannot sign with are refused by name")
    func unsupportedKeys() throws {
        let p256 = try Fixture.text("p256-private.pem")
        let error = try #require(throws: CryptoError.self) { try PrivateKey(pem: p256) }
        #expect(error.message.contains("unsupported private key type"))
        #expect(error.message.contains("EC"))
        for line in pemBodyLines(p256) { #expect(!error.message.contains(line)) }
    }

    @Test("a key in OpenSSL's traditional form is refused with the conversion command")
    func traditionalForm() throws {
        // `openssl ec -in sm2-private.pem` writes a "BEGIN SM2 PRIVATE KEY" block; only the label matters here.
        let pkcs8 = try Fixture.text("sm2-private.pem")
        let body = pemBodyLines(pkcs8).joined(separator: "\n")
        let traditional = "-----BEGIN SM2 PRIVATE KEY-----\n" + body + "\n-----END SM2 PRIVATE KEY-----\n"
        let error = try #require(throws: CryptoError.self) { try PrivateKey(pem: traditional) }
        #expect(error.message.contains("openssl pkey"))
    }

    @Test("an encrypted private key is refused without prompting")
    func encryptedKey() throws {
        let encrypted = try Fixture.text("ed25519-private-encrypted.pem")
        let error = try #require(throws: CryptoError.self) { try PrivateKey(pem: encrypted) }
        #expect(error.message.contains("encrypted"))
    }

    @Test("bad PEM and DER give errors without key material")
    func badInput() throws {
        let pem = try PrivateKey.generate(.ed25519).pkcs8PEM
        let body = pemBodyLines(pem)
        // A public key is not a private key, and the reverse.
        let publicPEM = try PrivateKey.generate(.sm2sm3).publicKey.pem
        #expect(throws: CryptoError.self) { try PrivateKey(pem: publicPEM) }
        #expect(throws: CryptoError.self) { try PublicKey(pem: pem) }
        // A damaged body: OpenSSL's reason is included, the body is not.
        let damaged = pem.replacingOccurrences(of: body[0], with: String(body[0].reversed()))
        let error = try #require(throws: CryptoError.self) { try PrivateKey(pem: damaged) }
        #expect(error.message.contains("OpenSSL"))
        for line in body + pemBodyLines(damaged) { #expect(!error.message.contains(line)) }
        #expect(throws: CryptoError.self) { try PrivateKey(pem: "") }
        #expect(throws: CryptoError.self) {
            try PublicKey(pem: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
        }

        let spki = try PrivateKey.generate(.ed25519).publicKey.spkiDER
        #expect(throws: CryptoError.self) { try PublicKey(spkiDER: []) }
        #expect(throws: CryptoError.self) { try PublicKey(spkiDER: Array(spki.dropLast())) }
        let trailing = try #require(throws: CryptoError.self) { try PublicKey(spkiDER: spki + [0]) }
        #expect(trailing.message.contains("after"))
    }

    @Test("descriptions name the algorithm and key id, never the key")
    func descriptions() throws {
        let key = try PrivateKey.generate(.sm2sm3)
        #expect(key.description == "PrivateKey(sm2-sm3, \(key.publicKey.keyID))")
        #expect(key.publicKey.description == "PublicKey(sm2-sm3, \(key.publicKey.keyID))")
        #expect(SignatureAlgorithm(rawValue: "sm2-sm3") == .sm2sm3)
        #expect(SignatureAlgorithm(rawValue: "ed25519") == .ed25519)
    }
}
