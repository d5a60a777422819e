import Foundation
import Testing
import TraceAudit

/// Runs the fixture plugin (loaded) over the fixed store at the fixed clock, with paths made stable.
enum FixtureReports {
    static let detail = ["--param", "query-digest.detail=counts"]

    static func audit(_ format: String, extra: [String] = []) throws -> (status: Int32, text: String) {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.audit(
            ["--plugin-path", plugin.path, "--plugin", "fixture", "--format", format] + detail + extra, store: store)
        return (
            result.status,
            result.stdout.replacingOccurrences(of: plugin.path, with: "PLUGIN-DIR/libFoodTraceAuditFixture.so")
        )
    }

    static func rules(_ format: String) throws -> String {
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.run([
            "audit", "rules", "--plugin-path", plugin.path, "--plugin", "fixture", "--format", format,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout.replacingOccurrences(of: plugin.path, with: "PLUGIN-DIR/libFoodTraceAuditFixture.so")
    }

    /// `text` in a temporary file (for the Python validators).
    static func file(_ text: String, name: String) throws -> URL {
        let url = try TemporaryFolder.make("report").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

@Suite("Report and rule-listing snapshots")
struct ReportSnapshotTests {
    @Test("audit rules, text and JSON", arguments: ["text", "json"])
    func rules(format: String) throws {
        Snapshot.check(try FixtureReports.rules(format), named: "rules.\(format == "text" ? "txt" : "json")")
    }

    @Test(
        "audit reports of the fixed store",
        arguments: [("text", "txt"), ("json", "json"), ("junit", "xml"), ("sarif", "sarif")])
    func report(format: String, fileExtension: String) throws {
        let (status, text) = try FixtureReports.audit(format)
        #expect(status == 1)
        Snapshot.check(text, named: "report.\(fileExtension)")
    }
}
