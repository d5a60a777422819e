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
    /// The whole record's canonical JSON, when the text it was read from was that already.
    private let canonicalText: [UInt8]?

    /// Builds an unsigned record from its parts.
    public init(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, body: some RecordBody)
        throws(RecordProblem)
    {
        let bodyJSON = try Record.json(of: body)
        try self.init(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: bodyJSON, sig: nil)
    }

    init(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, bodyJSON: JSONValue, sig: Signature?)
        throws(RecordProblem)
    {
        self.kind = kind
        self.issuer = issuer
        self.seq = seq
        self.prev = prev
        self.at = at
        self.body = bodyJSON
        self.sig = sig
        canonicalText = nil
        do {
            self.signedBytes = try CanonicalJSON.bytes(
                Record.envelope(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, body: bodyJSON, sig: nil))
        } catch {
            throw RecordProblem(field: error.path, reason: error.reason)
        }
    }

    /// A record whose canonical bytes without `sig` are already known; `canonicalText` is the whole record's
    /// canonical JSON when it was read from that.
    init(
        kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, bodyJSON: JSONValue, sig: Signature?,
        signedBytes: [UInt8], canonicalText: [UInt8]? = nil
    ) {
        self.kind = kind
        self.issuer = issuer
        self.seq = seq
        self.prev = prev
        self.at = at
        self.body = bodyJSON
        self.sig = sig
        self.signedBytes = signedBytes
        self.canonicalText = canonicalText
    }

    /// The same record carrying `signature`.
    public func signed(with signature: Signature) -> Record {
        // The signed bytes do not change.
        Record(
            kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body, sig: signature,
            signedBytes: signedBytes)
    }

    /// The whole record (with `sig` when present) as canonical JSON: the form stored and exported.
    ///
    /// Members are sorted and `sig` sorts just before `v`, the last member, so this is ``signedBytes``
    /// with `"sig":{…},` written in before `"v":…}`.
    public var canonicalBytes: [UInt8] {
        if let canonicalText { return canonicalText }
        guard let sig else { return signedBytes }
        let tail = Array(#""v":\#(Record.formatVersion)}"#.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(signedBytes.count + sig.alg.utf8.count + sig.key.utf8.count + sig.value.utf8.count + 40)
        out.append(contentsOf: signedBytes[..<(signedBytes.count - tail.count)])
        out.append(contentsOf: #""sig":{"alg":"#.utf8)
        CanonicalJSON.writeString(sig.alg, into: &out)
        out.append(contentsOf: #","key":"#.utf8)
        CanonicalJSON.writeString(sig.key, into: &out)
        out.append(contentsOf: #","value":"#.utf8)
        CanonicalJSON.writeString(sig.value, into: &out)
        out.append(contentsOf: "},".utf8)
        out.append(contentsOf: tail)
        return out
    }

    static func envelope(
        kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, body: JSONValue, sig: Signature?
    ) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("v", .number(String(formatVersion))), ("kind", .string(kind.rawValue)), ("issuer", .string(issuer)),
            ("seq", .number(String(seq))), ("prev", prev.map { .string($0) } ?? .null), ("at", .string(at.text)),
            ("body", body),
        ]
        if let sig {
            members.append(
                ("sig", .object([("alg", .string(sig.alg)), ("key", .string(sig.key)), ("value", .string(sig.value))])))
        }
        return .object(members)
    }

    /// The JSON form of a body, through its `Codable` conformance.
    public static func json(of body: some Encodable) throws(RecordProblem) -> JSONValue {
        if let json = BodyValueEncoder.encode(body) { return json }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            return try JSONParser.parse(Array(try encoder.encode(body)))
        } catch {
            throw RecordProblem(field: "$.body", reason: "cannot encode body: \(error)")
        }
    }
}
