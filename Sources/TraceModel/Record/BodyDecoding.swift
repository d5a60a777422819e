import Foundation

/// Decodes a body from JSON through `Codable`, with field paths in errors and unknown fields refused.
///
/// A body that is exactly right is read straight from its JSON: member by member for the kinds most records are
/// (``QuickObject``), through the type's `Decodable` conformance for the others (``BodyValueDecoder``). Any other
/// goes the strict way below, through `JSONDecoder`, which says which field is wrong and why.
enum BodyDecoding {
    /// The body of a record of `kind`.
    static func decode(_ kind: RecordKind, from json: JSONValue) throws(RecordProblem) -> AnyBody {
        // Each kind spelt out, so that each decodes through code specialised for its type.
        switch kind {
        case .register: return .register(try decode(RegisterBody.self, from: json))
        case .revoke: return .revoke(try decode(RevokeBody.self, from: json))
        case .certify: return .certify(try decode(CertifyBody.self, from: json))
        case .produce: return .produce(try decode(ProduceBody.self, from: json, quickly: ProduceBody.init(quickly:)))
        case .transform:
            return .transform(try decode(TransformBody.self, from: json, quickly: TransformBody.init(quickly:)))
        case .ship: return .ship(try decode(ShipBody.self, from: json, quickly: ShipBody.init(quickly:)))
        case .receive: return .receive(try decode(ReceiveBody.self, from: json, quickly: ReceiveBody.init(quickly:)))
        case .test: return .test(try decode(TestBody.self, from: json))
        case .sell: return .sell(try decode(SellBody.self, from: json, quickly: SellBody.init(quickly:)))
        case .use: return .use(try decode(UseBody.self, from: json, quickly: UseBody.init(quickly:)))
        case .recall: return .recall(try decode(RecallBody.self, from: json))
        case .dispose: return .dispose(try decode(DisposeBody.self, from: json, quickly: DisposeBody.init(quickly:)))
        case .count: return .count(try decode(CountBody.self, from: json))
        case .void: return .void(try decode(VoidBody.self, from: json))
        case .attest: return .attest(try decode(AttestBody.self, from: json))
        }
    }

    /// `quickly` reads a body that is exactly right (``QuickObject``), or gives `nil` for the ways below.
    static func decode<T: RecordBody>(_ type: T.Type, from json: JSONValue, quickly: (JSONValue) -> T?)
        throws(RecordProblem) -> T
    {
        if let value = quickly(json) {
            try value.validate()
            return value
        }
        return try decode(T.self, from: json)
    }

    static func decode<T: RecordBody>(_ type: T.Type, from json: JSONValue) throws(RecordProblem) -> T {
        if let value = BodyValueDecoder.decode(T.self, from: json) {
            try value.validate()
            return value
        }
        return try strictlyDecode(T.self, from: json)
    }

    /// Decodes through `JSONDecoder`, with the field and reason of the first problem.
    static func strictlyDecode<T: RecordBody>(_ type: T.Type, from json: JSONValue) throws(RecordProblem) -> T {
        let bytes: [UInt8]
        do { bytes = try CanonicalJSON.bytes(json) } catch {
            throw RecordProblem(field: "$.body" + error.path.dropFirst(), reason: error.reason)
        }
        // The only numbers a body holds are integers; canonical bytes would turn 2.0 into 2, so look first.
        let badNumber = firstNonInteger(in: json, path: "$.body")
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            let found = problem(from: error)
            // The decoder cannot say where a number failed to fit; the walk above can.
            if let badNumber, found.field == "$.body" { throw badNumber }
            throw found
        } catch {
            throw RecordProblem(field: "$.body", reason: "\(error)")
        }
        if let badNumber { throw badNumber }
        let known = try Record.json(of: value)
        if let unknown = firstUnknownField(in: json, comparedWith: known, path: "$.body") {
            throw RecordProblem(field: unknown, Message.Ingest.unknownBodyField)
        }
        try value.validate()
        return value
    }

    /// The first number not written as a plain integer that fits in `Int`, as a problem at its path.
    private static func firstNonInteger(in value: JSONValue, path: String) -> RecordProblem? {
        switch value {
        case .number(let text):
            guard Int(text) == nil else { return nil }
            let plain = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            return RecordProblem(
                field: path,
                reason: plain
                    ? "whole number \(text) is too large"
                    : "must be a whole number written without a fraction or exponent, found \(text)")
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstNonInteger(in: element, path: "\(path)[\(index)]") { return found }
            }
        case .object(let members):
            for member in members {
                if let found = firstNonInteger(in: member.value, path: path + JSONParser.pathComponent(member.key)) {
                    return found
                }
            }
        default: break
        }
        return nil
    }

    private static func firstUnknownField(in input: JSONValue, comparedWith known: JSONValue, path: String) -> String? {
        switch (input, known) {
        case (.object(let inputMembers), .object):
            for member in inputMembers {
                let childPath = path + JSONParser.pathComponent(member.key)
                guard let knownValue = known[member.key] else { return childPath }
                if let found = firstUnknownField(in: member.value, comparedWith: knownValue, path: childPath) {
                    return found
                }
            }
        case (.array(let inputElements), .array(let knownElements)):
            for (index, pair) in zip(inputElements, knownElements).enumerated() {
                if let found = firstUnknownField(in: pair.0, comparedWith: pair.1, path: "\(path)[\(index)]") {
                    return found
                }
            }
        default: break
        }
        return nil
    }

    private static func problem(from error: DecodingError) -> RecordProblem {
        func path(_ codingPath: [any CodingKey]) -> String {
            "$.body"
                + codingPath.map { key in key.intValue.map { "[\($0)]" } ?? JSONParser.pathComponent(key.stringValue) }
                .joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return RecordProblem(field: path(context.codingPath + [key]), Message.Ingest.missing)
        case .typeMismatch(let type, let context):
            return RecordProblem(
                field: path(context.codingPath),
                Message.Ingest.wrongType(expected: describeChinese(type), describe(type)))
        case .valueNotFound(let type, let context):
            return RecordProblem(
                field: path(context.codingPath),
                Message.Ingest.nullWhere(expected: describeChinese(type), describe(type)))
        case .dataCorrupted(let context):
            let reason =
                context.debugDescription.contains("Cannot initialize")
                ? "value not allowed: \(context.debugDescription)" : context.debugDescription
            return RecordProblem(field: path(context.codingPath), reason: reason)
        @unknown default:
            return RecordProblem(field: "$.body", reason: "\(error)")
        }
    }

    private static func describeChinese(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "字符串"
        case is Int.Type: return "整数"
        case is Bool.Type: return " true 或 false"
        case is [Any].Type: return "数组"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "数组" : name.hasPrefix("Dictionary") ? "对象" : " \(name) "
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "an array" : name.hasPrefix("Dictionary") ? "an object" : name
        }
    }
}
