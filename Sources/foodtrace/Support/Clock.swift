import Foundation
import TraceModel

/// The CLI's clock: the system time, or `FOODTRACE_NOW` (an RFC 3339 time with an offset) for reproducible runs.
///
/// A `FOODTRACE_NOW` that is set but is not such a time is refused (exit 2) before any command runs: a script that
/// meant to fix the clock never runs on the wall clock by mistake. An empty value counts as unset.
enum Clock {
    /// The refusal of the environment's `FOODTRACE_NOW`, or `nil` when it is unset, empty or a time.
    static func refusal(_ environment: [String: String]) -> CLIError? {
        guard let fixed = environment["FOODTRACE_NOW"], !fixed.isEmpty, Timestamp(fixed) == nil else { return nil }
        return CLIError.input(.badFixedClock(fixed))
    }

    static func now() throws(CLIError) -> Timestamp {
        if let fixed = ProcessInfo.processInfo.environment["FOODTRACE_NOW"], !fixed.isEmpty {
            guard let time = Timestamp(fixed) else { throw CLIError.input(.badFixedClock(fixed)) }
            return time
        }
        let milliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        return Timestamp(epochMilliseconds: milliseconds, offsetMinutes: localOffsetMinutes)
    }

    /// ``now()`` in milliseconds since 1970.
    static func nowMilliseconds() throws(CLIError) -> Int64 { try now().epochMilliseconds }

    /// A clock to read again during long work (a pull's pages): `FOODTRACE_NOW`, checked once here, or the system
    /// time at each call.
    static func reading() throws(CLIError) -> @Sendable () -> Int64 {
        if ProcessInfo.processInfo.environment["FOODTRACE_NOW"]?.isEmpty == false {
            let fixed = try nowMilliseconds()
            return { fixed }
        }
        return { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }
    }

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
