import AuditFixturePlugin
import Foundation
import Testing
import TraceAudit

/// Runs the fixture plugin's `large-sale` rule and reports its findings under the fixture's rule id,
/// the way school-meals reports the source-tickets receipt rules.
private struct BorrowingPlugin: AuditPlugin {
    let name = "borrower"
    let version = "1.0.0"
    let rules = [AuditRule(id: "own", title: "自有", titleEnglish: "Own", severity: .info, source: "test")]

    func run(_ context: AuditContext) throws -> [Finding] {
        try FixturePlugin().run(context).filter { $0.rule == "fixture/large-sale" }
    }
}

@Suite("A plugin reporting under another plugin's rules")
struct RuleReuseTests {
    private let plugins = [RegisteredPlugin(BorrowingPlugin(), origin: .linked)]
    private let catalog = [
        RegisteredPlugin(FixturePlugin(), origin: .linked), RegisteredPlugin(BorrowingPlugin(), origin: .linked),
    ]

    private func report(overrides: [ParameterOverride] = [], catalog: [RegisteredPlugin]) throws -> AuditReport {
        try runAudit(plugins, catalog: catalog, store: try FixedStore.createInTemporaryFolder(), overrides: overrides)
    }

    @Test("the reused rule is refused when no plugin of the registry lists it")
    func refusedWithoutCatalog() throws {
        #expect {
            try report(catalog: [])
        } throws: { error in
            "\(error)" == "plugin borrower reported a finding of rule fixture/large-sale, which no plugin lists"
        }
    }

    @Test("the reused rule is listed with its owner, and every format resolves it")
    func reusedRuleInReports() throws {
        let report = try report(catalog: catalog)
        #expect(report.findings.map(\.rule) == ["fixture/large-sale"])
        #expect(report.findings.map(\.plugin) == ["borrower"])
        let plugin = try #require(report.plugins.first)
        #expect(plugin.reusedRules.map(\.id) == ["fixture/large-sale"])
        #expect(plugin.ruleEntries.map(\.id) == ["borrower/own", "fixture/large-sale"])

        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(try report.rendered(as: .sarif).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(rules.compactMap { $0["id"] as? String } == ["borrower/own", "fixture/large-sale"])
        #expect(result["ruleIndex"] as? Int == 1)

        let junit = try report.rendered(as: .junit)
        #expect(junit.contains(#"<testcase name="fixture/large-sale" classname="borrower""#))
        #expect(junit.contains(#"<testsuite name="borrower" tests="2" failures="1""#))
        #expect(
            try report.rendered(as: .text).contains(
                "fixture/large-sale 单笔销售过大 · Sale above limit — 1 (reported by borrower)"))
    }

    @Test("an override of the owner's rule reaches the plugin that reuses it")
    func parametersReachReuse() throws {
        let report = try report(overrides: [ParameterOverride("fixture/large-sale.max-kg=1")!], catalog: catalog)
        #expect(report.findings.count == 2, "2.5 kg and 120 kg are both above 1 kg")
        #expect(report.plugins.first?.parameters == ["large-sale.max-kg": "1"])
    }
}
