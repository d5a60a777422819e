import Foundation
import TraceCrypto
import TraceLog
import TraceModel

/// Makes the sealed copy of an export the log scenario ingests: the same records (the same ids, the same order), each
/// issuer's records sealed in batches of `batch` in chain order with the issuer's key from the demo's key folder
/// (`ISSUER.key`), one signature per batch; an issuer whose key the folder does not hold (the demo's injected
/// strangers) keeps its records as signed. Reads the export twice: ids and issuers first, then each line again to
/// write it with its seal.
struct SealBench {
    let batch: Int

    func run(export: String, keys: String, out: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: export))
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        // Each line's issuer and leaf (its id's 32 bytes).
        var byIssuer: [String: [Int]] = [:]
        var leaves: [[UInt8]] = []
        leaves.reserveCapacity(lines.count)
        for (number, line) in lines.enumerated() {
            let record = try Record.parse(Array(line))
            byIssuer[record.issuer, default: []].append(number)
            leaves.append(SealHead.leaf(of: record))
        }
        // Each line's batch (its tree and signature) and leaf index.
        var batches: [(tree: MemoryMerkleTree, root: [UInt8], signature: String, key: PrivateKey)] = []
        var place = [(batch: Int, index: Int)?](repeating: nil, count: lines.count)
        for (issuer, numbers) in byIssuer {
            let path = keys + "/" + issuer + ".key"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let key = try KeyFile.read(path).key
            for start in stride(from: 0, to: numbers.count, by: batch) {
                let members = Array(numbers[start..<min(start + batch, numbers.count)])
                let tree = MemoryMerkleTree(leaves: members.map { leaves[$0] })
                var proofs = MerkleProofs(nodes: tree)
                let root = try proofs.root(size: UInt64(members.count))
                let head = SealHead(issuer: issuer, size: members.count, root: root)
                batches.append((tree, root, Base64URL.encode(try key.sign(head.signedMessage)), key))
                for (index, number) in members.enumerated() { place[number] = (batches.count - 1, index) }
            }
        }
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        for (number, line) in lines.enumerated() {
            guard let (batchNumber, index) = place[number] else {
                buffer += line
                buffer.append(UInt8(ascii: "\n"))
                continue
            }
            let record = try Record.parse(Array(line))
            let sealed = batches[batchNumber]
            var proofs = MerkleProofs(nodes: sealed.tree)
            let size = UInt64(sealed.tree.size)
            let path = try proofs.inclusion(leaf: UInt64(index), size: size)
            let seal = Seal(
                size: Int(size), index: index, root: MerkleHash.text(sealed.root),
                path: Base64URL.encode(path.flatMap { $0 }))
            let signature = Signature(
                alg: sealed.key.algorithm.rawValue, key: sealed.key.publicKey.keyID, value: sealed.signature, seal: seal
            )
            buffer += record.signed(with: signature).canonicalBytes
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count > 1 << 22 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        FileHandle.standardError.write(
            Data(
                "foodtrace-bench: sealed \(place.compactMap { $0 }.count) of \(lines.count) records in \(batches.count) batches of at most \(batch)\n"
                    .utf8)
        )
    }
}
