import Foundation
import Testing

/// What one run of `foodtrace` did.
struct CLIResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// The `foodtrace` executable under test.
///
/// Found, in this order: `$FOODTRACE_BIN`; else beside this test bundle's resource bundle, which SwiftPM
/// puts in the build products directory (`.build/<triple>/debug/`) next to the executables it built — the
/// test target depends on the `foodtrace` target, so `swift test` builds it first. Looking beside the
/// bundle (rather than at a fixed `.build` path) keeps working with `--scratch-path` and in release builds.
enum FoodtraceBinary {
    struct Missing: Error, CustomStringConvertible {
        let looked: String
        var description: String {
            "no foodtrace executable at \(looked): build it (swift build --product foodtrace) or set FOODTRACE_BIN"
        }
    }

    static func url() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["FOODTRACE_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidate = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("foodtrace")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw Missing(looked: candidate.path)
        }
        return candidate
    }
}

/// A temporary working directory in which the tests run `foodtrace`, removed when released.
///
/// Every run gets a clean, fixed environment: the store is `./foodtrace.sqlite` (no `FOODTRACE_STORE`),
/// `FOODTRACE_NOW` is fixed (so ingest times and default record times are reproducible), `TZ` is unset
/// (the CLI then writes +08:00) and `COLUMNS=100` (argument-parser's help layout).
final class Workspace {
    static let defaultNow = "2026-11-28T12:00:00+08:00"

    let path: String
    private var runs = 0
    /// `FOODTRACE_LANG` for every run (unset: the default, Chinese). Tests of what a message says rather than of its
    /// language set `en`.
    var language: String?

    init() throws {
        path = NSTemporaryDirectory() + "foodtrace-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: file(name)))) }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    /// The permission bits of a file (e.g. 0o600).
    func mode(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Runs `foodtrace ARGS` here, with `stdin` as standard input, and waits for it.
    ///
    /// Output goes to files rather than pipes, so a large output cannot block the child.
    @discardableResult
    func run(
        _ arguments: [String], stdin: String? = nil, now: String = Workspace.defaultNow,
        environment extra: [String: String] = [:]
    ) throws -> CLIResult {
        try runTool(try FoodtraceBinary.url().path, arguments, stdin: stdin, now: now, environment: extra)
    }

    /// Runs `executable ARGS` here in the same clean, fixed environment as `foodtrace` (e.g. `script`, `python3`).
    @discardableResult
    func runTool(
        _ executable: String, _ arguments: [String], stdin: String? = nil, now: String = Workspace.defaultNow,
        environment extra: [String: String] = [:]
    ) throws -> CLIResult {
        runs += 1
        let out = file(".run\(runs).out")
        let err = file(".run\(runs).err")
        let input = file(".run\(runs).in")
        for (name, contents) in [(input, Data((stdin ?? "").utf8)), (out, Data()), (err, Data())] {
            try contents.write(to: URL(fileURLWithPath: name))
        }
        defer { for name in [out, err, input] { try? FileManager.default.removeItem(atPath: name) } }

        let process = Foundation.Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        var environment = ProcessInfo.processInfo.environment
        for name in ["FOODTRACE_STORE", "FOODTRACE_LOG", "FOODTRACE_LANG", "TZ"] { environment[name] = nil }
        environment["FOODTRACE_NOW"] = now
        environment["COLUMNS"] = "100"
        if let language { environment["FOODTRACE_LANG"] = language }
        environment.merge(extra) { $1 }
        process.environment = environment
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        let inHandle = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        try inHandle.close()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self))
    }

    /// Runs `foodtrace ARGS` and requires exit 0.
    @discardableResult
    func ok(
        _ arguments: [String], stdin: String? = nil, now: String = Workspace.defaultNow,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIResult {
        let result = try run(arguments, stdin: stdin, now: now)
        try #require(
            result.status == 0, "foodtrace \(arguments.joined(separator: " ")): \(result)",
            sourceLocation: sourceLocation)
        return result
    }

    /// The store's records as exported (one signed record per line), to compare a store before and after.
    func exported(store: String = "foodtrace.sqlite") throws -> String {
        try ok(["export", "records", "--store", store]).stdout
    }
}
