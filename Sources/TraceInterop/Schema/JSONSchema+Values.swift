import TraceModel

extension JSONSchemaValidator {
    /// Whether `value` is of the JSON Schema type `kind` (a number with an integral value is an integer).
    static func isOf(_ kind: JSONSchema.Kind, _ value: JSONValue) -> Bool {
        switch (kind, value) {
        case (.null, .null), (.boolean, .bool), (.object, .object), (.array, .array), (.number, .number),
            (.string, .string):
            return true
        case (.integer, .number(let text)):
            guard let number = Double(text), number.isFinite else { return false }
            return number.rounded(.towardZero) == number
        default: return false
        }
    }

    static func name(_ kind: JSONSchema.Kind) -> Message {
        switch kind {
        case .null: .Schema.kind("null")
        case .boolean: .Schema.kind("boolean")
        case .object: .Schema.kind("object")
        case .array: .Schema.kind("array")
        case .number: .Schema.kind("number")
        case .integer: .Schema.kind("integer")
        case .string: .Schema.kind("string")
        }
    }

    /// JSON Schema equality: numbers by value (1 equals 1.0), objects regardless of member order.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y || (Double(x) != nil && Double(x) == Double(y))
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { member in
                y.contains { $0.key == member.key && equal($0.value, member.value) }
            }
        default: return false
        }
    }

    /// A value as a message shows it: strings quoted and cut at 60 characters, containers by kind.
    static func shown(_ value: JSONValue) -> Message {
        switch value {
        case .string(let text):
            let cut = text.count > 60 ? String(text.prefix(60)) + "…" : text
            return .verbatim("\"\(cut)\"")
        case .number(let text): return .verbatim(text)
        case .bool(let flag): return .verbatim(flag ? "true" : "false")
        case .null: return .verbatim("null")
        case .array: return .Schema.kind("array")
        case .object: return .Schema.kind("object")
        }
    }

    static func listed(_ values: [JSONValue]) -> Message {
        let shownValues =
            values.prefix(8).map(shown) + (values.count > 8 ? [Message.Schema.moreValues(values.count)] : [])
        return .Schema.joined(shownValues, zh: "、", en: ", ")
    }
}

/// RFC 3339 `date-time`, checked as python-jsonschema's `date-time` format checker does
/// (`rfc3339_validator`): `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, letters in either case, the day
/// within its month, year 0000 refused.
enum RFC3339 {
    static func isDateTime(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        // Python's `$` also matches before one final line feed.
        if bytes.last == 0x0A { bytes.removeLast() }
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count else { return false }
            let byte = bytes[index] >= 97 && bytes[index] <= 122 ? bytes[index] - 32 : bytes[index]
            guard characters.utf8.contains(byte) else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), (1...12).contains(month), expect("-"),
            let day = digits(2), expect("T"), let hour = digits(2), hour < 24, expect(":"),
            let minute = digits(2), minute < 60, expect(":"), let second = digits(2), second < 60
        else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            index += 1
        } else {
            guard expect("+-"), let offsetHour = digits(2), offsetHour < 24, expect(":"),
                let offsetMinute = digits(2), offsetMinute < 60
            else { return false }
        }
        guard index == bytes.count, year > 0 else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
