import Foundation
import Testing
import TraceCrypto
import TraceLog
import TraceModel

/// Sealing a batch of one party's records (``SealedBatch``) and checking a sealed record (`verifySignature`): the tree
/// is RFC 9162's over the records' ids, the head signed is exactly the documented bytes, and each record's path is its
/// inclusion proof.
@Suite("sealed batches: the tree, the head, the paths")
struct SealedBatchTests {
    static let key = try! PrivateKey(ed25519Seed: Array(repeating: 3, count: 32))

    static func records(_ count: Int, issuer: String = "STALL-510104-001-A12") throws -> [Record] {
        var records: [Record] = []
        for n in 0..<count {
            let body = SellBody(
                slip: TraceCode(area: "510104", node: "112", date: "261128", serial: 100 + n)!,
                batch: TraceCode(area: "510104", node: "112", date: "261128", serial: 1)!,
                quantity: Quantity(Amount("0.5")!, .kilogram), unitPrice: Amount("28")!, amount: Amount("14")!)
            records.append(
                try Record(
                    kind: .sell, issuer: issuer, seq: n + 1, prev: records.last?.id,
                    at: Timestamp("2026-11-28T08:00:00+08:00")!.adding(milliseconds: Int64(n) * 1000), body: body))
        }
        return records
    }

    @Test func pathLengthIsTheInclusionProofsLength() throws {
        for size in Array(1...200) + [255, 256, 257, 1000, 1024, 1025] {
            let tree = MemoryMerkleTree(leaves: (0..<size).map { [UInt8(truncatingIfNeeded: $0)] })
            var proofs = MerkleProofs(nodes: tree)
            for index in Set([0, size / 3, size / 2, size - 1] + (size <= 64 ? Array(0..<size) : [])) {
                let path = try proofs.inclusion(leaf: UInt64(index), size: UInt64(size))
                #expect(Seal.pathLength(index: index, size: size) == path.count, "leaf \(index) of \(size)")
            }
        }
    }

    @Test func theHeadIsTheTreeOfTheIdsSignedBehindItsPrefix() throws {
        let records = try Self.records(13)
        let sealed = try SealedBatch.seal(records, key: Self.key)
        let ids = records.map { Digest.sha256($0.signedBytes) }
        #expect(ids.map { RecordID.from(digest: $0) } == records.map(\.id), "a leaf is the id's 32 bytes")
        var proofs = MerkleProofs(nodes: MemoryMerkleTree(leaves: ids))
        let root = try proofs.root(size: 13)
        let message = Array(
            "foodtrace-seal/1\n{\"issuer\":\"STALL-510104-001-A12\",\"root\":\"\(MerkleHash.text(root))\",\"size\":13}"
                .utf8)
        #expect(SealHead(issuer: "STALL-510104-001-A12", size: 13, root: root).signedMessage == message)
        let signature = try #require(Base64URL.decode(sealed[0].sig!.value))
        #expect(Self.key.publicKey.verify(signature: signature, message: message))
        for (index, record) in sealed.enumerated() {
            let seal = try #require(record.sig?.seal)
            #expect(seal.index == index && seal.size == 13 && seal.root == MerkleHash.text(root))
            let path = try proofs.inclusion(leaf: UInt64(index), size: 13)
            #expect(seal.pathHashes == path)
            #expect(record.verifySignature(with: Self.key.publicKey), "leaf \(index)")
            #expect(record.sealProblem?.field == "$.sig.value", "only a signature problem is left to name")
            // Round trip through the canonical text, and through a text spaced out of canonical form (the record is then
            // written again from its parts, seal included).
            #expect(try Record.parse(record.canonicalBytes).canonicalBytes == record.canonicalBytes)
            let spaced = String(decoding: record.canonicalBytes, as: UTF8.self).replacingOccurrences(
                of: ",", with: ", ")
            #expect(try Record.parse(Array(spaced.utf8)).canonicalBytes == record.canonicalBytes)
        }
    }

    // Guards: the checks of one sealed record, each with its near miss.
    @Test func aSealedRecordVerifiesOnlyAsSealed() throws {
        let sealed = try SealedBatch.seal(try Self.records(6), key: Self.key)
        let other = try PrivateKey(ed25519Seed: Array(repeating: 4, count: 32))
        #expect(!sealed[1].verifySignature(with: other.publicKey), "another key")
        // The root replaced by another batch's, with that batch's genuine signature: the path leads elsewhere.
        let otherBatch = try SealedBatch.seal(try Self.records(6, issuer: "STALL-510104-001-A13"), key: Self.key)
        var sig = sealed[1].sig!
        sig.seal!.root = otherBatch[1].sig!.seal!.root
        sig.value = otherBatch[1].sig!.value
        let grafted = sealed[1].signed(with: sig)
        #expect(!grafted.verifySignature(with: Self.key.publicKey))
        #expect(grafted.sealProblem?.field == "$.sig.seal.path")
        // The other party's record with the other party's genuine seal verifies; the issuer is in the head, so the same
        // tree and signature cannot vouch for a record of this party (the key would be refused as another party's by
        // a store anyway).
        #expect(otherBatch[1].verifySignature(with: Self.key.publicKey))
        // A seal with no signature over its head: a record signature over the record's bytes is not a seal's.
        var plain = sealed[2].sig!
        plain.value = try sealed[2].signed(by: Self.key).sig!.value
        #expect(!sealed[2].signed(with: plain).verifySignature(with: Self.key.publicKey))
    }

    @Test func theSealsFormIsCheckedWhenRead() throws {
        let sealed = try SealedBatch.seal(try Self.records(5), key: Self.key)
        let text = String(decoding: sealed[4].canonicalBytes, as: UTF8.self)
        func problem(_ from: String, _ to: String) -> RecordProblem? {
            do {
                _ = try Record.parse(Array(text.replacingOccurrences(of: from, with: to).utf8))
                return nil
            } catch { return error }
        }
        #expect(problem(#""size":5"#, #""size":0"#)?.field == "$.sig.seal.size")
        #expect(problem(#""size":5"#, #""size":65537"#)?.field == "$.sig.seal.size")
        #expect(problem(#""index":4"#, #""index":5"#)?.field == "$.sig.seal.index")
        #expect(problem(#""size":5"#, #""size":6"#)?.reason == "leaf 4 of 6 has a path of 2 hashes, found 1")
        #expect(problem(#""index":4"#, #""index":4,"extra":1"#)?.field == "$.sig.seal.extra")
        #expect(problem(#""root":"sha256:"#, #""root":"sha512:"#)?.field == "$.sig.seal.root")
        #expect(problem(#","size":5"#, "")?.field == "$.sig.seal.size")
        // Near miss: the largest batch is allowed.
        #expect(Seal(size: 65536, index: 0, root: sealed[0].sig!.seal!.root, path: "").pathHashes == [])
        #expect(problem("no such text", "") == nil)
        #expect(throws: LogError.self) { try SealedBatch.seal([], key: Self.key) }
    }
}
