import Foundation

/// A record's signature: algorithm, key id and the signature bytes in unpadded base64url.
public struct Signature: Sendable, Hashable, Codable {
    /// `ed25519` or `sm2-sm3`.
    public var alg: String
    /// The signing key's id (`k-…`).
    public var key: String
    /// Unpadded base64url of the signature bytes.
    public var value: String

    public init(alg: String, key: String, value: String) {
        self.alg = alg
        self.key = key
        self.value = value
    }
}

/// A signed batch record as read from JSON, with the exact bytes its id and signature cover.
///
/// Envelope: `{"v":1,"kind":…,"issuer":…,"seq":…,"prev":…,"at":…,"body":{…},"sig":{…}}`. The id is
/// `sha256:` + hex SHA-256 of ``signedBytes``: the RFC 8785 canonical JSON of the record without `sig`.
public struct Record: Sendable {
    public static let formatVersion = 1
    public static let envelopeFields: Set<String> = ["v", "kind", "issuer", "seq", "prev", "at", "body", "sig"]

    public let kind: RecordKind
    public let issuer: String
    public let seq: Int
    /// The id of the issuer's previous record; `nil` for `seq` 1.
    public let prev: String?
    public let at: Timestamp
    /// The body as it stood in the record.
    public let body: JSONValue
    public let sig: Signature?
    /// Canonical JSON of the record without `sig`: what the id hashes and the signature covers.
    public let signedBytes: [UInt8]

    /// Builds an unsigned record from its parts.
    public init(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, body: some RecordBody) throws(RecordProblem) {
        let bodyJSON = try Record.json(of: body)
        try self.init(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: bodyJSON, sig: nil)
    }

    init(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, bodyJSON: JSONValue, sig: Signature?) throws(RecordProblem) {
        self.kind = kind
        self.issuer = issuer
        self.seq = seq
        self.prev = prev
        self.at = at
        self.body = bodyJSON
        self.sig = sig
        do {
            self.signedBytes = try CanonicalJSON.bytes(Record.envelope(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, body: bodyJSON, sig: nil))
        } catch {
            throw RecordProblem(field: error.path, reason: error.reason)
        }
    }

    /// The same record carrying `signature`.
    public func signed(with signature: Signature) -> Record {
        // The signed bytes do not change, so this cannot fail.
        try! Record(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body, sig: signature)
    }

    /// The whole record (with `sig` when present) as canonical JSON: the form stored and exported.
    public var canonicalBytes: [UInt8] {
        // Every part was canonicalised once already, so this cannot fail.
        try! CanonicalJSON.bytes(Record.envelope(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, body: body, sig: sig))
    }

    static func envelope(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, body: JSONValue, sig: Signature?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("v", .number(String(formatVersion))), ("kind", .string(kind.rawValue)), ("issuer", .string(issuer)),
            ("seq", .number(String(seq))), ("prev", prev.map { .string($0) } ?? .null), ("at", .string(at.text)),
            ("body", body),
        ]
        if let sig {
            members.append(("sig", .object([("alg", .string(sig.alg)), ("key", .string(sig.key)), ("value", .string(sig.value))])))
        }
        return .object(members)
    }

    /// The JSON form of a body, through its `Codable` conformance.
    public static func json(of body: some Encodable) throws(RecordProblem) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            return try JSONParser.parse(Array(try encoder.encode(body)))
        } catch {
            throw RecordProblem(field: "$.body", reason: "cannot encode body: \(error)")
        }
    }
}
