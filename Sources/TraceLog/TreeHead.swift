import Foundation
import TraceCrypto
import TraceModel

/// A signed tree head (STH): a log's size and root hash at a time, signed by the log's key with the record format's
/// own signing (Ed25519 or SM2).
///
/// JSON: `{"v":1,"size":N,"root":"sha256:…","timestamp":MS,"key":{"id":…,"alg":…,"spki":…},"sig":…}`. The signature is
/// over ``signingPrefix`` followed by ``signedBytes`` (the head without `sig`, keys sorted): the prefix keeps a tree
/// head's signature from being replayed as a record's or a token's, and back. A witness co-signs the same bytes behind
/// ``cosigningPrefix`` (``Cosignature``).
public struct TreeHead: Sendable, Equatable, Codable {
    /// The log's public key, carried with the head so a verifier can check it and pin it.
    public struct Key: Sendable, Equatable, Codable {
        public var id: String
        public var alg: String
        /// The SubjectPublicKeyInfo DER, base64url.
        public var spki: String

        public init(_ key: PublicKey) {
            id = key.keyID
            alg = key.algorithm.rawValue
            spki = Base64URL.encode(key.spkiDER)
        }

        /// The public key, checked against its id.
        public func publicKey() throws(LogError) -> PublicKey {
            guard let der = Base64URL.decode(spki), let key = try? PublicKey(spkiDER: der), key.keyID == id,
                key.algorithm.rawValue == alg
            else { throw LogError(.badHead, Message.Log.headKeyMismatch(id)) }
            return key
        }
    }

    /// Format version (1).
    public var v: Int
    public var size: UInt64
    /// MTH of the log's first `size` leaves, `sha256:<hex>`.
    public var root: String
    /// When the log signed the head, milliseconds since 1970 (the log's clock).
    public var timestamp: Int64
    public var key: Key
    /// The signature, base64url; `nil` before signing.
    public var sig: String?

    public static let signingPrefix = Array("foodtrace-tree-head/1\n".utf8)
    public static let cosigningPrefix = Array("foodtrace-tree-head-cosignature/1\n".utf8)

    /// The head for a log of `size` leaves with root `root`, signed by `key` at `timestamp`.
    public static func sign(size: UInt64, root: [UInt8], timestamp: Int64, key: PrivateKey) throws -> TreeHead {
        var head = TreeHead(
            v: 1, size: size, root: MerkleHash.text(root), timestamp: timestamp, key: Key(key.publicKey), sig: nil)
        head.sig = Base64URL.encode(try key.sign(signingPrefix + head.signedBytes))
        return head
    }

    /// The bytes signed: the head without `sig`, as JSON with sorted keys (no spaces, no escaped slashes).
    public var signedBytes: [UInt8] {
        var unsigned = self
        unsigned.sig = nil
        return Array((try? Self.encoder.encode(unsigned)) ?? Data())
    }

    /// The root as bytes.
    public var rootHash: [UInt8] { MerkleHash.parse(root) ?? [] }

    /// The head as JSON text (one line).
    public var json: String { String(decoding: (try? Self.encoder.encode(self)) ?? Data(), as: UTF8.self) }

    /// Checks the head's form and its signature by its own key; returns that key.
    @discardableResult
    public func verify() throws(LogError) -> PublicKey {
        guard v == 1 else { throw LogError(.badHead, Message.Log.headVersion(v)) }
        guard MerkleHash.parse(root) != nil else {
            throw LogError(.badHead, Message.Log.headRootNotHash(root))
        }
        let publicKey = try key.publicKey()
        guard let sig, let signature = Base64URL.decode(sig),
            publicKey.verify(signature: signature, message: Self.signingPrefix + signedBytes)
        else { throw LogError(.badHead, Message.Log.headNotSigned(size: size, key: key.id)) }
        return publicKey
    }

    /// Reads a head from JSON.
    public static func parse(_ bytes: [UInt8]) throws(LogError) -> TreeHead {
        do { return try JSONDecoder().decode(TreeHead.self, from: Data(bytes)) } catch {
            throw LogError(.badHead, Message.Log.notAHead(.verbatim("\(error)")))
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// A witness's signature over a log's tree head: the witness checked that the head is consistent with every head of
/// that log it signed before, and says so with its own key.
public struct Cosignature: Sendable, Equatable, Codable {
    public var v: Int
    /// The witness's key.
    public var key: TreeHead.Key
    /// When the witness signed, milliseconds since 1970 (the witness's clock).
    public var timestamp: Int64
    /// base64url signature over ``TreeHead/cosigningPrefix``, the timestamp as decimal text and a newline, and the
    /// head's ``TreeHead/signedBytes``.
    public var sig: String

    public init(head: TreeHead, timestamp: Int64, key: PrivateKey) throws {
        v = 1
        self.key = TreeHead.Key(key.publicKey)
        self.timestamp = timestamp
        sig = Base64URL.encode(try key.sign(Self.message(head: head, timestamp: timestamp)))
    }

    static func message(head: TreeHead, timestamp: Int64) -> [UInt8] {
        TreeHead.cosigningPrefix + Array("\(timestamp)\n".utf8) + head.signedBytes
    }

    /// Whether this co-signature is the witness's signature over `head`.
    public func verify(head: TreeHead) throws(LogError) {
        let publicKey = try key.publicKey()
        guard v == 1, let signature = Base64URL.decode(sig),
            publicKey.verify(signature: signature, message: Self.message(head: head, timestamp: timestamp))
        else { throw LogError(.badHead, Message.Log.cosignatureFails(key: key.id)) }
    }
}
