import TraceModel

/// Quantities in lot units: a batch's own quantity times how many lot units one of its units holds.
///
/// Conversions through transforms divide by actual yields, so lot units are carried as `Double`; whether the
/// lot balances is decided exactly, in each batch's own unit (millionths), never from these sums.
///
/// Sums of millionths are added in 128 bits: signed records may carry the largest amount many times over, and
/// a 64-bit sum would trap. A figure beyond 64 bits is shown clamped (only absurd quantities get there).
enum LotUnits {
    /// Millionths of a unit as a `Double` number of units.
    static func units(_ micros: Int64) -> Double { Double(micros) / Double(Amount.scale) }

    /// A 128-bit sum of millionths as a `Double` number of units.
    static func units(_ micros: Int128) -> Double { Double(micros) / Double(Amount.scale) }

    /// A 128-bit sum of millionths as an amount, clamped to 64 bits.
    static func amount(_ micros: Int128) -> Amount { Amount(micros: Int64(clamping: micros)) }

    /// A lot-unit quantity as exact decimal text, rounded to millionths (clamped to 64 bits of millionths).
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * Double(Amount.scale)).rounded()
        return Amount(micros: Int64(exactly: scaled) ?? (scaled < 0 ? .min : .max)).description
    }

    /// `part ÷ whole × 100` with two places, never shown as 100 unless `exact`.
    static func percent(_ part: Double, of whole: Double, exact: Bool) -> String {
        if exact { return "100" }
        guard whole > 0 else { return "0" }
        // Clamped while still a `Double`, so a ratio of huge (or tiny) figures cannot trap on conversion.
        let hundredths = min(9_999, max(0, (part / whole * 10_000 + 1e-6).rounded(.down)))
        return Amount(micros: Int64(hundredths) * 10_000).formatted(places: 2)
    }
}
