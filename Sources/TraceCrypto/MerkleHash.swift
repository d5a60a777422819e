/// The hashes of an RFC 9162 §2.1.1 Merkle tree over SHA-256: a leaf is hashed behind the byte 0x00, an inner node
/// behind 0x01, so that no leaf can pass for an inner node (second-preimage resistance); a tree of `n > 1` leaves
/// splits at ``split(_:)``.
public enum MerkleHash {
    /// The length of every hash in the tree, in bytes.
    public static let size = 32

    /// The hash of the empty tree: SHA-256 of no bytes (MTH({}) = HASH()).
    public static let empty: [UInt8] = Digest.sha256([])

    /// MTH({d}) = SHA-256(0x00 || d).
    public static func leaf(_ bytes: [UInt8]) -> [UInt8] {
        var input = [UInt8]()
        input.reserveCapacity(bytes.count + 1)
        input.append(0x00)
        input.append(contentsOf: bytes)
        return Digest.sha256(input)
    }

    /// SHA-256(0x01 || left || right): the hash of an inner node from its two children's hashes.
    public static func node(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        var input = [UInt8]()
        input.reserveCapacity(1 + left.count + right.count)
        input.append(0x01)
        input.append(contentsOf: left)
        input.append(contentsOf: right)
        return Digest.sha256(input)
    }

    /// `k`, the largest power of two smaller than `n` (`n` ≥ 2): a tree of `n` leaves has its first `k` leaves on
    /// its left and the other `n - k` on its right.
    public static func split(_ n: UInt64) -> UInt64 {
        precondition(n >= 2, "only a tree of two leaves or more splits")
        return UInt64(1) << (63 - (n - 1).leadingZeroBitCount)
    }

    /// The hash as text: `sha256:` and 64 lowercase hex digits.
    public static func text(_ hash: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = Array("sha256:".utf8)
        out.reserveCapacity(7 + 2 * hash.count)
        for byte in hash {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hash written as ``text(_:)`` writes it (the `sha256:` prefix may be left out); `nil` when it is not one.
    public static func parse(_ text: String) -> [UInt8]? {
        let hex = text.hasPrefix("sha256:") ? Substring(text.dropFirst(7)) : Substring(text)
        guard hex.utf8.count == 2 * size else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(size)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16), hex[index..<next].allSatisfy(\.isHexDigit),
                hex[index..<next] == hex[index..<next].lowercased()
            else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}
