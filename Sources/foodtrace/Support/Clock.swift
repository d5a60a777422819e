import Foundation
import TraceModel

/// The CLI's clock: the system time, or `FOODTRACE_NOW` (an RFC 3339 time) for reproducible runs.
enum Clock {
    static func now() throws -> Timestamp {
        if let fixed = ProcessInfo.processInfo.environment["FOODTRACE_NOW"] {
            guard let time = Timestamp(fixed) else {
                throw CLIError.input(.badFixedClock(fixed))
            }
            return time
        }
        let milliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        return Timestamp(epochMilliseconds: milliseconds, offsetMinutes: localOffsetMinutes)
    }

    static var nowMilliseconds: Int64 { (try? now().epochMilliseconds) ?? Int64(Date().timeIntervalSince1970 * 1000) }

    /// The local offset (China Standard Time, +08:00, unless TZ says otherwise).
    static var localOffsetMinutes: Int {
        if ProcessInfo.processInfo.environment["TZ"] == nil { return 480 }
        return TimeZone.current.secondsFromGMT() / 60
    }

    /// Parses a user-supplied time: RFC 3339 with offset, or a date `YYYY-MM-DD` (local midnight).
    static func parse(_ text: String, option: String) throws -> Timestamp {
        if let time = Timestamp(text) { return time }
        if text.count == 10, let time = Timestamp(text + "T00:00:00+08:00") { return time }
        throw CLIError.input(.notATime(option: option, value: text))
    }
}
