import TraceModel

/// Exact conversion of JSON number text to FoodTrace's ``Amount``.
enum ExactDecimal {
    /// The amount a JSON number denotes (`452.0`, `1250.5`, `1.2e3`), or `nil` when it is negative,
    /// has more than six fraction digits or more than twelve integer digits.
    static func amount(fromJSONNumber text: String) -> Amount? {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(mantissa[mantissa.index(after: e)...].drop { $0 == "+" }), abs(value) < 64 else {
                return nil
            }
            exponent = value
            mantissa = mantissa[..<e]
        }
        if mantissa.hasPrefix("-") {
            guard mantissa.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else { return nil }
            return .zero
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var point = parts[0].count + exponent
        if point < 0 {
            digits = String(repeating: "0", count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var integer = String(digits.prefix(point).drop { $0 == "0" })
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        return Amount(fraction.isEmpty ? integer : integer + "." + fraction)
    }
}
