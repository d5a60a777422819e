import TraceModel

/// How single values are normalised before hashing.
enum HashValues {
    /// Times in UTC with milliseconds (`2019-10-21T09:58:56.591Z`) for every field whose name
    /// contains "time" (but not "offset"); CBV short names as their `https://ref.gs1.org/cbv/` URIs;
    /// EPC URNs and GS1 Digital Link URIs as canonical Digital Link URIs; anything else unchanged.
    static func normalise(_ value: String, name: String, timed: Bool = true) -> String {
        if timed, mentions(name, "time"), !mentions(name, "offset") {
            return utcMilliseconds(value) ?? value
        }
        // Names compared only when their length fits (every value of every event comes here).
        switch name.utf8.count {
        case 7 where name == "bizStep": return cbv(value, vocabulary: "BizStep")
        case 11 where name == "disposition": return cbv(value, vocabulary: "Disp")
        case 3 where name == "set": return cbv(value, vocabulary: "Disp")
        case 5 where name == "unset": return cbv(value, vocabulary: "Disp")
        default:
            let value = decimal(webVocabulary(value)) ?? webVocabulary(value)
            return DigitalLink.canonical(value) ?? value
        }
    }

    /// CBV 1.x URNs anywhere in a value replaced by their CBV 2.0 Web URIs (as the reference replaces them).
    static func webVocabulary(_ value: String) -> String {
        guard value.contains("urn:epcglobal:cbv:") else { return value }
        var out = value
        for (vocabulary, urn) in cbvURNPrefixes {
            out = out.replacing(urn, with: "https://ref.gs1.org/cbv/\(vocabulary)-")
        }
        return out
    }

    /// A value that reads as a decimal number (`007`, `+5`, `4.50`, `1e3`) written as Python writes the float
    /// (`7`, `5`, `4.5`, `1000`), as the reference does with every value; `nil` for anything else.
    static func decimal(_ value: String) -> String? {
        var digits = 0
        var sawPoint = false
        var sawExponent = false
        var previous: UInt8 = 0
        for (offset, byte) in value.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard offset == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard digits > 0, !sawExponent else { return nil }
                sawExponent = true
            default: return nil
            }
            previous = byte
        }
        guard digits > 0, previous != UInt8(ascii: "e"), previous != UInt8(ascii: "E"),
            previous != UInt8(ascii: "+"), previous != UInt8(ascii: "-"),
            let number = Double(value.utf8.first == UInt8(ascii: "+") ? String(value.dropFirst()) : value),
            number.isFinite
        else { return nil }
        if number == number.rounded() { return integerText(number) }
        return number.description
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
        if isBareWord(value) { return cbvURI(vocabulary, value.utf8[...]) }
        if value.utf8.first == UInt8(ascii: "u"), let prefix = cbvURNPrefixes[vocabulary], value.hasPrefix(prefix) {
            return cbvURI(vocabulary, value.utf8.dropFirst(prefix.utf8.count))
        }
        return value
    }

    /// `https://ref.gs1.org/cbv/<vocabulary>-<term>`, built in one buffer.
    private static func cbvURI(_ vocabulary: String, _ term: Substring.UTF8View) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(cbvBase.count + vocabulary.utf8.count + term.count + 1)
        out.append(contentsOf: cbvBase)
        out.append(contentsOf: vocabulary.utf8)
        out.append(UInt8(ascii: "-"))
        out.append(contentsOf: term)
        return String(decoding: out, as: UTF8.self)
    }

    private static let cbvBase = Array("https://ref.gs1.org/cbv/".utf8)

    /// Letters, digits and `_` only: a vocabulary short name rather than a URI.
    static func isBareWord(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            !bytes.isEmpty
                && bytes.allSatisfy { byte in
                    (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
                        || byte == UInt8(ascii: "_")
                }
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

    /// An RFC 3339 time as UTC with exactly three fraction digits. Digits below the millisecond are rounded as the
    /// reference generator rounds them: the fraction is read to the microsecond (later digits dropped), then
    /// rounded to the millisecond, a tie to the even millisecond (Python's `round`), so `.1234999` is `.123`,
    /// `.1236` is `.124`, `.1225` is `.122`, `.1235` is `.124`; `.9996` carries into the next second.
    static func utcMilliseconds(_ value: String) -> String? {
        Timestamp(value).map { utcText(epochMilliseconds: $0.epochMilliseconds + roundingCarry(value)) }
    }

    /// 1 when the fraction's 4th to 6th digits (the microseconds beyond the millisecond) round the millisecond up.
    static func roundingCarry(_ value: String) -> Int64 {
        var value = value
        return value.withUTF8 { bytes in
            // `YYYY-MM-DDThh:mm:ss.` puts the fraction's point at offset 19.
            guard bytes.count > 23, bytes[19] == UInt8(ascii: "."),
                bytes[20...23].allSatisfy({ (48...57).contains($0) })
            else { return 0 }
            var micros = 0
            var inFraction = true
            for offset in 23..<26 {
                inFraction = inFraction && offset < bytes.count && (48...57).contains(bytes[offset])
                micros = micros * 10 + (inFraction ? Int(bytes[offset] - 48) : 0)
            }
            let oddMillisecond = (bytes[22] - 48) % 2 == 1
            return micros > 500 || (micros == 500 && oddMillisecond) ? 1 : 0
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ` for an instant, written directly (every event has a time to convert).
    /// The date is the proleptic Gregorian one, from the day count as in H. Hinnant's `civil_from_days`.
    static func utcText(epochMilliseconds: Int64) -> String {
        var (seconds, millis) = epochMilliseconds.quotientAndRemainder(dividingBy: 1000)
        if millis < 0 {
            seconds -= 1
            millis += 1000
        }
        var (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        if secondOfDay < 0 {
            days -= 1
            secondOfDay += 86_400
        }
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        out.append(contentsOf: String(year).utf8)
        func field(_ separator: Unicode.Scalar, _ value: Int64, digits: Int) {
            out.append(UInt8(ascii: separator))
            var divisor: Int64 = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(48 + (value / divisor) % 10))
                divisor /= 10
            }
        }
        field("-", month, digits: 2)
        field("-", day, digits: 2)
        field("T", secondOfDay / 3600, digits: 2)
        field(":", secondOfDay / 60 % 60, digits: 2)
        field(":", secondOfDay % 60, digits: 2)
        field(".", millis, digits: 3)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON number in the form the reference generator gives it: integers (also `452.0`) without a
    /// fraction, other values in the shortest form that reads back to the same double (`12.1`).
    static func number(_ text: String) -> String {
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return text == "-0" ? "0" : text
        }
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded() { return integerText(value) }
        return value.description
    }

    /// An integral double written exactly, as Python's `int(float)` writes it (`1.111e+23` is
    /// `111100001111000003641344`).
    static func integerText(_ value: Double) -> String {
        if abs(value) < 9.0e18 { return String(Int64(value)) }
        // significand × 2^exponent, in decimal digits (least significant first).
        var digits: [UInt8] = []
        var significand = value.significandBitPattern | (1 << 52)
        while significand > 0 {
            digits.append(UInt8(significand % 10))
            significand /= 10
        }
        for _ in 0..<(Int(value.exponent) - 52) {
            var carry: UInt8 = 0
            for index in digits.indices {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return (value < 0 ? "-" : "") + String(decoding: digits.reversed().map { $0 + 48 }, as: UTF8.self)
    }
}
