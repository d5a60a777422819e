import Foundation
import Testing
import TraceCrypto
import TraceLog
import TraceModel

/// Signed tree heads and witnesses' co-signatures: what is signed, and that any change to a head breaks both.
@Suite("Signed tree heads")
struct TreeHeadTests {
    let root = MerkleHash.leaf(Array("root".utf8))

    @Test(arguments: [SignatureAlgorithm.ed25519, .sm2sm3])
    func aHeadVerifiesAndAnyChangeBreaksIt(algorithm: SignatureAlgorithm) throws {
        let key = try PrivateKey.generate(algorithm)
        let head = try TreeHead.sign(size: 7, root: root, timestamp: 1_765_000_000_000, key: key)
        #expect(try head.verify() == key.publicKey)
        #expect(try TreeHead.parse(Array(head.json.utf8)) == head)
        #expect(head.json.hasPrefix(#"{"key":{"alg":"#) && head.json.contains(#""size":7"#))
        var changed = head
        changed.size = 8
        #expect(throws: LogError.self) { try changed.verify() }
        changed = head
        changed.timestamp += 1
        #expect(throws: LogError.self) { try changed.verify() }
        changed = head
        changed.root = MerkleHash.text(MerkleHash.empty)
        #expect(throws: LogError.self) { try changed.verify() }
        // Another key's id and spki put in: the signature is no longer the key's.
        changed = head
        changed.key = TreeHead.Key(try PrivateKey.generate(.ed25519).publicKey)
        #expect(throws: LogError.self) { try changed.verify() }
        // A key whose id does not match its spki.
        changed = head
        changed.key.id = "k-0000000000000000"
        #expect(throws: LogError.self) { try changed.verify() }
    }

    @Test func aRecordSignatureIsNotATreeHeadSignature() throws {
        let key = try PrivateKey.generate(.ed25519)
        var head = try TreeHead.sign(size: 1, root: root, timestamp: 1, key: key)
        // The same bytes signed without the tree-head prefix (as a record or a token would be) do not verify.
        head.sig = Base64URL.encode(try key.sign(head.signedBytes))
        #expect(throws: LogError.self) { try head.verify() }
    }

    @Test func aCosignatureCoversTheHeadAndItsOwnTime() throws {
        let log = try PrivateKey.generate(.ed25519)
        let witness = try PrivateKey.generate(.sm2sm3)
        let head = try TreeHead.sign(size: 3, root: root, timestamp: 5, key: log)
        let cosignature = try Cosignature(head: head, timestamp: 9, key: witness)
        try cosignature.verify(head: head)
        var other = head
        other.size = 4
        #expect(throws: LogError.self) { try cosignature.verify(head: other) }
        var later = cosignature
        later.timestamp = 10
        #expect(throws: LogError.self) { try later.verify(head: head) }
    }
}
