import Foundation
import TraceCrypto
import TraceLog

extension HubWire {
    /// `GET /log/proof/inclusion?record=ID[&size=N]`: a record's leaf in the hub's log and the proof that the tree of
    /// `size` leaves holds it. Hashes are written `sha256:<hex>`.
    public struct InclusionProof: Codable, Sendable, Equatable {
        public var record: String
        public var index: UInt64
        public var size: UInt64
        public var leafHash: String
        public var path: [String]
        /// The signed head of `size` leaves, when the hub signed one of that size.
        public var head: TreeHead?
        /// The first signed head that includes the record: its timestamp is the record's logged time.
        public var firstHead: TreeHead?

        public init(
            record: String, index: UInt64, size: UInt64, leafHash: [UInt8], path: [[UInt8]], head: TreeHead?,
            firstHead: TreeHead?
        ) {
            self.record = record
            self.index = index
            self.size = size
            self.leafHash = MerkleHash.text(leafHash)
            self.path = path.map(MerkleHash.text)
            self.head = head
            self.firstHead = firstHead
        }

        /// Whether the proof holds for `root` (the root of a head of ``size`` leaves the caller trusts) and the
        /// record's bytes `raw` (its leaf).
        public func verifies(root: [UInt8], raw: [UInt8]? = nil) -> Bool {
            let leaf = MerkleHash.parse(leafHash) ?? []
            if let raw, MerkleHash.leaf(raw) != leaf { return false }
            let hashes = path.compactMap(MerkleHash.parse)
            guard hashes.count == path.count else { return false }
            return MerkleVerify.inclusion(leafHash: leaf, index: index, size: size, path: hashes, root: root)
        }
    }

    /// `GET /log/proof/consistency?from=M&to=N`: the proof that the hub's tree of `from` leaves is the first `from`
    /// leaves of its tree of `to`.
    public struct ConsistencyProof: Codable, Sendable, Equatable {
        public var from: UInt64
        public var to: UInt64
        public var proof: [String]

        public init(from: UInt64, to: UInt64, proof: [[UInt8]]) {
            self.from = from
            self.to = to
            self.proof = proof.map(MerkleHash.text)
        }

        /// Whether the proof shows `old` and `new` (heads of ``from`` and ``to`` leaves) to be one log.
        public func verifies(old: TreeHead, new: TreeHead) -> Bool {
            let hashes = proof.compactMap(MerkleHash.parse)
            guard hashes.count == proof.count, old.size == from, new.size == to else { return false }
            return MerkleVerify.consistency(
                old: from, oldRoot: old.rootHash, new: to, newRoot: new.rootHash, proof: hashes)
        }
    }

    /// `POST /log/cosignatures`: a witness's co-signature of one of the hub's heads.
    public struct CosignedHead: Codable, Sendable, Equatable {
        public var head: TreeHead
        public var cosignatures: [Cosignature]

        public init(head: TreeHead, cosignatures: [Cosignature]) {
            self.head = head
            self.cosignatures = cosignatures
        }
    }
}
