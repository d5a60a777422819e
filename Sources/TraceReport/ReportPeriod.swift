import TraceModel

/// A calendar month in China Standard Time (UTC+8, the time of the records), e.g. `2026-11`.
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// The month `text` names (`YYYY-MM`, month 01–12), else `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), year >= 2000
        else { return nil }
        self.year = year
        self.month = month
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// The first instant of the month, `YYYY-MM-01T00:00:00+08:00`.
    public var start: Timestamp { Self.firstInstant(year: year, month: month) }

    /// The first instant of the next month (the end, exclusive).
    public var end: Timestamp {
        month == 12 ? Self.firstInstant(year: year + 1, month: 1) : Self.firstInstant(year: year, month: month + 1)
    }

    private static func firstInstant(year: Int, month: Int) -> Timestamp {
        let text = "\(year)-\(month < 10 ? "0" : "")\(month)-01T00:00:00+08:00"
        guard let timestamp = Timestamp(text) else { preconditionFailure("a valid month start \(text)") }
        return timestamp
    }
}
