import Foundation
import Testing
import TraceAudit

@Suite("foodtrace audit: exit codes and refusals")
struct AuditCommandTests {
    @Test(
        "exit 1 when a finding reaches --fail-on, 0 when none does",
        arguments: [
            ("violation", "2026-12-01T08:00:00+08:00", [String](), Int32(1)),
            ("critical", "2026-12-01T08:00:00+08:00", [], 1),
            // At noon on the 28th nothing has expired, so nothing is critical.
            ("critical", "2026-11-28T12:00:00+08:00", [], 0),
            // Only the farm: no receipt, sale or open shipment of its own; only the info digest.
            ("violation", "2026-11-28T12:00:00+08:00", ["--party", "FARM-510112-003"], 0),
            ("info", "2026-11-28T12:00:00+08:00", ["--party", "FARM-510112-003"], 1),
        ])
    func failOn(threshold: String, now: String, extra: [String], status: Int32) throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.run(
            ["audit", "--plugin-path", plugin.path, "--plugin", "fixture", "--fail-on", threshold, "--store", store]
                + extra,
            environment: ["FOODTRACE_NOW": now])
        #expect(result.status == status, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(status == 1 ? "未通过 FAILED" : "通过 passed"))
    }

    @Test(
        "bad input exits 2 with a message",
        arguments: [
            (["--format", "yaml"], "--format yaml: use text, json, junit or sarif"),
            (["--fail-on", "severe"], "--fail-on severe: use info, warning, violation or critical"),
            (["--param", "large-sale"], "--param large-sale: use RULE.PARAM=VALUE"),
            (
                ["--param", "large-sale.max-lb=3"],
                "--param large-sale.max-lb: no plugin has rule large-sale with parameter max-lb"
            ),
            (
                ["--param", "large-sale.max-kg=1O0"],
                "--param large-sale.max-kg=1O0: expected an exact decimal number such as 0.5 (decimal parameter"
            ),
            (
                ["--param", "fixture/query-digest.detail=hash"],
                "--param fixture/query-digest.detail=hash: expected one of digest, counts"
            ),
            (
                ["--param", "receipt-without-documents.exempt-roles=stall,shop"],
                "--param receipt-without-documents.exempt-roles=stall,shop: unknown item shop (allowed: regulator,"
            ),
            (
                ["--param", "document-expired.downstream-expiry=yes"],
                "--param document-expired.downstream-expiry=yes: expected true or false (boolean parameter"
            ),
            (
                ["--param", "recall/drill-overdue.months=1.5"],
                "--param recall/drill-overdue.months=1.5: expected a whole number (integer parameter"
            ),
            (["--plugin", "nope"], "--plugin nope: no such plugin"),
            (
                ["--since", "2026-12-02", "--until", "2026-12-01"],
                "--since 2026-12-02 is not before --until 2026-12-01"
            ),
            (["--since", "yesterday"], "--since yesterday: not a time"),
        ])
    func badInput(arguments: [String], message: String) throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.audit(["--plugin-path", plugin.path] + arguments, store: store)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--out writes the report to a file and says so")
    func outFile() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let out = try TemporaryFolder.make("out").appendingPathComponent("audit.sarif")
        let result = try CLI.audit(
            ["--plugin-path", plugin.path, "--plugin", "fixture", "--format", "sarif", "--out", out.path], store: store)
        #expect(result.status == 1)
        #expect(result.stdout.contains("report in \(out.path)"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
    }

    @Test("the built-in plugins run by default, and the audit clock is FOODTRACE_NOW")
    func builtInsByDefault() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let result = try CLI.audit(["--format", "json", "--fail-on", "critical"], store: store)
        #expect(result.status == 0 || result.status == 1, "stderr: \(result.stderr)")
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        #expect(report.clock.text == FixedStore.auditNow)
        #expect(report.plugins.allSatisfy { $0.origin == "linked" })
        let listed = try CLI.run(["audit", "rules", "--format", "json"])
        let rules = try JSONDecoder().decode(RulesListing.self, from: Data(listed.stdout.utf8))
        #expect(report.plugins.map(\.name) == rules.plugins.map(\.name))
    }
}
