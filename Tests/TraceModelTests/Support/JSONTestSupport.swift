import Foundation
import Testing
import TraceModel

/// The failure `JSONParser` reports for `bytes`, or `nil` when it accepts them.
func parserFailure(_ bytes: [UInt8], limits: JSONParser.Limits = JSONParser.Limits()) -> JSONParser.Failure? {
    do {
        _ = try JSONParser.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

func parserFailure(_ text: String, limits: JSONParser.Limits = JSONParser.Limits()) -> JSONParser.Failure? {
    parserFailure(Array(text.utf8), limits: limits)
}

/// Parses text the test knows to be valid JSON.
func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
    do {
        return try JSONParser.parse(text)
    } catch {
        Issue.record("test JSON does not parse: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The canonical text of `value`.
func canonical(_ value: JSONValue) throws -> String {
    try CanonicalJSON.string(value)
}

extension JSONValue {
    /// A copy with the value at `path` (object keys and array indexes) replaced, or removed when `value` is nil.
    func replacing(_ path: [PathStep], with value: JSONValue?) -> JSONValue {
        guard let first = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if let index = members.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty, value == nil {
                    members.remove(at: index)
                } else {
                    members[index].value = members[index].value.replacing(rest, with: value)
                }
            } else if let value {
                members.append((key, JSONValue.null.replacing(rest, with: value)))
            }
            return .object(members)
        case (.array(var elements), .index(let index)):
            if rest.isEmpty, value == nil {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].replacing(rest, with: value)
            }
            return .array(elements)
        default:
            return self
        }
    }
}

/// One step of a path into a JSON value; string and integer literals make keys and indexes.
enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, Sendable {
    case key(String)
    case index(Int)
    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}
