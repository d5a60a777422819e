import ArgumentParser
import Foundation
import Logging
import TraceModel
import TraceStore
import TraceStorePostgres

/// The `--store` option every command that reads or writes a store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a SQLite file, or a PostgreSQL database as postgres://USER@/DATABASE?host=SOCKET-DIRECTORY.",
            discussion: "Default: $FOODTRACE_STORE, else ./foodtrace.sqlite."))
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
                throw CLIError.input(.badWait(text))
            }
            seconds = value
        }
        return StoreWait(seconds: seconds, onWait: { Console.error("foodtrace: " + OutputLanguage.text($0)) })
    }

    /// Whether the store is a PostgreSQL database (a `postgres://` URL).
    var isPostgres: Bool { PostgresLocation.isPostgres(path) }

    /// The store's ledger (records, ingest, verify), on either engine.
    func openLedger(readOnly: Bool = false) throws -> any RecordLedger {
        try Self.openLedger(path, readOnly: readOnly)
    }

    /// The ledger of the store at `path` (a file or a `postgres://` URL).
    static func openLedger(_ path: String, readOnly: Bool = false) throws -> any RecordLedger {
        do {
            guard PostgresLocation.isPostgres(path) else {
                return try TraceStore.open(path: path, readOnly: readOnly, logger: logger, wait: try wait()).ledger
            }
            return try PostgresStore.open(try PostgresLocation(path), readOnly: readOnly, logger: logger)
        } catch {
            throw CLIError(classifying: error)
        }
    }

    /// The store's graph (traces, mass balance, records by id), on either engine, opened read-only.
    func openGraph() throws -> any GraphStore {
        guard isPostgres else { return try open(readOnly: true) }
        do {
            return try PostgresStore.open(try PostgresLocation(path), readOnly: true, logger: Self.logger)
        } catch {
            throw CLIError(classifying: error)
        }
    }

    /// The commands that read a PostgreSQL store as well as SQLite ones.
    static let postgresReaders = [
        "init", "ingest", "export records", "verify", "store copy", "trace", "balance", "show",
    ]

    /// The SQLite store `--store` names. A PostgreSQL store is refused with the commands that do not read one:
    /// audits, reports, recalls, the till and the hub read SQLite stores only so far.
    func open(readOnly: Bool = false) throws -> TraceStore {
        if isPostgres {
            throw CLIError.input(
                Message.Interchange.postgresNotHere(
                    (try? PostgresLocation(path).description) ?? path, readers: Self.postgresReaders)
            )
        }
        let wait = try Self.wait()
        do {
            return try TraceStore.open(path: path, readOnly: readOnly, logger: Self.logger, wait: wait)
        } catch {
            throw CLIError(classifying: error)
        }
    }
}

/// Output formats for reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
