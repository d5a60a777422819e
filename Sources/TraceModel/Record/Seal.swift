/// The part of a record's `sig` that makes it one of a **sealed batch**: its issuer signed one tree head over the
/// batch (an RFC 9162 Merkle tree whose leaves are the records' ids), and this record carries its place in that tree.
///
/// JSON: `"sig":{"alg":…,"key":…,"seal":{"index":I,"path":"<base64url>","root":"sha256:…","size":N},"value":…}`.
/// `value` is then the issuer's signature over the sealed head (issuer, size, root; see TraceCrypto's `SealHead`), not
/// over the record: the record is vouched for by that one signature and the hashes from its id up to `root`. The
/// record's id and canonical bytes without `sig` are as for any record, so the same record may be sealed or signed
/// alone.
public struct Seal: Sendable, Hashable, Codable {
    /// The most records one head may seal: 2^16, a path of at most 16 hashes.
    public static let maximumSize = 1 << 16

    /// How many records the head seals (the tree's leaves).
    public var size: Int
    /// This record's leaf, from 0.
    public var index: Int
    /// The tree's root, `sha256:` and 64 lowercase hex digits.
    public var root: String
    /// The inclusion path from the leaf to the root (RFC 9162 §2.1.3.1, the leaf's sibling first): the hashes, 32 bytes
    /// each, concatenated and in unpadded base64url.
    public var path: String

    public init(size: Int, index: Int, root: String, path: String) {
        self.size = size
        self.index = index
        self.root = root
        self.path = path
    }

    /// The number of hashes in the inclusion path of leaf `index` in a tree of `size` leaves (RFC 9162 §2.1.3.1: one
    /// per split on the way down to the leaf).
    public static func pathLength(index: Int, size: Int) -> Int {
        var (m, n, length) = (index, size, 0)
        while n > 1 {
            var k = 1
            while k << 1 < n { k <<= 1 }
            if m < k {
                n = k
            } else {
                m -= k
                n -= k
            }
            length += 1
        }
        return length
    }

    /// The path's hashes, 32 bytes each; `nil` when `path` is not base64url of whole hashes.
    public var pathHashes: [[UInt8]]? {
        guard let bytes = Base64URL.decode(path), bytes.count % 32 == 0 else { return nil }
        return stride(from: 0, to: bytes.count, by: 32).map { Array(bytes[$0..<$0 + 32]) }
    }

    /// Checks the seal's form; the problem names its field under `$.sig.seal`.
    public func validate() throws(RecordProblem) {
        guard (1...Self.maximumSize).contains(size) else {
            throw RecordProblem(
                field: "$.sig.seal.size", reason: "must be from 1 to \(Self.maximumSize), found \(size)")
        }
        guard (0..<size).contains(index) else {
            throw RecordProblem(field: "$.sig.seal.index", reason: "must be from 0 to \(size - 1), found \(index)")
        }
        guard RecordID.isValid(root) else {
            throw RecordProblem(field: "$.sig.seal.root", reason: "not a hash (sha256: and 64 lowercase hex digits)")
        }
        guard let hashes = pathHashes else {
            throw RecordProblem(field: "$.sig.seal.path", reason: "not unpadded base64url of 32-byte hashes")
        }
        let expected = Self.pathLength(index: index, size: size)
        guard hashes.count == expected, Base64URL.encode(hashes.flatMap { $0 }) == path else {
            throw RecordProblem(
                field: "$.sig.seal.path",
                reason: "leaf \(index) of \(size) has a path of \(expected) hashes, found \(hashes.count)")
        }
    }
}
