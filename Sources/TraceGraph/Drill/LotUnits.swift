import TraceModel

/// Quantities in lot units: a batch's own quantity times how many lot units one of its units holds.
///
/// Conversions through transforms divide by actual yields, so lot units are carried as `Double`; whether the
/// lot balances is decided exactly, in each batch's own unit (millionths), never from these sums.
enum LotUnits {
    /// Millionths of a unit as a `Double` number of units.
    static func units(_ micros: Int64) -> Double { Double(micros) / Double(Amount.scale) }

    /// A lot-unit quantity as exact decimal text, rounded to millionths.
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return Amount(micros: Int64((value * Double(Amount.scale)).rounded())).description
    }

    /// `part ÷ whole × 100` with two places, never shown as 100 unless `exact`.
    static func percent(_ part: Double, of whole: Double, exact: Bool) -> String {
        if exact { return "100" }
        guard whole > 0 else { return "0" }
        var hundredths = Int64((part / whole * 10_000 + 1e-6).rounded(.down))
        if hundredths >= 10_000 { hundredths = 9_999 }
        if hundredths < 0 { hundredths = 0 }
        return Amount(micros: hundredths * 10_000).formatted(places: 2)
    }
}
