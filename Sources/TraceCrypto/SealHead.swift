import Foundation
import TraceModel

/// The tree head a party signs to seal a batch of its own records: the batch's size and the root of the RFC 9162
/// Merkle tree whose leaves are the records' ids (the 32 bytes of each id's SHA-256), in the batch's order.
///
/// The signature is over ``signingPrefix`` and the canonical JSON `{"issuer":…,"root":"sha256:…","size":N}`: the
/// prefix keeps a seal's signature from passing for a record's, a tree head's or a token's; the issuer keeps one
/// party's head from vouching for another's records.
public struct SealHead: Sendable, Hashable {
    public static let signingPrefix = Array("foodtrace-seal/1\n".utf8)

    public var issuer: String
    public var size: Int
    /// The tree's root hash (32 bytes).
    public var root: [UInt8]

    public init(issuer: String, size: Int, root: [UInt8]) {
        self.issuer = issuer
        self.size = size
        self.root = root
    }

    /// The bytes the issuer's key signs.
    public var signedMessage: [UInt8] {
        let json = JSONValue.object([
            ("issuer", .string(issuer)), ("root", .string(MerkleHash.text(root))), ("size", .number(String(size))),
        ])
        return Self.signingPrefix + ((try? CanonicalJSON.bytes(json)) ?? [])
    }

    /// The leaf a record is in a sealed tree: its id's SHA-256, 32 bytes.
    public static func leaf(of record: Record) -> [UInt8] { Digest.sha256(record.signedBytes) }

    /// The root that a sealed record's id and path lead to (RFC 9162 §2.1.3.2); `nil` when the seal's path is not
    /// whole hashes of the right number.
    public static func root(of record: Record, seal: Seal) -> [UInt8]? {
        guard let path = seal.pathHashes, path.count == Seal.pathLength(index: seal.index, size: seal.size),
            seal.index < seal.size
        else { return nil }
        return MerkleVerify.root(
            leafHash: MerkleHash.leaf(leaf(of: record)), index: UInt64(seal.index), size: UInt64(seal.size), path: path)
    }
}

/// Sealed heads already checked, so that a batch of a thousand records costs one signature check, not a thousand.
/// Safe to share between threads.
public final class SealCache: @unchecked Sendable {
    private let lock = NSLock()
    private var checked: [Entry: Bool] = [:]

    private struct Entry: Hashable {
        var key: String
        var head: SealHead
        var signature: String
    }

    public init() {}

    /// Whether `key` signed `head` with `signature`, checked once per distinct triple.
    func verify(_ head: SealHead, signature: String, key: PublicKey) -> Bool {
        let entry = Entry(key: key.keyID, head: head, signature: signature)
        lock.lock()
        let known = checked[entry]
        lock.unlock()
        if let known { return known }
        let valid = Base64URL.decode(signature).map { key.verify(signature: $0, message: head.signedMessage) } ?? false
        lock.lock()
        // A few hundred heads at most are in flight during one ingest; forget them all rather than grow.
        if checked.count >= 4096 { checked.removeAll(keepingCapacity: true) }
        checked[entry] = valid
        lock.unlock()
        return valid
    }
}
