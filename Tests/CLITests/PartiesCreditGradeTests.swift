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
        // The clock is Workspace.defaultNow (2026-11-28).
        try grade(
            workspace, "CG-1", subject: chain.market.id, grade: "B", from: "2026-01-01T00:00:00+08:00",
            until: "2026-12-31T23:59:59+08:00", at: "2026-11-28T07:00:00+08:00")
        // Near miss: recorded later but valid only from December: the market stays B.
        try grade(
            workspace, "CG-2", subject: chain.market.id, grade: "C", from: "2026-12-15T00:00:00+08:00",
            until: "2027-12-31T23:59:59+08:00", at: "2026-11-28T07:01:00+08:00")
        // Near miss: expired the day before the clock.
        try grade(
            workspace, "CG-3", subject: chain.slaughterhouse.id, grade: "A", from: "2025-11-27T00:00:00+08:00",
            until: "2026-11-27T23:59:59+08:00", at: "2026-11-28T07:02:00+08:00")
        // A newer grade in force replaces an older one.
        try grade(
            workspace, "CG-4", subject: chain.stall.id, grade: "A", from: "2026-06-01T00:00:00+08:00",
            until: "2027-05-31T23:59:59+08:00", at: "2026-11-28T07:03:00+08:00")
        try grade(
            workspace, "CG-5", subject: chain.stall.id, grade: "C", from: "2026-11-01T00:00:00+08:00",
            until: "2027-10-31T23:59:59+08:00", at: "2026-11-28T07:04:00+08:00")
        // Near miss: a grade the vet authority signed, which only a regulator may issue.
        try grade(
            workspace, "CG-6", subject: chain.farm.id, grade: "A", from: "2026-01-01T00:00:00+08:00",
            until: "2026-12-31T23:59:59+08:00", key: chain.vet.keyFile, at: "2026-11-28T07:05:00+08:00")

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
