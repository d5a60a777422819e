/// Recognises JSON text that is already in canonical form (RFC 8785), so its bytes can be hashed as they stand.
///
/// Records are exported and signed in canonical form, so most input needs no rewriting. The check is
/// deliberately narrower than the canonical form itself: it accepts only what it can vouch for without
/// rewriting — no whitespace; member names of printable ASCII without escapes, in strictly increasing
/// order; strings whose only escapes are `\"` and `\\`; numbers that are integers of at most 15 digits
/// (other than `-0`). Anything else is "not known to be canonical", and callers canonicalise as before.
/// The text must already have been read by ``JSONParser`` (the check does not report syntax errors).
enum CanonicalText {
    /// `text` without its top-level member `name` (and the comma beside it), when `text` is a canonical
    /// JSON object; `nil` when it is not known to be canonical. Without such a member, `text` itself.
    static func removingMember(_ name: String, from text: [UInt8]) -> [UInt8]? {
        let wanted = Array(name.utf8)
        let found: Range<Int>?? = text.withUnsafeBufferPointer { bytes in
            wanted.withUnsafeBufferPointer { wanted in
                var scanner = Scanner(text: bytes, wanted: wanted)
                guard scanner.object(depth: 1), scanner.index == bytes.count else { return nil }
                return .some(scanner.wantedMember)
            }
        }
        guard let found else { return nil }
        guard var cut = found else { return text }
        if cut.lowerBound > 0, text[cut.lowerBound - 1] == UInt8(ascii: ",") {
            cut = cut.lowerBound - 1..<cut.upperBound
        } else if cut.upperBound < text.count, text[cut.upperBound] == UInt8(ascii: ",") {
            cut = cut.lowerBound..<cut.upperBound + 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count - cut.count)
        out.append(contentsOf: text[..<cut.lowerBound])
        out.append(contentsOf: text[cut.upperBound...])
        return out
    }

    private struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        /// The top-level member name to locate.
        let wanted: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Where the wanted top-level member stands: from its name's opening quote to the end of its value.
        var wantedMember: Range<Int>?

        init(text: UnsafeBufferPointer<UInt8>, wanted: UnsafeBufferPointer<UInt8>) {
            self.text = text
            self.wanted = wanted
        }

        private func peek(_ byte: UInt8) -> Bool { index < text.count && text[index] == byte }

        mutating func value(depth: Int) -> Bool {
            guard index < text.count else { return false }
            switch text[index] {
            case UInt8(ascii: "{"): return object(depth: depth + 1)
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func object(depth: Int) -> Bool {
            guard peek(UInt8(ascii: "{")) else { return false }
            index += 1
            if peek(UInt8(ascii: "}")) {
                index += 1
                return true
            }
            var previousName: Range<Int>?
            while true {
                let start = index
                guard let name = string(), isPlainName(name) else { return false }
                if let previousName, !text[previousName].lexicographicallyPrecedes(text[name]) { return false }
                previousName = name
                guard peek(UInt8(ascii: ":")) else { return false }
                index += 1
                guard value(depth: depth) else { return false }
                if depth == 1, text[name].elementsEqual(wanted) { wantedMember = start..<index }
                if peek(UInt8(ascii: ",")) {
                    index += 1
                } else if peek(UInt8(ascii: "}")) {
                    index += 1
                    return true
                } else {
                    return false
                }
            }
        }

        mutating func array(depth: Int) -> Bool {
            guard peek(UInt8(ascii: "[")) else { return false }
            index += 1
            if peek(UInt8(ascii: "]")) {
                index += 1
                return true
            }
            while true {
                guard value(depth: depth) else { return false }
                if peek(UInt8(ascii: ",")) {
                    index += 1
                } else if peek(UInt8(ascii: "]")) {
                    index += 1
                    return true
                } else {
                    return false
                }
            }
        }

        /// Reads a string whose escapes are only `\"` and `\\`; returns the range of its contents.
        mutating func string() -> Range<Int>? {
            guard peek(UInt8(ascii: "\"")) else { return nil }
            index += 1
            let start = index
            while index < text.count {
                let byte = text[index]
                if byte > UInt8(ascii: "\\") || (byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")) {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return start..<index - 1
                }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < text.count, text[index + 1] == UInt8(ascii: "\"") || text[index + 1] == UInt8(ascii: "\\")
                    else { return nil }
                    index += 2
                } else {
                    index += 1
                }
            }
            return nil
        }

        /// Names sort by UTF-16 code units; for printable ASCII without escapes that is byte order.
        private func isPlainName(_ range: Range<Int>) -> Bool {
            text[range].allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= text.count else { return false }
            let matches = word.withUTF8Buffer { bytes in (0..<count).allSatisfy { text[index + $0] == bytes[$0] } }
            index += count
            return matches
        }

        /// An integer that a double holds exactly and ECMAScript writes with the same digits.
        mutating func number() -> Bool {
            let negative = peek(UInt8(ascii: "-"))
            if negative { index += 1 }
            let start = index
            while index < text.count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") { index += 1 }
            let digits = index - start
            guard (1...15).contains(digits) else { return false }
            if text[start] == UInt8(ascii: "0") && (digits > 1 || negative) { return false }
            guard index < text.count else { return true }
            let next = text[index]
            return next != UInt8(ascii: ".") && next != UInt8(ascii: "e") && next != UInt8(ascii: "E")
        }
    }
}
