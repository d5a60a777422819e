import Foundation
import TraceModel

/// How single values are normalised before hashing.
enum HashValues {
    /// Times in UTC with milliseconds (`2019-10-21T09:58:56.591Z`) for every field whose name
    /// contains "time" (but not "offset"); CBV short names as their `https://ref.gs1.org/cbv/` URIs;
    /// EPC URNs and GS1 Digital Link URIs as canonical Digital Link URIs; anything else unchanged.
    static func normalise(_ value: String, name: String) -> String {
        let lower = name.lowercased()
        if lower.contains("time"), !lower.contains("offset") {
            return utcMilliseconds(value) ?? value
        }
        switch name {
        case "bizStep": return cbv(value, vocabulary: "BizStep")
        case "disposition", "set", "unset": return cbv(value, vocabulary: "Disp")
        default: return DigitalLink.canonical(value) ?? value
        }
    }

    static let cbvURNPrefixes: [String: String] = [
        "BizStep": "urn:epcglobal:cbv:bizstep:", "Disp": "urn:epcglobal:cbv:disp:", "BTT": "urn:epcglobal:cbv:btt:",
        "SDT": "urn:epcglobal:cbv:sdt:", "ER": "urn:epcglobal:cbv:er:",
    ]

    /// A CBV short name (`shipping`) or CBV 1.x URN (`urn:epcglobal:cbv:bizstep:shipping`) as the
    /// CBV 2.0 URI `https://ref.gs1.org/cbv/BizStep-shipping`; other URIs unchanged.
    static func cbv(_ value: String, vocabulary: String) -> String {
        if isBareWord(value) { return "https://ref.gs1.org/cbv/\(vocabulary)-\(value)" }
        if let prefix = cbvURNPrefixes[vocabulary], value.hasPrefix(prefix) {
            return "https://ref.gs1.org/cbv/\(vocabulary)-\(value.dropFirst(prefix.count))"
        }
        return value
    }

    /// Letters, digits and `_` only: a vocabulary short name rather than a URI.
    static func isBareWord(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An RFC 3339 time as UTC with exactly three fraction digits (extra digits are cut, not rounded).
    static func utcMilliseconds(_ value: String) -> String? {
        guard let time = Timestamp(value) else { return nil }
        let text = Timestamp(epochMilliseconds: time.epochMilliseconds, offsetMinutes: 0).text
        return text.contains(".") ? text : String(text.dropLast()) + ".000Z"
    }

    /// A JSON number in the form the reference generator gives it: integers (also `452.0`) without a
    /// fraction, other values in the shortest form that reads back to the same double (`12.1`).
    static func number(_ text: String) -> String {
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return text == "-0" ? "0" : text
        }
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 9.0e18 {
            return String(Int64(value))
        }
        return value.description
    }
}
