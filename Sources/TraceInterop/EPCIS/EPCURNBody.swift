/// The part of an EPC URN after `urn:epc:<kind>:<scheme>:`, checked against its scheme's grammar
/// and converted to a Digital Link URI as the reference event-hash generator converts it.
///
/// The grammar is checked first; the pieces are then cut at the fixed offsets the reference uses
/// (which the grammar makes the natural ones, except in two of its quirks: a GDTI whose serial does
/// not start with a dot loses its first character, and a GRAI or GRAI/GDTI/SGCN pattern with a
/// 12-digit company prefix needs a third dot, which a GRAI then keeps in front of its serial).
struct EPCURNBody {
    private let bytes: [UInt8]

    init(_ body: ArraySlice<UInt8>) { bytes = Array(body) }

    // MARK: schemes

    /// A pure-identity URN (`urn:epc:id:<scheme>:…`).
    func identity(_ scheme: String) -> String? {
        switch scheme {
        case "sgtin":
            guard let key = key(total: 13), serial(from: key.end + 1, max: 20, separated: true) else { return nil }
            return DigitalLink.base + "01/" + gtin(key) + "/21/" + DigitalLink.webEscaped(tail(15))
        case "sscc":
            guard let key = key(total: 17), key.end == bytes.count else { return nil }
            let extensionDigit = bytes[key.reference.lowerBound]
            let body = [extensionDigit] + bytes[key.prefix] + bytes[(key.reference.lowerBound + 1)...]
            return DigitalLink.base + "00/" + DigitalLink.withCheckDigit(body)
        case "sgln":
            guard let key = key(total: 12), serial(from: key.end + 1, max: 20, separated: true) else { return nil }
            let gln = DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
            let ext = tail(14)
            return DigitalLink.base + "414/" + gln
                + (ext.elementsEqual("0".utf8) ? "" : "/254/" + DigitalLink.webEscaped(ext))
        case "grai":
            guard let key = key(total: 12, extraDot: true), serial(from: key.end + 1, max: 16, separated: true) else {
                return nil
            }
            return DigitalLink.base + "8003/"
                + DigitalLink.withCheckDigit([UInt8(ascii: "0")] + bytes[key.prefix] + bytes[key.reference])
                + DigitalLink.webEscaped(tail(14))
        case "giai", "ginc":
            guard let prefix = companyPrefix(),
                serial(from: prefix.upperBound + 1, max: 30 - prefix.count, separated: false)
            else { return nil }
            let ai = scheme == "giai" ? "8004/" : "401/"
            return DigitalLink.base + ai + String(decoding: bytes[prefix], as: UTF8.self)
                + DigitalLink.webEscaped(bytes[(prefix.upperBound + 1)...])
        case "gsrn", "gsrnp":
            guard let key = key(total: 17), key.end == bytes.count else { return nil }
            return DigitalLink.base + (scheme == "gsrn" ? "8018/" : "8017/")
                + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
        case "gdti":
            // No dot of its own before the serial: a serial written `.PO-4711` is read from after its dot.
            guard let key = key(total: 12, extraDot: true), serial(from: key.end, max: 20, separated: false) else {
                return nil
            }
            return DigitalLink.base + "253/" + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
                + DigitalLink.webEscaped(tail(14))
        case "cpi":
            guard let parts = componentPart(), digitRun(from: parts.end + 1, to: bytes.count, min: 1, max: 12) else {
                return nil
            }
            let dot = parts.end
            return DigitalLink.base + "8010/" + DigitalLink.webEscaped(bytes[parts.prefix] + bytes[parts.reference])
                + "/8011/" + String(decoding: bytes[(dot + 1)...], as: UTF8.self)
        case "sgcn":
            guard let key = key(total: 12), key.end < bytes.count, bytes[key.end] == UInt8(ascii: "."),
                digitRun(from: key.end + 1, to: bytes.count, min: 1, max: 12)
            else { return nil }
            return DigitalLink.base + "255/" + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
                + String(decoding: tail(14), as: UTF8.self)
        case "gsin":
            guard let key = key(total: 16), key.end == bytes.count else { return nil }
            return DigitalLink.base + "402/" + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
        case "itip":
            guard let key = key(total: 13), let end = pieceAndTotal(after: key.end),
                serial(from: end + 1, max: 20, separated: true)
            else { return nil }
            return DigitalLink.base + "8006/" + gtin(key)
                + String(decoding: bytes[15..<17] + bytes[18..<20], as: UTF8.self)
                + "/21/" + DigitalLink.webEscaped(tail(21))
        case "upui":
            guard let key = key(total: 13), serial(from: key.end + 1, max: 28, separated: true) else { return nil }
            return DigitalLink.base + "01/" + gtin(key) + "/235/" + DigitalLink.webEscaped(tail(15))
        case "pgln":
            guard let key = key(total: 12), key.end == bytes.count else { return nil }
            return DigitalLink.base + "417/" + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
        default:
            return nil
        }
    }

    /// A class URN `urn:epc:class:lgtin:…`: the GTIN with its lot.
    func lgtin() -> String? {
        guard let key = key(total: 13), serial(from: key.end + 1, max: 20, separated: true) else { return nil }
        return DigitalLink.base + "01/" + gtin(key) + "/10/" + DigitalLink.webEscaped(tail(15))
    }

    /// A pattern URN `urn:epc:idpat:<scheme>:….*`: the identifier the pattern's fixed part names.
    func pattern(_ scheme: String) -> String? {
        switch scheme {
        case "sgtin", "upui":
            guard let key = key(total: 13), endsWithWildcard(at: key.end) else { return nil }
            return DigitalLink.base + "01/" + gtin(key)
        case "grai":
            guard let key = key(total: 12, extraDot: true), endsWithWildcard(at: key.end) else { return nil }
            return DigitalLink.base + "8003/"
                + DigitalLink.withCheckDigit([UInt8(ascii: "0")] + bytes[key.prefix] + bytes[key.reference])
        case "gdti", "sgcn":
            guard let key = key(total: 12, extraDot: true), endsWithWildcard(at: key.end) else { return nil }
            return DigitalLink.base + (scheme == "gdti" ? "253/" : "255/")
                + DigitalLink.withCheckDigit(bytes[key.prefix] + bytes[key.reference])
        case "cpi":
            guard let parts = componentPart(), endsWithWildcard(at: parts.end) else { return nil }
            return DigitalLink.base + "8010/" + DigitalLink.webEscaped(bytes[parts.prefix] + bytes[parts.reference])
        case "itip":
            guard let key = key(total: 13), let end = pieceAndTotal(after: key.end), endsWithWildcard(at: end) else {
                return nil
            }
            return DigitalLink.base + "8006/" + gtin(key)
                + String(decoding: bytes[15..<17] + bytes[18..<20], as: UTF8.self)
        default:
            return nil
        }
    }

    // MARK: grammar

    /// The GS1 company prefix: the 6 to 12 digits before the first dot.
    private func companyPrefix() -> Range<Int>? {
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), (6...12).contains(dot),
            bytes[..<dot].allSatisfy(Self.isDigit)
        else { return nil }
        return 0..<dot
    }

    /// A company prefix, a dot and a reference of `total` digits in all; `end` is the index after it.
    /// `extraDot`: with a 12-digit prefix (so an empty reference), the grammar reads two dots.
    private func key(total: Int, extraDot: Bool = false) -> (prefix: Range<Int>, reference: Range<Int>, end: Int)? {
        guard let prefix = companyPrefix() else { return nil }
        let start = prefix.upperBound + 1
        let end = start + total - prefix.count
        guard end <= bytes.count, bytes[start..<end].allSatisfy(Self.isDigit) else { return nil }
        if extraDot && prefix.count == 12 {
            guard end < bytes.count, bytes[end] == UInt8(ascii: ".") else { return nil }
            return (prefix, start..<end, end + 1)
        }
        return (prefix, start..<end, end)
    }

    /// A CPI's company prefix and component/part reference (1 to 30 − prefix characters of its own
    /// alphabet), which a dot must follow; `end` is the index of that dot.
    private func componentPart() -> (prefix: Range<Int>, reference: Range<Int>, end: Int)? {
        guard let prefix = companyPrefix() else { return nil }
        var index = prefix.upperBound + 1
        var units = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
            guard let width = Self.componentUnit(bytes, at: index) else { return nil }
            index += width
            units += 1
        }
        guard index < bytes.count, (1...(30 - prefix.count)).contains(units) else { return nil }
        return (prefix, (prefix.upperBound + 1)..<index, index)
    }

    /// `start` is a dot followed by the serial's characters up to the end (or, with `separated` false,
    /// the serial starts at `start`): 1 to `max` of them, an escape counting as one.
    private func serial(from start: Int, max: Int, separated: Bool) -> Bool {
        var index = start
        if separated {
            guard index - 1 < bytes.count, index - 1 >= 0, bytes[index - 1] == UInt8(ascii: ".") else { return false }
        }
        var units = 0
        while index < bytes.count {
            guard let width = Self.serialUnit(bytes, at: index) else { return false }
            index += width
            units += 1
        }
        return (1...max).contains(units)
    }

    /// An ITIP's `.pp.tt` piece and total after the GTIN part; the index after them.
    private func pieceAndTotal(after start: Int) -> Int? {
        guard start + 6 <= bytes.count, bytes[start] == UInt8(ascii: "."), bytes[start + 3] == UInt8(ascii: "."),
            [1, 2, 4, 5].allSatisfy({ Self.isDigit(bytes[start + $0]) })
        else { return nil }
        return start + 6
    }

    private func endsWithWildcard(at index: Int) -> Bool {
        index + 2 == bytes.count && bytes[index] == UInt8(ascii: ".") && bytes[index + 1] == UInt8(ascii: "*")
    }

    private func digitRun(from start: Int, to end: Int, min: Int, max: Int) -> Bool {
        (min...max).contains(end - start) && bytes[start..<end].allSatisfy(Self.isDigit)
    }

    /// The GTIN-14: the reference's first digit (the indicator), the company prefix, the rest of the
    /// reference and the check digit.
    private func gtin(_ key: (prefix: Range<Int>, reference: Range<Int>, end: Int)) -> String {
        let reference = bytes[key.reference]
        return DigitalLink.withCheckDigit(reference.prefix(1) + bytes[key.prefix] + reference.dropFirst())
    }

    /// The bytes from `offset` to the end (empty past the end).
    private func tail(_ offset: Int) -> ArraySlice<UInt8> {
        offset < bytes.count ? bytes[offset...] : []
    }

    // MARK: alphabets

    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// The width (1 or 3) of the serial character or escape at `index`, or `nil`. Serials allow
    /// `A–Z a–z 0–9 ! ' ( ) * + , - . : ; = _` and escapes of the other printable characters.
    static func serialUnit(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "%") {
            guard index + 2 < bytes.count else { return nil }
            let high = bytes[index + 1]
            let low = bytes[index + 2]
            let allowed: Bool
            switch high {
            case UInt8(ascii: "2"): allowed = "125689ABCDEFabcdef7".utf8.contains(low)
            case UInt8(ascii: "3"): allowed = isDigit(low) || "ABCDEFabcdef".utf8.contains(low)
            case UInt8(ascii: "4"), UInt8(ascii: "6"):
                allowed = (49...57).contains(low) || "ABCDEFabcdef".utf8.contains(low)
            case UInt8(ascii: "5"): allowed = isDigit(low) || "AaFf".utf8.contains(low)
            case UInt8(ascii: "7"): allowed = isDigit(low) || "Aa".utf8.contains(low)
            default: allowed = false
            }
            return allowed ? 3 : nil
        }
        let plain =
            isDigit(byte) || (65...90).contains(byte) || (97...122).contains(byte)
            || "!'()*+,-.:;=_".utf8.contains(byte)
        return plain ? 1 : nil
    }

    /// The width of the CPI component/part character or escape at `index`: `0–9 A–Z -` and the
    /// escapes of `# / 0–9 A–Z -`.
    static func componentUnit(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "%") {
            guard index + 2 < bytes.count else { return nil }
            let high = bytes[index + 1]
            let low = bytes[index + 2]
            let allowed: Bool
            switch high {
            case UInt8(ascii: "2"): allowed = "3dfDF".utf8.contains(low)
            case UInt8(ascii: "3"): allowed = isDigit(low)
            case UInt8(ascii: "4"): allowed = (49...57).contains(low) || "ABCDEFabcdef".utf8.contains(low)
            case UInt8(ascii: "5"): allowed = isDigit(low) || "Aa".utf8.contains(low)
            default: allowed = false
            }
            return allowed ? 3 : nil
        }
        return isDigit(byte) || (65...90).contains(byte) || byte == UInt8(ascii: "-") ? 1 : nil
    }
}
