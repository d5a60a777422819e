import ArgumentParser
import TraceModel

/// `--since` and `--until`: a window of record times (what a record says it is dated, not when it was ingested),
/// shared by the commands that keep records by date.
struct TimeWindowOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only records dated at or after this time (2026-11-28 or an RFC 3339 time).", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Only records dated before this time.", valueName: "time"))
    var until: String?

    /// The window in epoch milliseconds, each end `nil` when not given; a window that does not end after it starts
    /// is refused (exit 2).
    func milliseconds() throws -> (from: Int64?, until: Int64?) {
        let from = try since.map { try Clock.parse($0, option: "--since").epochMilliseconds }
        let to = try until.map { try Clock.parse($0, option: "--until").epochMilliseconds }
        if let from, let to, from >= to, let since, let until {
            throw CLIError.input(.windowReversed(since: since, until: until))
        }
        return (from, to)
    }
}
