import Foundation
import Testing
import TraceAudit

/// A plugin built against an earlier form of ABI 1 (`Fixtures/abi1-untyped-plugin.c`: parameters without types)
/// still loads, lists its rules and runs with its parameters: ABI 1 only ever gains optional members.
@Suite("A plugin built from an older ABI 1 fixture")
struct PluginCompatibilityTests {
    static func legacy() throws -> URL {
        try CPlugins.compile(file: "Tests/TraceAuditTests/Fixtures/abi1-untyped-plugin.c", name: "legacy")
    }

    @Test("its untyped parameter lists as a text parameter")
    func rules() throws {
        let result = try CLI.run(["audit", "rules", "--plugin-path", try Self.legacy().path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("legacy/receipt-count"))
        // A plugin without a Chinese description is quoted in its own words (these tests run in zh+en).
        #expect(result.stdout.contains("参数 max（文本）= 1000 — Most receipts before a warning. / "))
        #expect(result.stdout.contains("parameter max (text) = 1000 — Most receipts before a warning."))
    }

    @Test("it runs: its default and an override both reach it, on either side of its threshold")
    func runs() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try Self.legacy().path
        // The fixed store holds two receipts (the slaughterhouse's and the stall's).
        for (max, findings) in [("1000", [String]()), ("2", []), ("1", ["2 receipts, more than 1"])] {
            let result = try CLI.audit(
                [
                    "--plugin-path", plugin, "--plugin", "legacy", "--format", "json", "--param",
                    "receipt-count.max=\(max)",
                ],
                store: store)
            #expect(result.status == 0, "a warning does not fail the run: \(result.stderr)")
            let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
            #expect(report.findings.map(\.message) == findings, "max \(max)")
        }
    }
}
