import AuditFixturePlugin
import Foundation
import Testing
import TraceAudit
import TraceModel
import TraceStore

/// The fixture plugin's findings on the fixed store, run linked (in this process, no C ABI).
func linkedFindings(
    store path: String, scope: AuditScope = AuditScope(), overrides: [ParameterOverride] = [],
    now: String = FixedStore.auditNow
) throws -> [ReportFinding] {
    try runAudit(
        [RegisteredPlugin(FixturePlugin(), origin: .linked)], store: path, now: now, scope: scope, overrides: overrides
    ).findings
}

@Suite("Loading a plugin from a shared library")
struct PluginLoadingTests {
    @Test("foodtrace audit --plugin-path finds what the linked plugin finds on the same store")
    func loadedMatchesLinked() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.audit(
            ["--plugin-path", plugin.path, "--plugin", "fixture", "--format", "json"], store: store)
        #expect(result.status == 1, "violations in the fixed store fail the run: \(result.stderr)")
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        #expect(report.plugins.map(\.origin) == ["loaded"])
        #expect(report.plugins.first?.path == plugin.path)
        let linked = try linkedFindings(store: store)
        #expect(report.findings == linked)
        // The fixture finds one of each of its rules; the digest covers every query method.
        #expect(
            report.findings.map(\.rule) == [
                "fixture/query-digest", "fixture/unreceived-shipment", "fixture/receipt-without-documents",
                "fixture/large-sale",
                "fixture/expired-document",
            ])
        #expect(report.findings[0].message.contains("digest "))
    }

    @Test("scope, parameters and the clock reach a loaded plugin through the ABI")
    func scopeAndParametersCross() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let plugin = try BuildProducts.fixturePlugin()
        let arguments = [
            "--plugin-path", plugin.path, "--plugin", "fixture", "--format", "json", "--party", "STALL-510104-001-A12",
            "--since", "2026-11-28", "--param", "fixture/large-sale.max-kg=150",
        ]
        let result = try CLI.run(
            ["audit"] + arguments + ["--store", store], environment: ["FOODTRACE_NOW": "2026-11-28T12:00:00+08:00"])
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        let scope = AuditScope(
            party: "STALL-510104-001-A12", since: Timestamp("2026-11-28T00:00:00+08:00")!.epochMilliseconds)
        let linked = try linkedFindings(
            store: store, scope: scope, overrides: [ParameterOverride("large-sale.max-kg=150")!],
            now: "2026-11-28T12:00:00+08:00")
        #expect(report.findings == linked)
        let rules = Set(report.findings.map(\.rule))
        #expect(!rules.contains("fixture/large-sale"), "120 kg is below max-kg 150")
        #expect(!rules.contains("fixture/expired-document"), "at 12:00 on the 28th the certificate is still valid")
        #expect(rules.contains("fixture/receipt-without-documents"))
        #expect(report.plugins.first?.parameters == ["large-sale.max-kg": "150"])
    }

    @Test("PluginLoader loads the library into this process, and its run matches the linked plugin")
    func loadInProcess() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let loaded = try PluginLoader.load(path: try BuildProducts.fixturePlugin().path)
        #expect(loaded.name == "fixture")
        #expect(loaded.version == "0.1.0")
        #expect(loaded.rules == FixturePlugin().rules)
        let report = try runAudit([RegisteredPlugin(loaded, origin: .loaded(path: loaded.path))], store: store)
        #expect(report.findings == (try linkedFindings(store: store)))
    }

    @Test("the example plugin written in C (Examples/CPlugin) builds, loads and queries the host")
    func pluginWrittenInC() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let library = try CPlugins.compile(file: "Examples/CPlugin/census.c", name: "census")
        let result = try CLI.audit(
            ["--plugin-path", library.path, "--plugin", "c-census", "--format", "json"], store: store)
        #expect(result.status == 0, "an info finding does not fail the run: \(result.stderr)")
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        // The regulator (a trust anchor) and the six registered parties.
        #expect(report.findings.map(\.message) == ["7 parties"])
        #expect(report.findings.map(\.rule) == ["c-census/party-count"])
    }
}
