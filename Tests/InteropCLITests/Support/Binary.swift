import Foundation

/// The `foodtrace` executable under test: `$FOODTRACE_BIN`, else the one beside the test runner in the
/// build products directory (the test target depends on `foodtrace`, so `swift test` builds it first;
/// looking beside the runner keeps working with `--scratch-path` and in release builds).
enum FoodtraceBinary {
    struct Missing: Error, CustomStringConvertible {
        let looked: String
        var description: String {
            "no foodtrace executable at \(looked): build it (swift build --product foodtrace) or set FOODTRACE_BIN"
        }
    }

    static func path() throws -> String {
        if let path = ProcessInfo.processInfo.environment["FOODTRACE_BIN"], !path.isEmpty { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        // On macOS the runner sits inside PackageTests.xctest/Contents/MacOS.
        while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
        let candidate = directory.appendingPathComponent("foodtrace").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else { throw Missing(looked: candidate) }
        return candidate
    }
}
