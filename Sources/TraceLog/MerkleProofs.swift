import TraceCrypto
import TraceModel

/// Inclusion and consistency proofs (RFC 9162 §2.1.3.1 and §2.1.4.1) read from a store of complete subtrees.
///
/// Every hash a proof holds is the MTH of a range of leaves that is either a complete subtree (one read) or ends at
/// the tree's size, and those are each a run of the tree's peaks: with the peaks' hashes remembered, a proof costs
/// O(log n) reads.
public struct MerkleProofs<Nodes: MerkleNodes> {
    public let nodes: Nodes
    /// MTH of ranges already computed, by `[start, end)`.
    private var known: [Range<UInt64>: [UInt8]] = [:]

    public init(nodes: Nodes) { self.nodes = nodes }

    /// MTH(D[start:end]) (RFC 9162 §2.1.1), `start < end`.
    public mutating func hash(_ range: Range<UInt64>) throws -> [UInt8] {
        let count = range.upperBound - range.lowerBound
        if count.nonzeroBitCount == 1, range.lowerBound % count == 0 {
            return try nodes.subtree(level: count.trailingZeroBitCount, index: range.lowerBound / count)
        }
        if let hash = known[range] { return hash }
        let split = range.lowerBound + MerkleHash.split(count)
        let hash = MerkleHash.node(
            try self.hash(range.lowerBound..<split), try self.hash(split..<range.upperBound))
        known[range] = hash
        return hash
    }

    /// The root of the tree of its first `size` leaves (``MerkleHash/empty`` for 0).
    public mutating func root(size: UInt64) throws -> [UInt8] {
        size == 0 ? MerkleHash.empty : try hash(0..<size)
    }

    /// PATH(m, D[0:n]): the inclusion proof of leaf `leaf` in the tree of `size` leaves, the leaf's sibling first.
    public mutating func inclusion(leaf: UInt64, size: UInt64) throws -> [[UInt8]] {
        guard leaf < size else {
            throw LogError(.outOfRange, Message.Log.leafOutOfRange(leaf: leaf, size: size))
        }
        var path: [[UInt8]] = []
        try inclusion(leaf, 0..<size, into: &path)
        return path
    }

    private mutating func inclusion(_ m: UInt64, _ range: Range<UInt64>, into path: inout [[UInt8]]) throws {
        let n = range.upperBound - range.lowerBound
        guard n > 1 else { return }
        let k = MerkleHash.split(n)
        if m < k {
            try inclusion(m, range.lowerBound..<range.lowerBound + k, into: &path)
            path.append(try hash(range.lowerBound + k..<range.upperBound))
        } else {
            try inclusion(m - k, range.lowerBound + k..<range.upperBound, into: &path)
            path.append(try hash(range.lowerBound..<range.lowerBound + k))
        }
    }

    /// PROOF(m, D[0:n]): the consistency proof between the tree's first `old` leaves and its first `new` leaves.
    /// Empty when `old` is 0 or equals `new` (those are consistent with any tree, or the same tree).
    public mutating func consistency(from old: UInt64, to new: UInt64) throws -> [[UInt8]] {
        guard old <= new else {
            throw LogError(.outOfRange, Message.Log.notAPrefix(old: old, new: new))
        }
        guard old > 0, old < new else { return [] }
        var proof: [[UInt8]] = []
        try subproof(old, 0..<new, complete: true, into: &proof)
        return proof
    }

    /// SUBPROOF(m, D[range], b).
    private mutating func subproof(
        _ m: UInt64, _ range: Range<UInt64>, complete b: Bool, into proof: inout [[UInt8]]
    ) throws {
        let n = range.upperBound - range.lowerBound
        if m == n {
            if !b { proof.append(try hash(range)) }
            return
        }
        let k = MerkleHash.split(n)
        if m <= k {
            try subproof(m, range.lowerBound..<range.lowerBound + k, complete: b, into: &proof)
            proof.append(try hash(range.lowerBound + k..<range.upperBound))
        } else {
            try subproof(m - k, range.lowerBound + k..<range.upperBound, complete: false, into: &proof)
            proof.append(try hash(range.lowerBound..<range.lowerBound + k))
        }
    }
}
