import ArgumentParser
import Foundation
import Logging
import TraceStore

/// The `--store` option every command that reads or writes a store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The store file.", discussion: "Default: $FOODTRACE_STORE, else ./foodtrace.sqlite."))
    var store: String?

    var path: String { store ?? ProcessInfo.processInfo.environment["FOODTRACE_STORE"] ?? "foodtrace.sqlite" }

    /// The library logger: level from FOODTRACE_LOG (trace, debug, info, …), warnings only by default.
    static var logger: Logger {
        var logger = Logger(label: "foodtrace")
        logger.logLevel =
            ProcessInfo.processInfo.environment["FOODTRACE_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }

    /// How long to wait for another process's first load into the store: FOODTRACE_WAIT seconds (0 refuses at once),
    /// else ``StoreWait/defaultSeconds``; the wait is announced on standard error.
    static func wait() throws -> StoreWait {
        var seconds = StoreWait.defaultSeconds
        if let text = ProcessInfo.processInfo.environment["FOODTRACE_WAIT"], !text.isEmpty {
            guard let value = Double(text), value >= 0, value.isFinite else {
                throw CLIError.input("FOODTRACE_WAIT=\(text): give a number of seconds (0 or more)")
            }
            seconds = value
        }
        return StoreWait(seconds: seconds, onWait: { Console.error("foodtrace: \($0)") })
    }

    func open(readOnly: Bool = false) throws -> TraceStore {
        let wait = try Self.wait()
        do {
            return try TraceStore.open(path: path, readOnly: readOnly, logger: Self.logger, wait: wait)
        } catch {
            throw CLIError.input("\(error)")
        }
    }
}

/// Output formats for reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
