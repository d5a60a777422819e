import Foundation
import Testing

/// What one run of `foodtrace` did.
struct RunResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout.prefix(4000))--- stderr\n\(stderr.prefix(4000))" }
}

/// A temporary directory in which tests run `foodtrace`, removed when released.
///
/// Every run gets a fixed environment: no `FOODTRACE_STORE`, a fixed `FOODTRACE_NOW`, no `TZ` (the CLI
/// writes +08:00). Output goes to files, so a large output cannot block the child.
final class Sandbox: @unchecked Sendable {
    static let now = "2026-12-31T12:00:00+08:00"

    let path: String
    private let removeOnRelease: Bool
    private let lock = NSLock()
    private var runs = 0
    /// `FOODTRACE_LANG` for every run (`nil`: the default, Chinese). Tests of what a message says set `en`.
    let language: String?

    init(path: String? = nil, language: String? = nil) throws {
        self.language = language
        removeOnRelease = path == nil
        self.path = path ?? NSTemporaryDirectory() + "foodtrace-interop-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: self.path, withIntermediateDirectories: true)
    }

    deinit { if removeOnRelease { try? FileManager.default.removeItem(atPath: path) } }

    func file(_ name: String) -> String { name.hasPrefix("/") ? name : path + "/" + name }

    func read(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

    func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: file(name)))) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func copy(_ name: String, to target: String) throws {
        try? FileManager.default.removeItem(atPath: file(target))
        try FileManager.default.copyItem(atPath: file(name), toPath: file(target))
    }

    /// Runs `foodtrace ARGS` here and waits for it, its clock at `now` (``Sandbox/now`` unless a test needs the real one).
    @discardableResult
    func run(_ arguments: [String], now: String = Sandbox.now) throws -> RunResult {
        let n: Int = lock.withLock {
            runs += 1
            return runs
        }
        let out = file(".run\(n).out")
        let err = file(".run\(n).err")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        defer { for name in [out, err] { try? FileManager.default.removeItem(atPath: name) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FoodtraceBinary.path())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        var environment = ProcessInfo.processInfo.environment
        for name in ["FOODTRACE_STORE", "FOODTRACE_LOG", "FOODTRACE_LANG", "TZ"] { environment[name] = nil }
        environment["FOODTRACE_NOW"] = now
        if let language { environment["FOODTRACE_LANG"] = language }
        process.environment = environment
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return RunResult(status: process.terminationStatus, stdout: try read(out), stderr: try read(err))
    }

    /// Runs `foodtrace ARGS` and requires exit 0.
    @discardableResult
    func ok(_ arguments: [String], now: String = Sandbox.now, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> RunResult
    {
        let result = try run(arguments, now: now)
        try #require(
            result.status == 0, "foodtrace \(arguments.joined(separator: " ")): \(result)",
            sourceLocation: sourceLocation)
        return result
    }

    /// The store's records as `export records` writes them: the whole ledger, to compare before and after.
    func ledger(_ store: String) throws -> String {
        try ok(["export", "records", "--store", store]).stdout
    }

    /// `trace up|down CODE --format json` as parsed JSON (exit 1 says the trace is incomplete or a hop is flagged).
    func trace(_ direction: String, _ code: String, store: String) throws -> [String: Any] {
        let result = try run(["trace", direction, code, "--store", store, "--format", "json"])
        #expect([0, 1].contains(result.status), "\(result)")
        let output = result.stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }
}

/// Parses a JSON object printed by the CLI.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
        "not a JSON object: \(text.prefix(500))")
}
