import ArgumentParser
import Foundation
import Logging
import TraceCrypto
import TraceServer
import TraceStore

/// `foodtrace-hub`: serves a store over HTTP. `foodtrace serve` runs it (it sits beside `foodtrace`).
@main
struct FoodTraceHub: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foodtrace-hub",
        abstract: "Serve a FoodTrace store as a hub: push and pull records, trace, slips, audits, EPCIS discovery.",
        discussion: """
            Exit codes: 2 bad options or no store to serve; 4 the store could not be read (SQLite). Stops gracefully on \
            SIGTERM or SIGINT (requests in flight finish). Logs go to standard error, one line per \
            request with its id. The API is described at /openapi.json (schemas/hub-openapi.json).
            """,
        version: "0.1.0")

    @Option(help: "The store to serve (default: FOODTRACE_STORE, else ./foodtrace.sqlite).") var store: String?
    @Option(help: ArgumentHelp("Address and port to listen on (port 0: any free port).", valueName: "host:port"))
    var listen = "127.0.0.1:8080"
    @Option(help: ArgumentHelp("Write the port listened on to this file once listening.", valueName: "file"))
    var portFile: String?
    @Option(help: "The largest request body, in bytes (compressed size).") var maxBody = 32 << 20
    @Option(help: "Requests per second per caller address (0: no limit).") var rate: Double = 200
    @Option(help: "Requests a caller may make at once above the rate.") var burst: Double = 400
    @Option(help: "Close a connection idle for this many seconds.") var idleTimeout: Int64 = 30
    @Option(help: "trace, debug, info, notice, warning or error.") var logLevel = "info"
    @Option(
        help: ArgumentHelp(
            "The key the hub signs its tree heads with (made, Ed25519, when missing; default: STORE.log.key).",
            valueName: "file"))
    var logKey: String?
    @Option(help: "Sign a tree head over the records accepted since the last one every this many seconds.")
    var logInterval: Double = 10
    @Option(
        help: ArgumentHelp(
            "The regulator's trust bundle (foodtrace trust export) the slip page at /s checks slips against; re-read on each request.",
            valueName: "file"))
    var slipBundle: String?
    @Option(
        help: ArgumentHelp(
            "The folder of recall drill reports (JSON) the console links stored drills to; POST /drills/reports adds to it (default: STORE.drill-reports).",
            valueName: "dir"))
    var drillReports: String?

    func run() async throws {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
            (0...65535).contains(port)
        else { throw ValidationError("--listen \(listen): use HOST:PORT, e.g. 127.0.0.1:8080") }
        let host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("--log-level \(logLevel): use trace, debug, info, notice, warning or error")
        }
        let path = store ?? ProcessInfo.processInfo.environment["FOODTRACE_STORE"] ?? "foodtrace.sqlite"
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "foodtrace.hub")
        let opened: TraceStore
        do { opened = try TraceStore.open(path: path, logger: Logger(label: "foodtrace.store")) } catch {
            FileHandle.standardError.write(Data("foodtrace-hub: \(error.message)\n".utf8))
            throw Self.exitCode(error)
        }
        guard logInterval > 0 else {
            throw ValidationError("--log-interval \(logInterval): use a number of seconds > 0")
        }
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        let log: HubLog
        do {
            log = try HubLog(store: opened, key: try HubLog.key(at: logKey ?? path + ".log.key"), now: now)
        } catch {
            FileHandle.standardError.write(Data("foodtrace-hub: the transparency log: \(error)\n".utf8))
            throw (error as? StoreError).map(Self.exitCode) ?? ExitCode(2)
        }
        let configuration = HubConfiguration(
            host: host, port: port, storePath: path, maxBodyBytes: maxBody, ratePerSecond: rate, rateBurst: burst,
            idleTimeoutSeconds: idleTimeout, portFile: portFile, logIntervalMilliseconds: Int64(logInterval * 1000),
            slipBundlePath: slipBundle, drillReportsPath: drillReports ?? path + ".drill-reports")
        try await HubServer.run(Hub(store: opened, configuration: configuration, logger: logger, log: log, now: now))
    }

    /// The exit code of a store that could not be served: 2 when it is not a store (or busy), 4 when SQLite failed or
    /// the store holds what this version cannot read (the codes of `foodtrace`, README "Exit codes").
    static func exitCode(_ error: StoreError) -> ExitCode {
        switch error.code {
        case .database, .corrupt, .caller: ExitCode(4)
        case .notAStore, .alreadyExists, .badInput, .chainMoved, .busy: ExitCode(2)
        }
    }
}
