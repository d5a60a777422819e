import TraceModel

/// How single values are normalised before hashing.
enum HashValues {
    /// Times in UTC with milliseconds (`2019-10-21T09:58:56.591Z`) for every field whose name
    /// contains "time" (but not "offset"); CBV short names as their `https://ref.gs1.org/cbv/` URIs;
    /// EPC URNs and GS1 Digital Link URIs as canonical Digital Link URIs; anything else unchanged.
    static func normalise(_ value: String, name: String) -> String {
        if mentions(name, "time"), !mentions(name, "offset") {
            return utcMilliseconds(value) ?? value
        }
        switch name {
        case "bizStep": return cbv(value, vocabulary: "BizStep")
        case "disposition", "set", "unset": return cbv(value, vocabulary: "Disp")
        default: return DigitalLink.canonical(value) ?? value
        }
    }

    /// True when `word` (lower-case ASCII) occurs in `name`, ignoring ASCII case.
    static func mentions(_ name: String, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            search: for start in 0...(bytes.count - needle.count) {
                for offset in 0..<needle.count {
                    let byte = bytes[start + offset]
                    let lower = (65...90).contains(byte) ? byte + 32 : byte
                    if lower != needle[offset] { continue search }
                }
                return true
            }
            return false
        }
    }

    static let cbvURNPrefixes: [String: String] = [
        "BizStep": "urn:epcglobal:cbv:bizstep:", "Disp": "urn:epcglobal:cbv:disp:", "BTT": "urn:epcglobal:cbv:btt:",
        "SDT": "urn:epcglobal:cbv:sdt:", "ER": "urn:epcglobal:cbv:er:",
    ]

    /// A CBV short name (`shipping`) or CBV 1.x URN (`urn:epcglobal:cbv:bizstep:shipping`) as the
    /// CBV 2.0 URI `https://ref.gs1.org/cbv/BizStep-shipping`; other URIs unchanged.
    static func cbv(_ value: String, vocabulary: String) -> String {
        if isBareWord(value) { return "https://ref.gs1.org/cbv/" + vocabulary + "-" + value }
        if let prefix = cbvURNPrefixes[vocabulary], value.hasPrefix(prefix) {
            return "https://ref.gs1.org/cbv/" + vocabulary + "-" + value.dropFirst(prefix.count)
        }
        return value
    }

    /// Letters, digits and `_` only: a vocabulary short name rather than a URI.
    static func isBareWord(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    /// The value without leading and trailing white space (the Unicode White_Space property, the set
    /// Foundation's `whitespacesAndNewlines` names), without a round trip through `NSString`.
    static func trimmed(_ value: String) -> String {
        guard let first = value.utf8.first, let last = value.utf8.last else { return value }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if plain(first) && plain(last) { return value }
        let scalars = value.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// An RFC 3339 time as UTC with exactly three fraction digits (extra digits are cut, not rounded).
    static func utcMilliseconds(_ value: String) -> String? {
        guard let time = Timestamp(value) else { return nil }
        let text = Timestamp(epochMilliseconds: time.epochMilliseconds, offsetMinutes: 0).text
        return text.utf8.contains(UInt8(ascii: ".")) ? text : String(text.dropLast()) + ".000Z"
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
