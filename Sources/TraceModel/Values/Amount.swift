/// An exact non-negative decimal with up to six fraction digits, kept as an integer count of millionths.
///
/// Records never carry floating-point numbers: quantities and prices are decimal strings such as
/// `"1.25"`, read and written exactly. The largest value is 999 999 999 999.999999.
public struct Amount: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The value in millionths.
    public var micros: Int64

    public static let scale: Int64 = 1_000_000
    public static let zero = Amount(micros: 0)
    public static let maxIntegerDigits = 12

    public init(micros: Int64) { self.micros = micros }

    /// A whole number.
    public init(_ integer: Int) { self.micros = Int64(integer) * Amount.scale }

    /// Parses the record form: digits, an optional point and one to six digits; no sign, exponent,
    /// leading zeros or trailing fraction zeros — one text per value, so a signed record has one form.
    public init?(_ text: some StringProtocol) {
        // In place when the text is stored contiguously (a String or Substring is), else copied.
        let micros =
            text.utf8.withContiguousStorageIfAvailable(Amount.micros(of:))
            ?? Array(text.utf8).withUnsafeBufferPointer(Amount.micros(of:))
        guard let micros else { return nil }
        self.micros = micros
    }

    /// The value of the record form in `utf8`, in millionths; `nil` when it is not that form.
    private static func micros(of utf8: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !utf8.isEmpty, utf8.count <= Amount.maxIntegerDigits + 7 else { return nil }
        let point = utf8.firstIndex(of: UInt8(ascii: "."))
        let integerPart = utf8[..<(point ?? utf8.count)]
        let fractionPart = utf8[(point.map { $0 + 1 } ?? utf8.count)...]
        guard !integerPart.isEmpty, integerPart.count <= Amount.maxIntegerDigits,
            integerPart.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            integerPart.count == 1 || integerPart.first != UInt8(ascii: "0"),
            point == nil || (1...6).contains(fractionPart.count),
            fractionPart.last != UInt8(ascii: "0"),
            fractionPart.allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        var value: Int64 = 0
        for digit in integerPart { value = value * 10 + Int64(digit - 48) }
        var fraction: Int64 = 0
        for digit in fractionPart { fraction = fraction * 10 + Int64(digit - 48) }
        for _ in fractionPart.count..<6 { fraction *= 10 }
        return value * Amount.scale + fraction
    }

    /// Parses what a person types (`32.00`, `1.50`): trailing fraction zeros and a bare point are dropped.
    public init?(userInput text: String) {
        var trimmed = Substring(text)
        if trimmed.contains(".") {
            while trimmed.last == "0" { trimmed = trimmed.dropLast() }
            if trimmed.last == "." { trimmed = trimmed.dropLast() }
        }
        self.init(trimmed)
    }

    /// The shortest exact decimal text: no trailing fraction zeros, no point for whole numbers.
    public var description: String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        let whole = magnitude / UInt64(Amount.scale)
        var fraction = magnitude % UInt64(Amount.scale)
        guard fraction != 0 else { return sign + String(whole) }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// The text with exactly `places` fraction digits (rounded half up), for display such as prices.
    public func formatted(places: Int) -> String {
        precondition((0...6).contains(places))
        var step: Int64 = 1
        for _ in places..<6 { step *= 10 }
        let rounded = (micros.magnitude + UInt64(step / 2)) / UInt64(step)
        let unit = UInt64(Amount.scale / step)
        let sign = micros < 0 ? "-" : ""
        guard places > 0 else { return sign + String(rounded) }
        let fraction = String(rounded % unit)
        return sign + String(rounded / unit) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.micros < rhs.micros }
    public static func + (lhs: Amount, rhs: Amount) -> Amount { Amount(micros: lhs.micros + rhs.micros) }
    public static func - (lhs: Amount, rhs: Amount) -> Amount { Amount(micros: lhs.micros - rhs.micros) }
    public static func += (lhs: inout Amount, rhs: Amount) { lhs.micros += rhs.micros }
    public static func -= (lhs: inout Amount, rhs: Amount) { lhs.micros -= rhs.micros }

    /// A sum of amounts kept in 128 bits (millionths), written as an amount is (`"1.25"`, `"32"`), exactly: sums of
    /// stored quantities are added in 128 bits, since signed records may carry the largest amount many times over.
    public static func text(micros: Int128) -> String {
        let magnitude = micros.magnitude
        let whole = magnitude / UInt128(Amount.scale)
        var fraction = String(magnitude % UInt128(Amount.scale))
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (micros < 0 ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The largest magnitude an amount can be written with: 999 999 999 999.999999.
    static let maxMicros: Int64 = 999_999_999_999_999_999

    /// `self × other`, rounded half up (half away from zero for negatives) to six places, e.g.
    /// weight × unit price; `nil` when the result is beyond the largest amount.
    public func multiplied(by other: Amount) -> Amount? {
        // Two 64-bit factors always fit in 128 bits; round on the magnitude, then restore the sign.
        let product = Int128(micros) * Int128(other.micros)
        let rounded = (product.magnitude + UInt128(Amount.scale / 2)) / UInt128(Amount.scale)
        guard rounded <= UInt128(Amount.maxMicros) else { return nil }
        let magnitude = Int64(rounded)
        return Amount(micros: product < 0 ? -magnitude : magnitude)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let amount = Amount(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "\"\(text)\" is not an exact decimal in its one written form (digits, optional point and 1-6 digits without trailing zeros, e.g. \"1.25\", \"32\")"
            )
        }
        self = amount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
