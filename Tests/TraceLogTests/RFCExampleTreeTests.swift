import Testing
import TraceCrypto
import TraceLog

/// The seven-leaf tree of RFC 9162 §2.1.5, its nodes named as the RFC names them (a–l), and the proofs the RFC
/// publishes for it: inclusion of d0 = [b, h, l], d3 = [c, g, l], d4 = [f, j, k], d6 = [i, k]; consistency of the
/// trees of 3, 4 and 6 leaves with the tree of 7: [c, d, g, l], [l], [i, j, k].
@Suite("Merkle tree: the RFC 9162 example tree")
struct RFCExampleTreeTests {
    let d: [[UInt8]] = (0..<7).map { Array("d\($0)".utf8) }
    var a: [UInt8] { MerkleHash.leaf(d[0]) }
    var b: [UInt8] { MerkleHash.leaf(d[1]) }
    var c: [UInt8] { MerkleHash.leaf(d[2]) }
    var dd: [UInt8] { MerkleHash.leaf(d[3]) }  // the RFC's "d" node
    var e: [UInt8] { MerkleHash.leaf(d[4]) }
    var f: [UInt8] { MerkleHash.leaf(d[5]) }
    var j: [UInt8] { MerkleHash.leaf(d[6]) }
    var g: [UInt8] { MerkleHash.node(a, b) }
    var h: [UInt8] { MerkleHash.node(c, dd) }
    var i: [UInt8] { MerkleHash.node(e, f) }
    var k: [UInt8] { MerkleHash.node(g, h) }
    var l: [UInt8] { MerkleHash.node(i, j) }
    var root: [UInt8] { MerkleHash.node(k, l) }

    var proofs: MerkleProofs<MemoryMerkleTree> { MerkleProofs(nodes: MemoryMerkleTree(leaves: d)) }

    @Test func rootsFollowTheSplitRule() throws {
        var proofs = proofs
        #expect(try proofs.root(size: 7) == root)
        #expect(try proofs.root(size: 3) == MerkleHash.node(g, c))
        #expect(try proofs.root(size: 4) == k)
        #expect(try proofs.root(size: 6) == MerkleHash.node(k, i))
        #expect(try proofs.root(size: 0) == MerkleHash.empty)
        // Not a balanced-by-halves tree: 7 splits 4 + 3, never 3 + 4.
        #expect(
            try proofs.root(size: 7)
                != MerkleHash.node(
                    MerkleHash.node(g, c), MerkleHash.node(MerkleHash.node(dd, e), MerkleHash.node(f, j))))
        #expect(
            MerkleHash.split(7) == 4 && MerkleHash.split(8) == 4 && MerkleHash.split(9) == 8 && MerkleHash.split(2) == 1
        )
        var frontier = MerkleFrontier()
        for leaf in d { frontier.append(leafHash: MerkleHash.leaf(leaf)) }
        #expect(frontier.root == root && frontier.peaks.map(\.level) == [2, 1, 0])
    }

    @Test func inclusionProofsHaveThePublishedShape() throws {
        var proofs = proofs
        #expect(try proofs.inclusion(leaf: 0, size: 7) == [b, h, l])
        #expect(try proofs.inclusion(leaf: 3, size: 7) == [c, g, l])
        #expect(try proofs.inclusion(leaf: 4, size: 7) == [f, j, k])
        #expect(try proofs.inclusion(leaf: 6, size: 7) == [i, k])
        for (index, leaf) in [(0, a), (3, dd), (4, e), (6, j)] {
            let path = try proofs.inclusion(leaf: UInt64(index), size: 7)
            #expect(MerkleVerify.inclusion(leafHash: leaf, index: UInt64(index), size: 7, path: path, root: root))
            // Near misses: the neighbouring index, the sibling's hash, the root of the tree one leaf smaller. (Not the
            // size alone: trees of 6 and 7 leaves have the same shape along these paths; a signed head fixes the size.)
            #expect(!MerkleVerify.inclusion(leafHash: leaf, index: UInt64(index ^ 1), size: 7, path: path, root: root))
            #expect(!MerkleVerify.inclusion(leafHash: path[0], index: UInt64(index), size: 7, path: path, root: root))
            let smaller = try proofs.root(size: 6)
            #expect(!MerkleVerify.inclusion(leafHash: leaf, index: UInt64(index), size: 7, path: path, root: smaller))
        }
        #expect(throws: LogError.self) {
            var p = proofs
            _ = try p.inclusion(leaf: 7, size: 7)
        }
        #expect(!MerkleVerify.inclusion(leafHash: a, index: 7, size: 7, path: [], root: root))
        #expect(MerkleVerify.inclusion(leafHash: a, index: 0, size: 1, path: [], root: a))
    }

    @Test func consistencyProofsHaveThePublishedShape() throws {
        var proofs = proofs
        let hash0 = MerkleHash.node(g, c)
        let hash1 = k
        let hash2 = MerkleHash.node(k, i)
        #expect(try proofs.consistency(from: 3, to: 7) == [c, dd, g, l])
        #expect(try proofs.consistency(from: 4, to: 7) == [l])
        #expect(try proofs.consistency(from: 6, to: 7) == [i, j, k])
        #expect(MerkleVerify.consistency(old: 3, oldRoot: hash0, new: 7, newRoot: root, proof: [c, dd, g, l]))
        #expect(MerkleVerify.consistency(old: 4, oldRoot: hash1, new: 7, newRoot: root, proof: [l]))
        #expect(MerkleVerify.consistency(old: 6, oldRoot: hash2, new: 7, newRoot: root, proof: [i, j, k]))
        // Near misses: another old root, a swapped pair, a proof for another size, an empty proof.
        #expect(!MerkleVerify.consistency(old: 3, oldRoot: hash1, new: 7, newRoot: root, proof: [c, dd, g, l]))
        #expect(!MerkleVerify.consistency(old: 3, oldRoot: hash0, new: 7, newRoot: root, proof: [dd, c, g, l]))
        #expect(!MerkleVerify.consistency(old: 5, oldRoot: hash2, new: 7, newRoot: root, proof: [i, j, k]))
        #expect(!MerkleVerify.consistency(old: 4, oldRoot: hash1, new: 7, newRoot: root, proof: []))
        // The edges: a tree is consistent with itself; the empty tree with any tree; no tree with a smaller one.
        #expect(try proofs.consistency(from: 7, to: 7).isEmpty)
        #expect(try proofs.consistency(from: 0, to: 7).isEmpty)
        #expect(MerkleVerify.consistency(old: 7, oldRoot: root, new: 7, newRoot: root, proof: []))
        #expect(!MerkleVerify.consistency(old: 7, oldRoot: hash2, new: 7, newRoot: root, proof: []))
        #expect(MerkleVerify.consistency(old: 0, oldRoot: MerkleHash.empty, new: 7, newRoot: root, proof: []))
        #expect(throws: LogError.self) {
            var p = proofs
            _ = try p.consistency(from: 7, to: 6)
        }
    }

    @Test func hashesAreDomainSeparated() {
        // A leaf whose bytes are two hashes is not the node of those hashes (RFC 9162 §2.1.1's 0x00/0x01 prefixes).
        #expect(MerkleHash.leaf(a + b) != MerkleHash.node(a, b))
        #expect(
            MerkleHash.text(MerkleHash.empty)
                == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(MerkleHash.parse(MerkleHash.text(root)) == root)
        #expect(MerkleHash.parse("sha256:" + String(repeating: "A", count: 64)) == nil)
        #expect(MerkleHash.parse("sha256:abc") == nil)
    }
}
