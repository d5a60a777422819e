/// The exit codes of `foodtrace`, one meaning each (README, "Exit codes").
enum ExitStatus: Int32, CaseIterable {
    /// Done; every check passed.
    case ok = 0
    /// A check failed or findings were reported (verify, trace, balance, audit, a drill, a log's consistency).
    case failed = 1
    /// Bad input: an argument, file, record or environment variable was refused; nothing was changed.
    case badInput = 2
    /// A hub could not be reached (push, pull, log commands) after the retries.
    case unreachable = 3
    /// An internal or environment error: the store could not be read or written (SQLite), a stored value is one this
    /// version cannot read, the file system failed (a full disk, an I/O error), or FoodTrace itself failed. A write
    /// that failed was rolled back.
    case `internal` = 4
}
