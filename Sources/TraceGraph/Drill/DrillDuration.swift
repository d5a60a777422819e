import TraceModel

/// Durations as people write them: `4 h`, `90 min`, `1.2 s`, `35 ms`.
public enum DrillDuration {
    public static func text(milliseconds: Int64) -> String {
        if milliseconds >= 3_600_000, milliseconds % 3_600_000 == 0 { return "\(milliseconds / 3_600_000) h" }
        if milliseconds >= 60_000, milliseconds % 60_000 == 0 { return "\(milliseconds / 60_000) min" }
        if milliseconds >= 1000 { return Amount(micros: milliseconds * 1000).formatted(places: 1) + " s" }
        return "\(milliseconds) ms"
    }

    /// Parses `4h`, `90m`, `30s`, `1500ms`, `1h30m` or a bare number of hours; `nil` when malformed, zero, or too
    /// long to count in milliseconds.
    public static func parse(_ text: String) -> Int64? {
        let trimmed = text.filter { $0 != " " }.lowercased()
        if let hours = Int64(trimmed), hours > 0 {
            let (milliseconds, overflow) = hours.multipliedReportingOverflow(by: 3_600_000)
            return overflow ? nil : milliseconds
        }
        var total: Int64 = 0
        var number = ""
        var rest = Substring(trimmed)
        guard !rest.isEmpty else { return nil }
        while let first = rest.first {
            if first.isASCII, first.isNumber {
                number.append(first)
                rest = rest.dropFirst()
                continue
            }
            guard let value = Int64(number) else { return nil }
            let unit: Int64
            if rest.hasPrefix("ms") {
                unit = 1
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("h") {
                unit = 3_600_000
                rest = rest.dropFirst()
            } else if rest.hasPrefix("min") {
                unit = 60_000
                rest = rest.dropFirst(3)
            } else if rest.hasPrefix("m") {
                unit = 60_000
                rest = rest.dropFirst()
            } else if rest.hasPrefix("s") {
                unit = 1000
                rest = rest.dropFirst()
            } else {
                return nil
            }
            let (part, overflowed) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflowedSum) = total.addingReportingOverflow(part)
            guard !overflowed, !overflowedSum else { return nil }
            total = sum
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        return total
    }
}
