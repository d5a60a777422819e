import Foundation
import Testing

/// The build products the tests run: the `foodtrace` executable and the fixture plugin's shared library.
///
/// `swift test` builds every product of the root package before it runs a test, the dynamic library
/// products included, into the same folder as the test bundle (`swift build --show-bin-path`). So the
/// tests find `libFoodTraceAuditFixture.so` beside themselves. When it is missing (a test binary run
/// by hand after building only the tests), ``fixturePlugin()`` builds it with
/// `swift build --product FoodTraceAuditFixture --scratch-path <the tests' build folder>`.
enum BuildProducts {
    static let fixtureProduct = "FoodTraceAuditFixture"

    /// The folder holding the test bundle, the `foodtrace` executable and the libraries.
    static var binFolder: URL {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent()
    }

    static var foodtrace: URL { binFolder.appendingPathComponent("foodtrace") }

    /// A dynamic library product as built (mode as the build left it), built first if missing.
    static func library(_ product: String) throws -> URL {
        let library = binFolder.appendingPathComponent("lib\(product).so")
        try SharedCopies.shared.serialised {
            if !FileManager.default.fileExists(atPath: library.path) { try build(product: product) }
        }
        return library
    }

    /// A copy of a plugin library in a fresh folder, mode 0755 (whatever the build's umask was).
    static func pluginCopy(_ product: String, named name: String? = nil) throws -> URL {
        let folder = try TemporaryFolder.make("plugin")
        let copy = folder.appendingPathComponent(name ?? "lib\(product).so")
        try FileManager.default.copyItem(at: try library(product), to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy
    }

    /// A copy of the fixture plugin's library (see ``pluginCopy(_:named:)``).
    static func fixturePluginCopy(named name: String? = nil) throws -> URL {
        try pluginCopy(fixtureProduct, named: name)
    }

    /// One copy per process of a plugin library, mode 0755, for tests that only load it.
    static func sharedCopy(_ product: String) throws -> URL {
        try SharedCopies.shared.copy(product) { try pluginCopy(product) }
    }

    /// The shared copy of the fixture plugin's library.
    static func fixturePlugin() throws -> URL { try sharedCopy(fixtureProduct) }

    /// `swift build --product NAME` into the build folder the tests run from (`<scratch>/<triple>/debug`).
    private static func build(product: String) throws {
        let configuration = binFolder.resolvingSymlinksInPath()
        let scratch = configuration.deletingLastPathComponent().deletingLastPathComponent()
        // This file is <package>/Tests/TraceAuditTests/Support/BuildProducts.swift.
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "build", "--product", product, "--package-path", package.path, "--scratch-path", scratch.path,
            "--ignore-lock",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("swift build --product \(product) failed:\n\(String(decoding: log, as: UTF8.self))")
        }
    }
}

/// Runs `foodtrace` as a child process.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = BuildProducts.foodtrace
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FOODTRACE_NOW"] = nil
        env["FOODTRACE_STORE"] = nil
        // These tests read the reports in both languages side by side and the refusals in English; CLITests check
        // the Chinese default and English alone.
        env["FOODTRACE_LANG"] = "zh+en"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: the child never blocks on a full pipe.
        let folder = try TemporaryFolder.make("cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// `foodtrace audit …` over `store` at the fixed audit clock.
    static func audit(_ arguments: [String], store: String) throws -> Result {
        try run(["audit"] + arguments + ["--store", store], environment: ["FOODTRACE_NOW": FixedStore.auditNow])
    }
}

/// Plugin copies made once per test process, and the lock that keeps two tests from building at once.
private final class SharedCopies: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    static let shared = SharedCopies()

    private let lock = NSRecursiveLock()
    private var copies: [String: URL] = [:]

    /// Runs `body` while no other thread builds or copies a library.
    func serialised<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    func copy(_ product: String, make: () throws -> URL) throws -> URL {
        try serialised {
            if let url = copies[product] { return url }
            let url = try make()
            copies[product] = url
            return url
        }
    }
}
