import Foundation
import Testing
import TraceAudit

/// The Swift plugin in `Examples/SwiftPlugin`: its own package, depending on FoodTraceKit by path as an outside
/// package would by URL, built with `swift build` and loaded with `foodtrace audit --plugin-path`.
@Suite("The example Swift plugin package: built on FoodTraceKit alone, loaded by path", .serialized)
struct ExamplePluginTests {
    /// `libShelfLifeAudit.so`, built once per test process into `<the tests' build folder>/../examples/SwiftPlugin`.
    static func library() throws -> URL {
        try ExampleBuild.shared.library()
    }

    @Test("it builds as a separate package and finds what its rules say on the fixed store")
    func loads() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let result = try CLI.audit(
            ["--plugin-path", try Self.library().path, "--plugin", "shelf-life", "--format", "json"], store: store)
        #expect(result.status == 0, "warnings do not fail the run: \(result.stderr)")
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        #expect(report.plugins.map(\.name) == ["shelf-life"])
        #expect(report.plugins.first?.origin == "loaded")
        // The stall's receipt of pork records no expiry; the slaughterhouse's receipt of live pigs is not a category
        // the rule checks by default; nothing in the store expires, so nothing is sold after expiry.
        #expect(report.findings.map(\.rule) == ["shelf-life/receipt-without-expiry"])
        #expect(report.findings.first?.severity == .warning)
        #expect(report.findings.first?.message.contains("STALL-510104-001-A12 收货 白条猪肉 200 kg") == true)
    }

    @Test("its typed parameters reach it, and a mistyped one is refused before it runs")
    func parameters() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try Self.library().path
        let live = try CLI.audit(
            [
                "--plugin-path", plugin, "--plugin", "shelf-life", "--format", "json",
                "--param", "receipt-without-expiry.categories=live-pig",
            ], store: store)
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(live.stdout.utf8))
        #expect(report.findings.map(\.subject).count == 1, "only the slaughterhouse's live-pig receipt: \(live.stderr)")
        #expect(report.findings.first?.message.contains("SH-510113-001 收货 生猪") == true)
        let mistyped = try CLI.audit(
            ["--plugin-path", plugin, "--param", "receipt-without-expiry.categories=pork,porc"], store: store)
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr.contains("unknown item porc"), "stderr: \(mistyped.stderr)")
        let hours = try CLI.audit(
            ["--plugin-path", plugin, "--param", "sold-after-expiry.grace-hours=2h"], store: store)
        #expect(hours.status == 2)
        #expect(hours.stderr.contains("expected a whole number"), "stderr: \(hours.stderr)")
    }
}

/// Builds the example package once per test process (serialised: a second build would wait for the first).
final class ExampleBuild: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    static let shared = ExampleBuild()
    private let lock = NSLock()
    private var built: URL?

    func library() throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let package = CPlugins.packageFolder.appendingPathComponent("Examples/SwiftPlugin")
        // Beside the tests' own build folder (<scratch>/<triple>/debug), so it is built incrementally and never
        // in the source tree.
        let scratch = BuildProducts.binFolder.resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/SwiftPlugin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "build", "--package-path", package.path, "--scratch-path", scratch.path, "--product",
            "ShelfLifeAudit",
        ]
        let log = try TemporaryFolder.make("example-build").appendingPathComponent("log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else {
            throw FixtureError(
                "swift build of Examples/SwiftPlugin failed:\n\(try String(contentsOf: log, encoding: .utf8))")
        }
        let library = scratch.appendingPathComponent("debug/libShelfLifeAudit.so")
        let copy = try TemporaryFolder.make("example-plugin").appendingPathComponent("libShelfLifeAudit.so")
        try FileManager.default.copyItem(at: library, to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        built = copy
        return copy
    }
}
