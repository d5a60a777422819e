import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What one run of `foodtrace` did.
struct CLIResult: CustomStringConvertible {
    var status: Int32
    /// True when the run ended by a signal (SIGKILL from a crash test) rather than by exiting.
    var signalled: Bool
    var stdout: String
    var stderr: String

    var output: String { stdout + stderr }
    var description: String { "\(signalled ? "signal" : "exit") \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the `foodtrace` executable under test.
///
/// The binary is found as `Tests/CLITests` finds it: `$FOODTRACE_BIN`, else beside this test bundle's
/// resource bundle in the build products directory (the target depends on `foodtrace`, so `swift test`
/// builds it first), which keeps working with `--scratch-path`.
enum FoodtraceCLI {
    struct Missing: Error, CustomStringConvertible {
        let looked: String
        var description: String { "no foodtrace executable at \(looked): build it or set FOODTRACE_BIN" }
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

    /// The environment every run gets: fixed clock, no inherited store or log level, unless `extra` sets
    /// them (an empty value removes the variable: `["FOODTRACE_NOW": ""]` runs on the real clock).
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["FOODTRACE_STORE", "FOODTRACE_LOG", "TZ"] { environment[name] = nil }
        // After every record the fixtures date (the bad-input corpus's are of 2026-12-20): a store refuses records
        // dated after its clock.
        environment["FOODTRACE_NOW"] = "2026-12-31T12:00:00+08:00"
        environment["COLUMNS"] = "100"
        // These tests judge what a refusal names (line, field, phrase), not its language: the English messages.
        environment["FOODTRACE_LANG"] = "en"
        for (name, value) in extra { environment[name] = value.isEmpty ? nil : value }
        return environment
    }

    /// Starts `foodtrace ARGS` in `directory`; output goes to files there (a pipe could block the child).
    static func start(
        _ arguments: [String], in directory: String, stdin: [UInt8] = [], environment extra: [String: String] = [:]
    )
        throws -> Running
    {
        let tag = UUID().uuidString.prefix(8)
        let out = directory + "/.cli-\(tag).out"
        let err = directory + "/.cli-\(tag).err"
        let input = directory + "/.cli-\(tag).in"
        for (name, contents) in [(input, Data(stdin)), (out, Data()), (err, Data())] {
            try contents.write(to: URL(fileURLWithPath: name))
        }
        let process = Foundation.Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment(extra)
        let handles = (
            out: try FileHandle(forWritingTo: URL(fileURLWithPath: out)),
            err: try FileHandle(forWritingTo: URL(fileURLWithPath: err)),
            input: try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        )
        process.standardOutput = handles.out
        process.standardError = handles.err
        process.standardInput = handles.input
        try process.run()
        return Running(process: process, files: [out, err, input], handles: [handles.out, handles.err, handles.input])
    }

    /// Runs `foodtrace ARGS` in `directory` and waits for it.
    @discardableResult
    static func run(
        _ arguments: [String], in directory: String, stdin: [UInt8] = [], environment: [String: String] = [:]
    )
        throws -> CLIResult
    {
        try start(arguments, in: directory, stdin: stdin, environment: environment).wait()
    }

    /// A started `foodtrace` process.
    final class Running {
        let process: Foundation.Process
        private let files: [String]
        private let handles: [FileHandle]

        fileprivate init(process: Foundation.Process, files: [String], handles: [FileHandle]) {
            self.process = process
            self.files = files
            self.handles = handles
        }

        /// Sends SIGKILL (no clean-up handler runs: the closest a test gets to pulling the plug).
        func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

        var isRunning: Bool { process.isRunning }

        func wait() throws -> CLIResult {
            process.waitUntilExit()
            for handle in handles { try? handle.close() }
            defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
            return CLIResult(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                stdout: String(
                    decoding: (try? Data(contentsOf: URL(fileURLWithPath: files[0]))) ?? Data(), as: UTF8.self),
                stderr: String(
                    decoding: (try? Data(contentsOf: URL(fileURLWithPath: files[1]))) ?? Data(), as: UTF8.self))
        }
    }
}
