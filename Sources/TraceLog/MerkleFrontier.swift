import TraceCrypto

/// The right edge of a growing tree: the hashes of its largest complete subtrees ("peaks", one per bit set in its
/// size, largest first). Appending a leaf joins equal peaks into the complete subtrees the leaf completes, which are
/// exactly the nodes a store must add; the root is the peaks folded from the right.
public struct MerkleFrontier: Sendable, Equatable {
    public private(set) var size: UInt64
    /// `(level, hash)` of each peak, the leftmost (largest) first.
    public private(set) var peaks: [(level: Int, hash: [UInt8])]

    public static func == (lhs: MerkleFrontier, rhs: MerkleFrontier) -> Bool {
        lhs.size == rhs.size && lhs.peaks.map(\.hash) == rhs.peaks.map(\.hash)
    }

    /// An empty tree.
    public init() {
        size = 0
        peaks = []
    }

    /// The frontier of the tree of `size` leaves kept in `nodes`: one read per peak.
    public init(size: UInt64, nodes: some MerkleNodes) throws {
        self.size = size
        peaks = []
        var start: UInt64 = 0
        for level in stride(from: 63, through: 0, by: -1) where size & (UInt64(1) << level) != 0 {
            peaks.append((level, try nodes.subtree(level: level, index: start >> level)))
            start += UInt64(1) << level
        }
    }

    /// Appends a leaf by its leaf hash; returns the new complete subtrees, the leaf itself first.
    @discardableResult
    public mutating func append(leafHash: [UInt8]) -> [MerkleNode] {
        var added = [MerkleNode(level: 0, index: size, hash: leafHash)]
        peaks.append((0, leafHash))
        size += 1
        while peaks.count >= 2, peaks[peaks.count - 1].level == peaks[peaks.count - 2].level {
            let right = peaks.removeLast()
            let left = peaks.removeLast()
            let level = left.level + 1
            let hash = MerkleHash.node(left.hash, right.hash)
            peaks.append((level, hash))
            added.append(MerkleNode(level: level, index: (size >> level) - 1, hash: hash))
        }
        return added
    }

    /// MTH of the whole tree (``MerkleHash/empty`` when it has no leaves).
    public var root: [UInt8] {
        guard var hash = peaks.last?.hash else { return MerkleHash.empty }
        for peak in peaks.dropLast().reversed() { hash = MerkleHash.node(peak.hash, hash) }
        return hash
    }
}
