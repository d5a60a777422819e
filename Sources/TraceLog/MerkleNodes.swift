import TraceCrypto
import TraceModel

/// Where a tree's complete subtrees are kept: the hash of the subtree of `2^level` leaves that starts at leaf
/// `index << level`. Level 0 holds the leaf hashes. A subtree is stored once it is complete and never changes, so one
/// store serves proofs at every size the tree has had.
public protocol MerkleNodes {
    /// The stored hash of a complete subtree; throws when it is missing.
    func subtree(level: Int, index: UInt64) throws -> [UInt8]
}

/// A complete subtree: `2^level` leaves from leaf `index << level`.
public struct MerkleNode: Hashable, Sendable {
    public var level: Int
    public var index: UInt64
    public var hash: [UInt8]

    public init(level: Int, index: UInt64, hash: [UInt8]) {
        self.level = level
        self.index = index
        self.hash = hash
    }
}

/// A whole tree in memory, every level kept (tests, and the rebuild `foodtrace log verify` makes).
public struct MemoryMerkleTree: MerkleNodes, Sendable {
    /// `levels[l][i]`: the hash of the complete subtree `i` at level `l`.
    public private(set) var levels: [[[UInt8]]] = [[]]

    public init() {}

    /// A tree of `leaves`, each hashed as a leaf.
    public init(leaves: [[UInt8]]) {
        for leaf in leaves { append(leafHash: MerkleHash.leaf(leaf)) }
    }

    public var size: UInt64 { UInt64(levels[0].count) }

    /// Appends one leaf, given its leaf hash.
    public mutating func append(leafHash: [UInt8]) {
        levels[0].append(leafHash)
        var level = 0
        while levels[level].count % 2 == 0 {
            let count = levels[level].count
            let parent = MerkleHash.node(levels[level][count - 2], levels[level][count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
    }

    public func subtree(level: Int, index: UInt64) throws -> [UInt8] {
        guard level < levels.count, index < UInt64(levels[level].count) else {
            throw LogError(.missingNode, Message.Log.missingSubtree(index: index, level: level, size: size))
        }
        return levels[level][Int(index)]
    }
}
