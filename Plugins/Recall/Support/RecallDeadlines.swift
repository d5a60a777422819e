import TraceModel

/// The deadlines of 食品召回管理办法 (2015) by recall level.
///
/// Level 1 (serious health harm): start within 24 hours, finish within 10 working days; level 2: 48 hours and
/// 20 working days; level 3 (e.g. labelling): 72 hours and 30 working days. Both run from the notice time.
///
/// Working days are Monday to Friday in China Standard Time (+08:00), counted from the day after the notice;
/// the finish deadline is the end (24:00) of the last one. Public holidays and the weekend days worked in
/// their place (调休) are **not** modelled: around holidays the computed deadline can be early or late by the
/// holiday's length.
public enum RecallDeadlines {
    /// Hours to start the recall, by level (1, 2, 3).
    public static func startHours(level: Int) -> Int64 {
        switch level {
        case 1: return 24
        case 2: return 48
        default: return 72
        }
    }

    /// Working days to finish the recall, by level (1, 2, 3).
    public static func finishWorkingDays(level: Int) -> Int {
        switch level {
        case 1: return 10
        case 2: return 20
        default: return 30
        }
    }

    /// When the recall must have started (milliseconds since 1970).
    public static func start(level: Int, noticeAt: Int64) -> Int64 {
        noticeAt + startHours(level: level) * 3_600_000
    }

    /// When the recall must be finished: the end of the `n`th working day after the notice day (milliseconds).
    public static func finish(level: Int, noticeAt: Int64) -> Int64 {
        let offset: Int64 = 8 * 3_600_000
        let day: Int64 = 86_400_000
        let localDay = floorDivide(noticeAt + offset, day)
        var current = localDay
        var remaining = finishWorkingDays(level: level)
        while remaining > 0 {
            current += 1
            if isWorkingDay(current) { remaining -= 1 }
        }
        return (current + 1) * day - offset
    }

    /// Monday to Friday; `localDay` counts days since 1970-01-01 (a Thursday) in local time.
    static func isWorkingDay(_ localDay: Int64) -> Bool {
        let weekday = ((localDay + 3) % 7 + 7) % 7  // 0 = Monday … 6 = Sunday
        return weekday < 5
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
