import Foundation
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
}
