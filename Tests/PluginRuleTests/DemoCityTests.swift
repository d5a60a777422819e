import Foundation
import MarketSupervision
import SchoolMeals
import SourceTickets
import Testing
import TraceAudit
import TraceDemo

/// The demo city's injected defects are the ground truth: every one in the plugins' scope is found by its
/// rule (recall 100%), and every finding of `warning` or above belongs to one (precision 100%).
/// `info` findings (the per-school traceability figure) state figures, not faults, and are left out.
@Suite("demo city: recall and precision")
struct DemoCityTests {
    @Test("source-tickets and school-meals on the small demo city", arguments: [UInt64(1), 7])
    func recallAndPrecision(seed: UInt64) throws {
        let city = try DemoCity.small(seed: seed)
        try #require(city.rejections.isEmpty, "demo records refused: \(city.rejections.prefix(3))")
        let findings = try city.run(SourceTicketsPlugin()) + city.run(SchoolMealsPlugin())
        let match = DefectMatch(
            findings: findings, defects: city.manifest.defects, plugins: ["source-tickets", "school-meals"])
        print("seed \(seed): \(city.manifest.records) records, \(match.report)")
        #expect(match.defects > 0)
        #expect(match.missed.isEmpty, "recall below 100%:\n\(match.report)")
        #expect(match.unexplained.isEmpty, "precision below 100%:\n\(match.report)")
        // The rogue slaughterhouse's deliveries are listed under both its defects (see `DefectMatch.siblings`).
        #expect(
            match.siblingListed.isEmpty,
            "\(match.siblingListed.count) findings on receipts listed under the sibling rule")
    }

    @Test(
        "market-supervision on the small demo city finds exactly the defects injected for it",
        arguments: [UInt64(1), 7])
    func marketSupervision(seed: UInt64) throws {
        let city = try DemoCity.small(seed: seed)
        try #require(city.rejections.isEmpty, "demo records refused: \(city.rejections.prefix(3))")
        let findings = try city.run(MarketSupervisionPlugin())
        let match = DefectMatch(findings: findings, defects: city.manifest.defects, plugins: ["market-supervision"])
        print("seed \(seed): market-supervision \(match.report)")
        // One of each: an under-tested 200-stall market, a positive rate above 0.5%, a missing vendor file, a
        // red-carded supplier still supplying.
        #expect(
            Set(city.manifest.defects.filter { $0.rule.hasPrefix("market-supervision/") }.map(\.type)) == [
                "under-tested-market", "positive-rate-above-target", "missing-vendor-file",
                "red-carded-supplier-supplying",
            ])
        #expect(match.defects == 4)
        #expect(match.missed.isEmpty, "recall below 100%:\n\(match.report)")
        #expect(match.unexplained.isEmpty, "precision below 100%:\n\(match.report)")
        // Every market with goods in the period is graded, each with one violation at most: grade B or A.
        let grades = findings.filter { $0.rule == "market-supervision/credit-grade" }
        #expect(!grades.isEmpty)
        #expect(grades.allSatisfy { $0.severity == .info })
    }
}
