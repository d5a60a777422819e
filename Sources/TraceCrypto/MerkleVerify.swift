/// The verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), which need no tree:
/// only the proof, the sizes and the hashes a verifier already trusts.
public enum MerkleVerify {
    /// Whether `path` proves that the leaf with hash `leafHash` is leaf `index` of the tree of `size` leaves whose
    /// root is `root`.
    public static func inclusion(
        leafHash: [UInt8], index: UInt64, size: UInt64, path: [[UInt8]], root: [UInt8]
    ) -> Bool {
        self.root(leafHash: leafHash, index: index, size: size, path: path) == root
    }

    /// The root that `path` leads to from the leaf with hash `leafHash` at `index` in a tree of `size` leaves; `nil`
    /// when the path has not the length that leaf's path has.
    public static func root(leafHash: [UInt8], index: UInt64, size: UInt64, path: [[UInt8]]) -> [UInt8]? {
        guard index < size else { return nil }
        var fn = index
        var sn = size - 1
        var r = leafHash
        for p in path {
            guard sn != 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                r = MerkleHash.node(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0, fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = MerkleHash.node(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 ? r : nil
    }

    /// Whether `proof` proves that the tree of `old` leaves with root `oldRoot` is the first `old` leaves of the tree
    /// of `new` leaves with root `newRoot`. A tree of 0 leaves is a prefix of every tree (with an empty proof); a tree
    /// is consistent with itself (an empty proof, equal roots).
    public static func consistency(
        old: UInt64, oldRoot: [UInt8], new: UInt64, newRoot: [UInt8], proof: [[UInt8]]
    ) -> Bool {
        guard old <= new else { return false }
        if old == 0 { return proof.isEmpty && oldRoot == MerkleHash.empty }
        if old == new { return proof.isEmpty && oldRoot == newRoot }
        guard !proof.isEmpty else { return false }
        var path = proof
        if old.nonzeroBitCount == 1 { path.insert(oldRoot, at: 0) }
        var fn = old - 1
        var sn = new - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                fr = MerkleHash.node(c, fr)
                sr = MerkleHash.node(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0, fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = MerkleHash.node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == oldRoot && sr == newRoot && sn == 0
    }
}
