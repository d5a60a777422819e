/// RFC 8785 JSON Canonicalization Scheme (JCS).
///
/// Members are sorted by their names' UTF-16 code units, strings use the minimal escapes, numbers
/// are written as ECMAScript's `Number.prototype.toString` writes the IEEE 754 double they denote,
/// and no whitespace is emitted. A record's id and signature are computed over these bytes.
public enum CanonicalJSON {
    /// Why a value cannot be canonicalised.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The canonical UTF-8 bytes of `value`.
    public static func bytes(_ value: JSONValue) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        guard write(value, into: &out) else {
            // Only a number can fail; find which, with its path, the slow way.
            throw firstFailure(in: value, path: "$") ?? Failure(path: "$", reason: Message.JSON.noCanonicalForm.en)
        }
        return out
    }

    /// The canonical text of `value`.
    public static func string(_ value: JSONValue) throws(Failure) -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    /// Writes `value`; `false` when a number has no canonical form.
    private static func write(_ value: JSONValue, into out: inout [UInt8]) -> Bool {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text):
            if isPlainInteger(text) {
                out.append(contentsOf: text.utf8)
            } else {
                guard let formatted = ECMAScriptNumber.format(text) else { return false }
                out.append(contentsOf: formatted.utf8)
            }
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                guard write(element, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (offset, member) in sortedMembers(members).enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                guard write(member.value, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        }
        return true
    }

    /// The first number, in canonical order, without a canonical form.
    private static func firstFailure(in value: JSONValue, path: String) -> Failure? {
        switch value {
        case .number(let text):
            guard ECMAScriptNumber.format(text) == nil else { return nil }
            return Failure(path: path, reason: Message.JSON.noDouble(text).en)
        case .array(let elements):
            for (offset, element) in elements.enumerated() {
                if let found = firstFailure(in: element, path: "\(path)[\(offset)]") { return found }
            }
        case .object(let members):
            for member in sortedMembers(members) {
                if let found = firstFailure(in: member.value, path: path + JSONParser.pathComponent(member.key)) {
                    return found
                }
            }
        default: break
        }
        return nil
    }

    /// Members in canonical order: by their names' UTF-16 code units.
    private static func sortedMembers(_ members: [(key: String, value: JSONValue)]) -> [(key: String, value: JSONValue)]
    {
        // Names of ASCII letters and digits, as bodies and envelopes have, sort the same by their bytes, and are
        // often in order already.
        if members.allSatisfy({ $0.key.utf8.allSatisfy { $0 < 0x80 } }) {
            let before: ((key: String, value: JSONValue), (key: String, value: JSONValue)) -> Bool = {
                $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }
            if zip(members, members.dropFirst()).allSatisfy(before) { return members }
            return members.sorted(by: before)
        }
        return members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
    }

    /// An integer of at most 15 digits (not `-0`): a double holds it exactly and ECMAScript writes it as it is.
    private static func isPlainInteger(_ text: String) -> Bool {
        var digits = 0
        var first: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 0 && byte == UInt8(ascii: "-") { continue }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
            if digits == 0 { first = byte }
            digits += 1
        }
        guard (1...15).contains(digits) else { return false }
        return first != UInt8(ascii: "0") || digits == 1 && !text.hasPrefix("-")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string the way RFC 8785 §3.2.2.2 writes it: `\"` and `\\`, the two-character escapes `\b`,
    /// `\t`, `\n`, `\f` and `\r`, `\u00xx` (lowercase hex) for the other controls, every other character as itself.
    /// The one string escaper of the package: the EPCIS writer and the store's SQL arguments write through it too.
    package static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole.
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x00..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// ECMAScript `Number::toString` for a JSON number's text, as RFC 8785 section 3.2.2.3 requires.
public enum ECMAScriptNumber {
    /// The ECMAScript form of the double nearest to `text`, or `nil` when that double is infinite.
    public static func format(_ text: String) -> String? {
        guard let value = Double(text), value.isFinite else { return nil }
        return format(value)
    }

    /// The ECMAScript form of a finite double.
    public static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        let negative = value < 0
        // Swift's description yields the shortest digits that round-trip; re-lay them out.
        let (digits, pointPosition) = shortestDigits(of: abs(value))
        let k = digits.count
        let n = pointPosition
        var result = negative ? "-" : ""
        if k <= n && n <= 21 {
            result += digits + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            result += digits.prefix(n) + "." + digits.dropFirst(n)
        } else if -6 < n && n <= 0 {
            result += "0." + String(repeating: "0", count: -n) + digits
        } else {
            let exponent = n - 1
            let sign = exponent < 0 ? "-" : "+"
            result += String(digits.prefix(1))
            if k > 1 { result += "." + digits.dropFirst() }
            result += "e" + sign + String(abs(exponent))
        }
        return result
    }

    /// Digits without leading or trailing zeros and the position n with value = 0.digits × 10^n.
    private static func shortestDigits(of value: Double) -> (String, Int) {
        let description = value.description
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        var digits = Array(mantissa.filter { $0 != "." })
        var point =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (String(digits), point + exponent)
    }
}
