import Foundation
import Testing
import TraceAudit

@Suite("The built-in plugins built as shared libraries")
struct BuiltInPluginLoadingTests {
    @Test(
        "each built-in plugin loaded from its library finds what the linked one finds",
        arguments: [
            ("source-tickets", "FoodTraceSourceTickets"), ("school-meals", "FoodTraceSchoolMeals"),
            ("recall", "FoodTraceRecall"),
            ("market-supervision", "FoodTraceMarketSupervision"),
        ])
    func loadedMatchesLinked(name: String, product: String) throws {
        let store = try FixedStore.createInTemporaryFolder()
        let linked = try CLI.audit(["--plugin", name, "--format", "json"], store: store)
        let library = try BuildProducts.sharedCopy(product)
        let loaded = try CLI.audit(["--plugin-path", library.path, "--plugin", name, "--format", "json"], store: store)
        #expect(linked.status != 2, "\(linked.stderr)")
        #expect(loaded.status == linked.status, "\(loaded.stderr)")
        let linkedReport = try JSONDecoder().decode(AuditReport.self, from: Data(linked.stdout.utf8))
        let loadedReport = try JSONDecoder().decode(AuditReport.self, from: Data(loaded.stdout.utf8))
        #expect(linkedReport.plugins.map(\.origin) == ["linked"])
        #expect(loadedReport.plugins.map(\.origin) == ["loaded"])
        #expect(loadedReport.plugins.map(\.version) == linkedReport.plugins.map(\.version))
        #expect(loadedReport.plugins.map(\.rules) == linkedReport.plugins.map(\.rules))
        #expect(loadedReport.findings == linkedReport.findings)
    }

    @Test("foodtrace links source-tickets, school-meals, recall and market-supervision, in that order")
    func builtIns() throws {
        let listed = try CLI.run(["audit", "rules", "--format", "json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rules = try JSONDecoder().decode(RulesListing.self, from: Data(listed.stdout.utf8))
        #expect(rules.plugins.map(\.name) == ["source-tickets", "school-meals", "recall", "market-supervision"])
        #expect(rules.plugins.allSatisfy { $0.origin == "linked" && !$0.rules.isEmpty })
    }
}
