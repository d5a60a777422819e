import TraceModel

/// Reads JSON that is already in canonical form (RFC 8785, as a store keeps verified records: no
/// white space, only the minimal string escapes) into a ``JSONValue``, several times faster than the
/// strict ``JSONParser``, which tracks paths and duplicate names for its error messages.
///
/// It checks as it goes and gives `nil` for anything outside that form (white space, another escape,
/// invalid UTF-8, a malformed number, members not in canonical order, so also a repeated name,
/// trailing data) or beyond the strict parser's default ``JSONParser/Limits`` (nesting, string and
/// document size); the caller then reads the bytes strictly, which says what is wrong. It never
/// accepts what the strict parser refuses.
enum CanonicalJSONReader {
    static let limits = JSONParser.Limits()

    /// The value, or `nil` when `bytes` are not canonical JSON.
    static func read(_ bytes: [UInt8]) -> JSONValue? {
        guard bytes.count <= limits.maxDocumentBytes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = Cursor(bytes: buffer)
            guard let value = reader.value(depth: 0), reader.index == buffer.count else { return nil }
            return value
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// A value inside `depth` arrays and objects.
        mutating func value(depth: Int) -> JSONValue? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object(depth: depth + 1)
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(JSONValue.number)
            default: return nil
            }
        }

        private mutating func object(depth: Int) -> JSONValue? {
            guard depth <= CanonicalJSONReader.limits.maxDepth else { return nil }
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            if next(UInt8(ascii: "}")) { return .object(members) }
            members.reserveCapacity(8)
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string(),
                    members.last.map({ Self.precedes($0.key, key) }) ?? true,
                    next(UInt8(ascii: ":")), let value = value(depth: depth)
                else { return nil }
                members.append((key, value))
                if next(UInt8(ascii: ",")) { continue }
                return next(UInt8(ascii: "}")) ? .object(members) : nil
            }
        }

        /// RFC 8785 order: by UTF-16 code units (the same as by bytes for ASCII names).
        private static func precedes(_ earlier: String, _ later: String) -> Bool {
            var earlier = earlier
            var later = later
            let ascii = earlier.withUTF8 { a in
                later.withUTF8 { b in
                    a.allSatisfy { $0 < 0x80 } && b.allSatisfy { $0 < 0x80 } ? a.lexicographicallyPrecedes(b) : nil
                }
            }
            return ascii ?? earlier.utf16.lexicographicallyPrecedes(later.utf16)
        }

        private mutating func array(depth: Int) -> JSONValue? {
            guard depth <= CanonicalJSONReader.limits.maxDepth else { return nil }
            index += 1
            var elements: [JSONValue] = []
            if next(UInt8(ascii: "]")) { return .array(elements) }
            while true {
                guard let element = value(depth: depth) else { return nil }
                elements.append(element)
                if next(UInt8(ascii: ",")) { continue }
                return next(UInt8(ascii: "]")) ? .array(elements) : nil
            }
        }

        /// Consumes `byte` when it is next.
        private mutating func next(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// A string; its raw bytes are copied as they stand when it has no escape.
        private mutating func string() -> String? {
            index += 1
            let start = index
            var ascii = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    guard index - start <= CanonicalJSONReader.limits.maxStringBytes else { return nil }
                    return Self.text(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii)
                }
                if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
                if byte < 0x20 { return nil }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            return nil
        }

        /// The text of UTF-8 `bytes`, or `nil` when they are not valid UTF-8 (decoding would have
        /// replaced something, so the text's bytes differ).
        private static func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
            let text = String(decoding: bytes, as: UTF8.self)
            if ascii { return text }
            return text.utf8.elementsEqual(bytes) ? text : nil
        }

        /// The rest of a string that holds escapes: only those RFC 8785 writes are accepted.
        private mutating func escapedString(from start: Int) -> String? {
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard out.count <= CanonicalJSONReader.limits.maxStringBytes else { return nil }
                    return out.withUnsafeBufferPointer { Self.text($0, ascii: false) }
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let code = bytes[index]
                    index += 1
                    switch code {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(code)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "u"):
                        // \u00xx, lowercase hex, for the other control characters only.
                        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "0"),
                            bytes[index + 1] == UInt8(ascii: "0"),
                            let high = Self.hex(bytes[index + 2]), high < 2, let low = Self.hex(bytes[index + 3])
                        else { return nil }
                        index += 4
                        out.append(high << 4 | low)
                    default: return nil
                    }
                case 0..<0x20: return nil
                default: out.append(byte)
                }
            }
            return nil
        }

        private static func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            default: return nil
            }
        }

        /// A number in the JSON grammar, as its text.
        private mutating func number() -> String? {
            let start = index
            _ = next(UInt8(ascii: "-"))
            if next(UInt8(ascii: "0")) {
                if digits() > 0 { return nil }
            } else if digits() == 0 {
                return nil
            }
            if next(UInt8(ascii: ".")), digits() == 0 { return nil }
            if next(UInt8(ascii: "e")) || next(UInt8(ascii: "E")) {
                if !next(UInt8(ascii: "+")) { _ = next(UInt8(ascii: "-")) }
                if digits() == 0 { return nil }
            }
            guard index - start <= 64 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        private mutating func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
    }
}
