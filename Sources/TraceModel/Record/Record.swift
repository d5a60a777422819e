import Foundation

/// A record's signature: algorithm, key id and the signature bytes in unpadded base64url.
public struct Signature: Sendable, Hashable, Codable {
    /// `ed25519` or `sm2-sm3`.
    public var alg: String
    /// The signing key's id (`k-…`).
    public var key: String
    /// Unpadded base64url of the signature bytes: over the record's signed bytes, or for a sealed record over its
    /// batch's sealed head.
    public var value: String
    /// The record's place in a sealed batch, when `value` signs the batch's head rather than the record (``Seal``).
    public var seal: Seal?

    public init(alg: String, key: String, value: String, seal: Seal? = nil) {
        self.alg = alg
        self.key = key
        self.value = value
        self.seal = seal
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
    /// with `"sig":{…},` written in before `"v":…}` (a seal's members are written in their sorted order).
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
        if let seal = sig.seal {
            out.append(contentsOf: #","seal":{"index":"#.utf8)
            out.append(contentsOf: String(seal.index).utf8)
            out.append(contentsOf: #","path":"#.utf8)
            CanonicalJSON.writeString(seal.path, into: &out)
            out.append(contentsOf: #","root":"#.utf8)
            CanonicalJSON.writeString(seal.root, into: &out)
            out.append(contentsOf: #","size":"#.utf8)
            out.append(contentsOf: String(seal.size).utf8)
            out.append(UInt8(ascii: "}"))
        }
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
            var parts: [(key: String, value: JSONValue)] = [("alg", .string(sig.alg)), ("key", .string(sig.key))]
            if let seal = sig.seal {
                parts.append(
                    (
                        "seal",
                        .object([
                            ("index", .number(String(seal.index))), ("path", .string(seal.path)),
                            ("root", .string(seal.root)), ("size", .number(String(seal.size))),
                        ])
                    ))
            }
            parts.append(("value", .string(sig.value)))
            members.append(("sig", .object(parts)))
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
