import Foundation

/// What a child process did.
struct ProcessResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout.prefix(4000))\n--- stderr\n\(stderr.prefix(4000))" }
}

/// Running executables with output to files (a large output never blocks the child) and a time limit.
enum Processes {
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        timeout: TimeInterval = 300
    ) throws -> ProcessResult {
        let folder = try temporaryFolder("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for name in ["FOODTRACE_STORE", "FOODTRACE_NOW", "FOODTRACE_LOG", "TZ"] { env[name] = nil }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A new empty folder under the system's temporary directory.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "foodtrace-recall-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first of `names` found on the PATH (or in /usr/bin).
    static func which(_ names: [String]) -> URL? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}

/// The `foodtrace` executable: `$FOODTRACE_BIN`, else beside the test bundle (where `swift test` builds every
/// product of the package), else built there with `swift build --product foodtrace`.
enum FoodtraceExecutable {
    static var binFolder: URL {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    static func url() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["FOODTRACE_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidate = binFolder.appendingPathComponent("foodtrace")
        if !FileManager.default.isExecutableFile(atPath: candidate.path) {
            let scratch = binFolder.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            let result = try Processes.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["swift", "build", "--product", "foodtrace", "--scratch-path", scratch.path, "--ignore-lock"],
                directory: scratch.deletingLastPathComponent(), timeout: 1800)
            guard result.status == 0 else { throw ChainError("cannot build foodtrace: \(result)") }
        }
        return candidate
    }
}
