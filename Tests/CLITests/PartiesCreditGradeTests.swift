import Foundation
import Testing

/// The credit grade (信用等级) column of `foodtrace parties`: the latest grade a regulator recorded for the party, in
/// force at the clock, with near misses on each side (expired, not yet valid, issued by someone who may not).
@Suite("parties: credit grade")
struct PartiesCreditGradeTests {
    /// A `certify` record of type credit-grade for `subject`, signed with `key`.
    func grade(
        _ workspace: Workspace, _ number: String, subject: String, grade: String, from: String, until: String,
        key: String = CLIChain.regulatorKey, at: String
    ) throws {
        try workspace.record(
            "certify", key: key, at: at,
            body: """
                {"type":"credit-grade","number":"\(number)","subject":"\(subject)","validFrom":"\(from)",
                 "validUntil":"\(until)","result":"\(grade)"}
                """)
    }

    func grades(_ text: String) throws -> [String: String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let parties = try #require(json["parties"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: parties.compactMap { row in
                (row["creditGrade"] as? String).map { (row["id"] as? String ?? "", $0) }
            })
    }

    @Test func latestGradeInForceIsListed() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // The clock is Workspace.defaultNow (2026-11-28). Each grade: number, subject, grade, valid from, valid until,
        // signed by (the regulator unless named), recorded at 07:0N.
        let recorded: [(String, String, String, String, String, String?)] = [
            ("CG-1", chain.market.id, "B", "2026-01-01", "2026-12-31", nil),
            // Near miss: recorded later but valid only from December: the market stays B.
            ("CG-2", chain.market.id, "C", "2026-12-15", "2027-12-31", nil),
            // Near miss: expired the day before the clock.
            ("CG-3", chain.slaughterhouse.id, "A", "2025-11-27", "2026-11-27", nil),
            // A newer grade in force replaces an older one.
            ("CG-4", chain.stall.id, "A", "2026-06-01", "2027-05-31", nil),
            ("CG-5", chain.stall.id, "C", "2026-11-01", "2027-10-31", nil),
            // Near miss: a grade the vet authority signed, which only a regulator may issue.
            ("CG-6", chain.farm.id, "A", "2026-01-01", "2026-12-31", chain.vet.keyFile),
        ]
        for (minute, (number, subject, result, from, until, key)) in recorded.enumerated() {
            try grade(
                workspace, number, subject: subject, grade: result, from: from + "T00:00:00+08:00",
                until: until + "T23:59:59+08:00", key: key ?? CLIChain.regulatorKey,
                at: "2026-11-28T07:0\(minute):00+08:00")
        }

        let listed = try grades(try workspace.ok(["parties", "--format", "json"]).stdout)
        #expect(listed == [chain.market.id: "B", chain.stall.id: "C"])

        let chinese = try workspace.ok(["parties"]).stdout
        let header = try #require(chinese.split(separator: "\n").first)
        #expect(header.contains("信用等级"))
        let stallLine = try #require(chinese.split(separator: "\n").first { $0.hasPrefix(chain.stall.id) })
        #expect(stallLine.contains(" 摊位 ") && stallLine.contains(" C ") && stallLine.hasSuffix("正常"))
        let farmLine = try #require(chinese.split(separator: "\n").first { $0.hasPrefix(chain.farm.id) })
        #expect(farmLine.contains(" - ") && !farmLine.contains(" A "))
        let english = try workspace.ok(["parties", "--lang", "en"]).stdout
        #expect(english.hasPrefix("id ") && english.contains("credit grade"))
        let mixed = OneLanguage.mixedLines(zh: chinese, en: english)
        #expect(mixed.zh.isEmpty && mixed.en.isEmpty, "\(mixed)")
    }
}
