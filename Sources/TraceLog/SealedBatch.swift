import TraceCrypto
import TraceModel

/// Seals a batch of one party's records with one signature: the party signs the head of the Merkle tree of the
/// records' ids (``SealHead``), and each record carries its leaf, its inclusion path and the root in `sig.seal`, with
/// the head's signature as `sig.value`. Each record is then checked on its own — its path and the one signature — so
/// a store may receive any part of a batch, in any number of pushes.
public enum SealedBatch {
    /// The records, in order, sealed by `key`: any signature they carried is replaced.
    /// - Throws: ``LogError/Code/outOfRange`` for an empty batch, more than ``Seal/maximumSize`` records, or records of
    ///   more than one issuer; a signing failure as is.
    public static func seal(_ records: [Record], key: PrivateKey) throws -> [Record] {
        guard let issuer = records.first?.issuer else { throw LogError(.outOfRange, Message.Log.sealedBatchEmpty) }
        guard records.count <= Seal.maximumSize else {
            throw LogError(
                .outOfRange, Message.Log.sealedBatchTooLarge(maximum: Seal.maximumSize, count: records.count))
        }
        if let other = records.first(where: { $0.issuer != issuer }) {
            throw LogError(
                .outOfRange, Message.Log.sealedBatchOneParty(other: other.issuer, first: issuer))
        }
        let tree = MemoryMerkleTree(leaves: records.map(SealHead.leaf(of:)))
        var proofs = MerkleProofs(nodes: tree)
        let size = UInt64(records.count)
        let root = try proofs.root(size: size)
        let head = SealHead(issuer: issuer, size: records.count, root: root)
        let signature = Base64URL.encode(try key.sign(head.signedMessage))
        return try records.indices.map { index in
            let path = try proofs.inclusion(leaf: UInt64(index), size: size)
            let seal = Seal(
                size: records.count, index: index, root: MerkleHash.text(root),
                path: Base64URL.encode(path.flatMap { $0 }))
            return records[index].signed(
                with: Signature(alg: key.algorithm.rawValue, key: key.publicKey.keyID, value: signature, seal: seal))
        }
    }
}
