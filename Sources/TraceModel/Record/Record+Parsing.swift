import Foundation

extension Record {
    /// Reads one record from its JSON text (one line of a JSON Lines file).
    ///
    /// Checks the envelope strictly (every field present with its type, nothing else), then the
    /// body against its kind's type. The signature is not checked here (see TraceCrypto).
    public static func parse(_ bytes: [UInt8]) throws(RecordProblem) -> Record {
        try parseDecoded(bytes).record
    }

    /// Reads one record from its JSON text, with its body decoded: ``parse(_:)-([UInt8])`` and
    /// ``decodedBody()`` in one step, the body decoded once.
    ///
    /// Text already in canonical form (as records are exported and signed) is hashed as it stands,
    /// without being written again.
    public static func parseDecoded(_ bytes: [UInt8]) throws(RecordProblem) -> (record: Record, body: AnyBody) {
        // The envelope's members are taken as they are read, without an object built for them. A text that is not an
        // object, or that may hold a control character, is read again the general way below, which says what is wrong
        // with it exactly as before.
        var envelope = Envelope()
        let reading: JSONParser.ObjectReading?
        do {
            reading = try JSONParser.readObject(bytes, into: &envelope)
        } catch {
            throw failure(error)
        }
        guard let reading, !reading.mayHoldControlCharacters else { return try parseDecodedInGeneral(bytes) }
        if let unknown = envelope.unknownNames.first { throw unknownEnvelopeField(unknown) }
        let canonical = reading.isCanonicalObject ? CanonicalSource(text: bytes, sig: envelope.sigRange) : nil
        return try parseDecoded(envelope, canonical: canonical)
    }

    /// Reads one record from its JSON text by way of its ``JSONValue``.
    private static func parseDecodedInGeneral(_ bytes: [UInt8]) throws(RecordProblem) -> (record: Record, body: AnyBody)
    {
        let reading: JSONParser.Reading
        do {
            reading = try JSONParser.read(bytes, locating: "sig")
        } catch {
            throw failure(error)
        }
        let canonical = reading.isCanonicalObject ? CanonicalSource(text: bytes, sig: reading.locatedMember) : nil
        return try parseDecoded(
            reading.value, canonical: canonical, mayHoldControlCharacters: reading.mayHoldControlCharacters)
    }

    private static func failure(_ error: JSONParser.Failure) -> RecordProblem {
        RecordProblem(field: error.path, Message.Ingest.json(error.reasonText, byte: error.offset + 1))
    }

    private static func unknownEnvelopeField(_ name: String) -> RecordProblem {
        RecordProblem(field: "$" + JSONParser.pathComponent(name), Message.Ingest.unknownEnvelopeField)
    }

    /// Text a record was read from that is its canonical form as it stands, and where its `sig` member stands.
    private struct CanonicalSource {
        var text: [UInt8]
        var sig: Range<Int>?
    }

    /// Reads one record from parsed JSON.
    public static func parse(_ json: JSONValue) throws(RecordProblem) -> Record {
        try parseDecoded(json, canonical: nil, mayHoldControlCharacters: true).record
    }

    /// Reads one record from parsed JSON; `canonical` is the text `json` was read from, when that is its canonical
    /// form. `mayHoldControlCharacters` is `false` when the reader found no string that might hold one.
    private static func parseDecoded(_ json: JSONValue, canonical: CanonicalSource?, mayHoldControlCharacters: Bool)
        throws(RecordProblem) -> (record: Record, body: AnyBody)
    {
        guard let members = json.objectMembers else {
            throw RecordProblem(
                field: "$", Message.Ingest.found("记录必须是 JSON 对象", "a record must be a JSON object", type: json.typeName)
            )
        }
        // Each member taken in one pass (names are unique).
        var envelope = Envelope()
        for member in members where !envelope.set(member.key, member.value) {
            throw unknownEnvelopeField(member.key)
        }
        if mayHoldControlCharacters { try checkStrings(json, path: "$") }
        return try parseDecoded(envelope, canonical: canonical)
    }

    /// Reads one record from its envelope's members, all known; `canonical` as above.
    private static func parseDecoded(_ envelope: Envelope, canonical: CanonicalSource?)
        throws(RecordProblem) -> (record: Record, body: AnyBody)
    {
        guard let version = envelope.v else { throw RecordProblem(field: "$.v", Message.Ingest.missing) }
        guard version.intValue == formatVersion else {
            throw RecordProblem(
                field: "$.v", Message.Ingest.unsupportedVersion(CanonicalJSON.describe(version), known: formatVersion))
        }
        let kindText = try string(envelope.kind, "kind")
        guard let kind = RecordKind.named(kindText) else {
            throw RecordProblem(
                field: "$.kind", Message.Ingest.unknownKind(kindText, known: RecordKind.allCases.map(\.rawValue)))
        }
        let issuer = try string(envelope.issuer, "issuer")
        guard PartyID.isValid(issuer) else { throw RecordProblem(field: "$.issuer", Message.Body.partyRule) }
        guard let seqValue = envelope.seq else { throw RecordProblem(field: "$.seq", Message.Ingest.missing) }
        guard let seq = seqValue.intValue, seq >= 1, seq <= 1 << 53 else {
            throw RecordProblem(
                field: "$.seq",
                Message(
                    "record.seq", zh: "必须是从 1 起的整数，实为 \(CanonicalJSON.describe(seqValue))",
                    en: "must be a whole number from 1, found \(CanonicalJSON.describe(seqValue))"))
        }
        let prev: String?
        switch envelope.prev {
        case nil: throw RecordProblem(field: "$.prev", Message.Ingest.prevMissing)
        case .null?: prev = nil
        case .string(let text)?:
            guard RecordID.isValid(text) else {
                throw RecordProblem(field: "$.prev", Message.Ingest.prevNotAnID)
            }
            prev = text
        case let other?:
            throw RecordProblem(
                field: "$.prev",
                Message.Ingest.found("必须是记录编号或 null", "must be a record id or null", type: other.typeName))
        }
        if seq == 1, prev != nil { throw RecordProblem(field: "$.prev", Message.Ingest.prevNotNull) }
        if seq > 1, prev == nil {
            throw RecordProblem(field: "$.prev", Message.Ingest.prevMustName(seq - 1))
        }
        let atText = try string(envelope.at, "at")
        guard let at = Timestamp(atText) else {
            throw RecordProblem(field: "$.at", Message.Ingest.notATime(atText))
        }
        guard let body = envelope.body else { throw RecordProblem(field: "$.body", Message.Ingest.missing) }
        guard case .object = body else {
            throw RecordProblem(
                field: "$.body", Message.Ingest.found("必须是对象", "must be an object", type: body.typeName))
        }
        let sig: Signature?
        if let members = envelope.sigMembers {
            sig = try signature(from: members)
        } else {
            sig = try envelope.sig.map { value throws(RecordProblem) in try parseSignature(value) }
        }
        // Every member was checked above, so canonical text without `sig` is the canonical envelope without it, and
        // the text itself the whole record's canonical form.
        let record: Record
        if let canonical {
            record = Record(
                kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body, sig: sig,
                signedBytes: CanonicalText.removing(canonical.sig, from: canonical.text), canonicalText: canonical.text)
        } else {
            record = try Record(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body, sig: sig)
        }
        return (record, try record.decodedBody())
    }

    /// The members of a record's envelope, as they stood.
    private struct Envelope: JSONObjectBuilder {
        var at, body, issuer, kind, prev, seq, sig, v: JSONValue?
        /// `sig`'s members, when it was an object read member by member (`sig` is `nil` then).
        var sigMembers: SignatureMembers?
        /// Where `sig` stands in the text it was read from.
        var sigRange: Range<Int>?
        /// Names of members the envelope does not have, in document order.
        var unknownNames: [String] = []

        /// Takes member `name`; `false` when the envelope has no such member.
        mutating func set(_ name: String, _ value: consuming JSONValue) -> Bool {
            // By length first: at most two other names to compare with.
            switch name.utf8.count {
            case 1 where name == "v": v = value
            case 2 where name == "at": at = value
            case 3 where name == "seq": seq = value
            case 3 where name == "sig": sig = value
            case 4 where name == "body": body = value
            case 4 where name == "kind": kind = value
            case 4 where name == "prev": prev = value
            case 6 where name == "issuer": issuer = value
            default: return false
            }
            return true
        }

        func repeats(_ name: String) -> Bool {
            switch name {
            case "at": at != nil
            case "body": body != nil
            case "issuer": issuer != nil
            case "kind": kind != nil
            case "prev": prev != nil
            case "seq": seq != nil
            case "sig": sig != nil || sigMembers != nil
            case "v": v != nil
            default: unknownNames.contains(name)
            }
        }

        mutating func take(_ name: String, _ value: consuming JSONValue, at range: Range<Int>) {
            guard set(name, value) else { return unknownNames.append(name) }
            if name.utf8.count == 3, name == "sig" { sigRange = range }
        }

        func object(for name: String) -> SignatureMembers? {
            name.utf8.count == 3 && name == "sig" ? SignatureMembers() : nil
        }

        mutating func take(_ name: String, object: consuming SignatureMembers, at range: Range<Int>) {
            sigMembers = object
            sigRange = range
        }
    }

    /// The members of a record's `sig` object, as they stood.
    private struct SignatureMembers: JSONObjectBuilder {
        var alg, key, seal, value: JSONValue?
        /// Names of members a signature does not have, in document order.
        var unknownNames: [String] = []

        /// Takes member `name`; `false` when a signature has no such member.
        mutating func set(_ name: String, _ member: consuming JSONValue) -> Bool {
            switch name {
            case "alg": alg = member
            case "key": key = member
            case "seal": seal = member
            case "value": value = member
            default: return false
            }
            return true
        }

        func repeats(_ name: String) -> Bool {
            switch name {
            case "alg": alg != nil
            case "key": key != nil
            case "seal": seal != nil
            case "value": value != nil
            default: unknownNames.contains(name)
            }
        }

        mutating func take(_ name: String, _ member: consuming JSONValue, at range: Range<Int>) {
            if !set(name, member) { unknownNames.append(name) }
        }
    }

    private static func string(_ value: JSONValue?, _ key: String) throws(RecordProblem) -> String {
        guard let value else { throw RecordProblem(field: "$.\(key)", Message.Ingest.missing) }
        guard let text = value.stringValue else {
            throw RecordProblem(
                field: "$.\(key)", Message.Ingest.found("必须是字符串", "must be a string", type: value.typeName))
        }
        return text
    }

    private static func parseSignature(_ value: JSONValue) throws(RecordProblem) -> Signature {
        guard let members = value.objectMembers else {
            throw RecordProblem(
                field: "$.sig", Message.Ingest.found("必须是对象", "must be an object", type: value.typeName))
        }
        // Each member taken in one pass (names are unique), the first unknown one refused.
        var parts = SignatureMembers()
        for member in members where !parts.set(member.key, member.value) {
            throw unknownSignatureField(member.key)
        }
        return try signature(from: parts)
    }

    private static func unknownSignatureField(_ name: String) -> RecordProblem {
        RecordProblem(field: "$.sig" + JSONParser.pathComponent(name), Message.Ingest.unknownField)
    }

    /// The signature `parts` hold, once checked.
    private static func signature(from parts: SignatureMembers) throws(RecordProblem) -> Signature {
        if let unknown = parts.unknownNames.first { throw unknownSignatureField(unknown) }
        func part(_ value: JSONValue?, _ name: String) throws(RecordProblem) -> String {
            guard let text = value?.stringValue, !text.isEmpty else {
                throw RecordProblem(field: "$.sig.\(name)", Message.Ingest.nonEmptyString)
            }
            return text
        }
        let alg = try part(parts.alg, "alg")
        let key = try part(parts.key, "key")
        let signature = try part(parts.value, "value")
        guard alg == "ed25519" || alg == "sm2-sm3" else {
            throw RecordProblem(field: "$.sig.alg", Message.Ingest.unknownAlgorithm(alg))
        }
        guard Base64URL.isValid(signature) else {
            throw RecordProblem(field: "$.sig.value", Message.Ingest.notBase64URL)
        }
        return Signature(alg: alg, key: key, value: signature, seal: try parts.seal.map(Self.seal(from:)))
    }

    /// A sealed record's place in its batch (``Seal``), checked member by member.
    private static func seal(from value: JSONValue) throws(RecordProblem) -> Seal {
        guard let members = value.objectMembers else {
            throw RecordProblem(field: "$.sig.seal", reason: "must be an object, found \(value.typeName)")
        }
        var size: Int?
        var index: Int?
        var root: String?
        var path: String?
        for member in members {
            let field = "$.sig.seal" + JSONParser.pathComponent(member.key)
            switch member.key {
            case "size", "index":
                guard let number = member.value.intValue, number >= 0 else {
                    throw RecordProblem(
                        field: field,
                        reason: "must be a whole number from 0, found \(CanonicalJSON.describe(member.value))")
                }
                if member.key == "size" { size = number } else { index = number }
            case "root", "path":
                guard let text = member.value.stringValue else {
                    throw RecordProblem(field: field, reason: "must be a string, found \(member.value.typeName)")
                }
                if member.key == "root" { root = text } else { path = text }
            default:
                throw RecordProblem(field: field, reason: "unknown field")
            }
        }
        guard let size else { throw RecordProblem(field: "$.sig.seal.size", reason: "missing") }
        guard let index else { throw RecordProblem(field: "$.sig.seal.index", reason: "missing") }
        guard let root else { throw RecordProblem(field: "$.sig.seal.root", reason: "missing") }
        guard let path else { throw RecordProblem(field: "$.sig.seal.path", reason: "missing") }
        let seal = Seal(size: size, index: index, root: root, path: path)
        try seal.validate()
        return seal
    }

    /// Refuses control characters anywhere in the record's strings: they hide text on screens and slips.
    private static func checkStrings(_ value: JSONValue, path: String) throws(RecordProblem) {
        switch value {
        case .string(let text):
            if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                throw RecordProblem(field: path, Message.Ingest.controlCharacters)
            }
            if let bidi = text.unicodeScalars.first(where: { Self.isBidiControl($0) }) {
                throw RecordProblem(
                    field: path, Message.Ingest.bidiControl(String(bidi.value, radix: 16, uppercase: true)))
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() { try checkStrings(element, path: "\(path)[\(index)]") }
        case .object(let members):
            for member in members {
                let childPath = path + JSONParser.pathComponent(member.key)
                if member.key.unicodeScalars.contains(where: { $0.value < 0x20 || Self.isBidiControl($0) }) {
                    throw RecordProblem(field: childPath, Message.Ingest.controlCharactersInNames)
                }
                try checkStrings(member.value, path: childPath)
            }
        default: break
        }
    }

    /// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The body decoded as its kind's type; unknown body fields are refused.
    public func decodedBody() throws(RecordProblem) -> AnyBody {
        try BodyDecoding.decode(kind, from: body)
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
