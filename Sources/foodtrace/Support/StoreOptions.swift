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

    func open(readOnly: Bool = false) throws -> TraceStore {
        do {
            return try TraceStore.open(path: path, readOnly: readOnly, logger: Self.logger)
        } catch {
            throw CLIError.input("\(error)")
        }
    }
}

/// Output formats for reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
