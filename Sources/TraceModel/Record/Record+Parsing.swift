import Foundation

extension Record {
    /// Reads one record from its JSON text (one line of a JSON Lines file).
    ///
    /// Checks the envelope strictly (every field present with its type, nothing else), then the
    /// body against its kind's type. The signature is not checked here (see TraceCrypto).
    public static func parse(_ bytes: [UInt8]) throws(RecordProblem) -> Record {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw RecordProblem(field: error.path, reason: "\(error.reason) (at byte \(error.offset + 1))")
        }
        return try parse(json)
    }

    /// Reads one record from parsed JSON.
    public static func parse(_ json: JSONValue) throws(RecordProblem) -> Record {
        guard let members = json.objectMembers else {
            throw RecordProblem(field: "$", reason: "a record must be a JSON object, found \(json.typeName)")
        }
        for member in members where !envelopeFields.contains(member.key) {
            throw RecordProblem(field: "$" + JSONParser.pathComponent(member.key), reason: "unknown envelope field")
        }
        try checkStrings(json, path: "$")
        guard let version = json["v"] else { throw RecordProblem(field: "$.v", reason: "missing") }
        guard version.intValue == formatVersion else {
            throw RecordProblem(field: "$.v", reason: "unsupported format version \(CanonicalJSON.describe(version)); this reader knows version \(formatVersion)")
        }
        let kindText = try string(json, "kind")
        guard let kind = RecordKind(rawValue: kindText) else {
            throw RecordProblem(field: "$.kind", reason: "unknown kind \"\(kindText)\" (known: \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let issuer = try string(json, "issuer")
        guard PartyID.isValid(issuer) else { throw RecordProblem(field: "$.issuer", reason: PartyID.rule) }
        guard let seqValue = json["seq"] else { throw RecordProblem(field: "$.seq", reason: "missing") }
        guard let seq = seqValue.intValue, seq >= 1, seq <= 1 << 53 else {
            throw RecordProblem(field: "$.seq", reason: "must be a whole number from 1, found \(CanonicalJSON.describe(seqValue))")
        }
        let prev: String?
        switch json["prev"] {
        case nil: throw RecordProblem(field: "$.prev", reason: "missing (null for seq 1)")
        case .null?: prev = nil
        case .string(let text)?:
            guard RecordID.isValid(text) else { throw RecordProblem(field: "$.prev", reason: "not a record id (sha256: and 64 lowercase hex digits)") }
            prev = text
        case let other?: throw RecordProblem(field: "$.prev", reason: "must be a record id or null, found \(other.typeName)")
        }
        if seq == 1, prev != nil { throw RecordProblem(field: "$.prev", reason: "must be null for seq 1") }
        if seq > 1, prev == nil { throw RecordProblem(field: "$.prev", reason: "must name the issuer's record seq \(seq - 1)") }
        let atText = try string(json, "at")
        guard let at = Timestamp(atText) else {
            throw RecordProblem(field: "$.at", reason: "\"\(atText)\" is not an RFC 3339 time with an offset (e.g. 2026-11-28T06:30:00+08:00)")
        }
        guard let body = json["body"] else { throw RecordProblem(field: "$.body", reason: "missing") }
        guard case .object = body else { throw RecordProblem(field: "$.body", reason: "must be an object, found \(body.typeName)") }
        let sig = try json["sig"].map { value throws(RecordProblem) in try parseSignature(value) }
        let record = try Record(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body, sig: sig)
        _ = try record.decodedBody()
        return record
    }

    private static func string(_ json: JSONValue, _ key: String) throws(RecordProblem) -> String {
        guard let value = json[key] else { throw RecordProblem(field: "$.\(key)", reason: "missing") }
        guard let text = value.stringValue else {
            throw RecordProblem(field: "$.\(key)", reason: "must be a string, found \(value.typeName)")
        }
        return text
    }

    private static func parseSignature(_ value: JSONValue) throws(RecordProblem) -> Signature {
        guard let members = value.objectMembers else {
            throw RecordProblem(field: "$.sig", reason: "must be an object, found \(value.typeName)")
        }
        for member in members where !["alg", "key", "value"].contains(member.key) {
            throw RecordProblem(field: "$.sig" + JSONParser.pathComponent(member.key), reason: "unknown field")
        }
        var parts: [String: String] = [:]
        for key in ["alg", "key", "value"] {
            guard let text = value[key]?.stringValue, !text.isEmpty else {
                throw RecordProblem(field: "$.sig.\(key)", reason: "must be a non-empty string")
            }
            parts[key] = text
        }
        guard ["ed25519", "sm2-sm3"].contains(parts["alg"]!) else {
            throw RecordProblem(field: "$.sig.alg", reason: "unknown algorithm \"\(parts["alg"]!)\" (known: ed25519, sm2-sm3)")
        }
        guard Base64URL.decode(parts["value"]!) != nil else {
            throw RecordProblem(field: "$.sig.value", reason: "not unpadded base64url")
        }
        return Signature(alg: parts["alg"]!, key: parts["key"]!, value: parts["value"]!)
    }

    /// Refuses control characters anywhere in the record's strings: they hide text on screens and slips.
    private static func checkStrings(_ value: JSONValue, path: String) throws(RecordProblem) {
        switch value {
        case .string(let text):
            if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                throw RecordProblem(field: path, reason: "control characters are not allowed in text")
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() { try checkStrings(element, path: "\(path)[\(index)]") }
        case .object(let members):
            for member in members {
                let childPath = path + JSONParser.pathComponent(member.key)
                if member.key.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                    throw RecordProblem(field: childPath, reason: "control characters are not allowed in names")
                }
                try checkStrings(member.value, path: childPath)
            }
        default: break
        }
    }

    /// The body decoded as its kind's type; unknown body fields are refused.
    public func decodedBody() throws(RecordProblem) -> AnyBody {
        let type = AnyBody.type(of: kind)
        return AnyBody(try BodyDecoding.decode(type, from: body))
    }
}

extension CanonicalJSON {
    /// A short rendering of a value for messages; numbers as written (`1.0` must not read as `1`).
    static func describe(_ value: JSONValue) -> String {
        if case .number(let source) = value { return source }
        let text = (try? string(value)) ?? value.typeName
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
