import Dispatch
import Testing
import TraceCrypto
import TraceModel

@Suite("Signing and verifying records")
struct RecordSigningTests {
    @Test("the id is sha256: and the hex SHA-256 of the signed bytes, unchanged by signing")
    func recordID() throws {
        let record = try sampleRecord()
        #expect(record.id == "sha256:" + Hex.encode(Digest.sha256(record.signedBytes)))
        #expect(RecordID.isValid(record.id))
        let signed = try record.signed(by: try PrivateKey.generate(.ed25519))
        #expect(signed.id == record.id)
        #expect(try sampleRecord(seq: 2).id != record.id)
    }

    @Test("one hasher, record after record, gives the ids Record.id gives")
    func hasherGivesRecordIDs() throws {
        let hasher = RecordHasher()
        for seq in 1...50 {
            let record = try sampleRecord(seq: seq)
            #expect(hasher.id(of: record) == record.id)
        }
        let signed = try sampleRecord().signed(by: try PrivateKey.generate(.ed25519))
        #expect(hasher.id(of: signed) == signed.id)
    }

    @Test("a signed record verifies with its key", arguments: SignatureAlgorithm.allCases)
    func signAndVerify(_ algorithm: SignatureAlgorithm) throws {
        let key = try PrivateKey.generate(algorithm)
        let record = try sampleRecord()
        #expect(!record.verifySignature(with: key.publicKey), "an unsigned record does not verify")
        let signed = try record.signed(by: key)
        let sig = try #require(signed.sig)
        #expect(sig.alg == algorithm.rawValue)
        #expect(sig.key == key.publicKey.keyID)
        #expect(Base64URL.decode(sig.value) != nil)
        #expect(!sig.value.contains("="))
        #expect(signed.verifySignature(with: key.publicKey))
        // The key as a registry would hold it (DER) verifies too.
        #expect(signed.verifySignature(with: try PublicKey(spkiDER: key.publicKey.spkiDER)))
    }

    @Test(
        "the signature fails for changed content, a wrong key or a tampered sig", arguments: SignatureAlgorithm.allCases
    )
    func failures(_ algorithm: SignatureAlgorithm) throws {
        let key = try PrivateKey.generate(algorithm)
        let signed = try sampleRecord().signed(by: key)
        let sig = try #require(signed.sig)

        // The same signature on records whose signed bytes differ.
        #expect(!(try sampleRecord(seq: 2).signed(with: sig)).verifySignature(with: key.publicKey))
        #expect(!(try sampleRecord(weight: "120.6")).signed(with: sig).verifySignature(with: key.publicKey))
        #expect(!(try sampleRecord(issuer: "FARM-510112-004")).signed(with: sig).verifySignature(with: key.publicKey))

        // Another key of the same or the other algorithm.
        for other in SignatureAlgorithm.allCases {
            #expect(!signed.verifySignature(with: try PrivateKey.generate(other).publicKey))
        }

        // The sig fields.
        let otherAlgorithm = algorithm == .ed25519 ? SignatureAlgorithm.sm2sm3 : .ed25519
        #expect(
            !signed.signed(with: Signature(alg: otherAlgorithm.rawValue, key: sig.key, value: sig.value))
                .verifySignature(with: key.publicKey))
        #expect(
            !signed.signed(with: Signature(alg: sig.alg, key: "k-0000000000000000", value: sig.value)).verifySignature(
                with: key.publicKey))
        #expect(
            !signed.signed(with: Signature(alg: sig.alg, key: sig.key, value: sig.value + "=")).verifySignature(
                with: key.publicKey))
        #expect(
            !signed.signed(with: Signature(alg: sig.alg, key: sig.key, value: "not base64url!")).verifySignature(
                with: key.publicKey))
        #expect(
            !signed.signed(with: Signature(alg: sig.alg, key: sig.key, value: "")).verifySignature(with: key.publicKey))
        let bytes = try #require(Base64URL.decode(sig.value))
        let flipped = Base64URL.encode(flippingBit(bytes.count * 4, of: bytes))
        #expect(
            !signed.signed(with: Signature(alg: sig.alg, key: sig.key, value: flipped)).verifySignature(
                with: key.publicKey))
    }

    @Test("one key keeps telling good signatures from bad ones, verification after verification")
    func repeatedVerificationOnOneKey() throws {
        let key = try PrivateKey.generate(.ed25519)
        let publicKey = key.publicKey
        let records = try (1...40).map { seq in try sampleRecord(seq: seq).signed(by: key) }
        for (index, record) in records.enumerated() {
            #expect(record.verifySignature(with: publicKey), "record \(index) the first time")
            let wrong = records[(index + 1) % records.count].sig!
            #expect(
                !record.signed(with: wrong).verifySignature(with: publicKey), "record \(index) with another's signature"
            )
            #expect(record.verifySignature(with: publicKey), "record \(index) after a refusal")
        }
    }

    @Test("2,000 record signatures verify concurrently from 8 threads on one key")
    func concurrentVerification() throws {
        let key = try PrivateKey.generate(.ed25519)
        let records = try (1...2000).map { seq in try sampleRecord(seq: seq).signed(by: key) }
        let publicKey = key.publicKey
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in stride(from: worker, to: records.count, by: 8) {
                tally.add(records[index].verifySignature(with: publicKey))
                // Every 25th record also checks that a wrong pairing still fails under contention.
                if index % 25 == 0 {
                    let neighbour = records[(index + 1) % records.count]
                    tally.addRejected(!records[index].signed(with: neighbour.sig!).verifySignature(with: publicKey))
                }
            }
        }
        #expect(tally.counts == (valid: 2000, rejected: 80))
    }
}
