import Foundation
import Testing

/// What a regulator reads on the demo city: no wall of hashes, parties by name and id, and a market's id
/// covering its stalls.
@Suite("audit text on the demo city")
struct DemoAuditTextTests {
    @Test func auditTextIsReadableAndJSONKeepsEverything() throws {
        let workspace = try Workspace()
        try workspace.ok(["demo"])
        let text = try workspace.run(["audit"])
        #expect(text.status == 1)
        let lines = text.stdout.split(separator: "\n")
        let longest = lines.map(\.count).max() ?? 0
        #expect(longest < 400, "a \(longest)-character line")
        #expect(text.stdout.contains("… 另 "), "a finding with many records is cut short")
        #expect(text.stdout.contains("（--format json 列出全部）"))
        let evidence = lines.filter { $0.contains("证据：") }
        #expect(evidence.count > 10)
        for line in evidence {
            #expect(!line.contains("sha256:"), "evidence ids are shown short: \(line)")
        }
        let json = try workspace.run(["audit", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let most = findings.map { ($0["evidence"] as? [String])?.count ?? 0 }.max() ?? 0
        #expect(most > 3, "JSON lists every evidence id")
        // Every message names a party as name（id）.
        let slaughterhouse = findings.first { ($0["rule"] as? String) == "source-tickets/undesignated-slaughterhouse" }
        let message = try #require(slaughterhouse?["message"] as? String)
        #expect(message.range(of: #"[^\s（]+（[A-Z]+-\d{6}-\d{3}[A-Z0-9-]*）"#, options: .regularExpression) != nil)

        // The market's id covers its stalls: every finding of each stall's own audit is in the market's.
        let market = try workspace.run(["audit", "--party", "RM-510104-001", "--format", "json"])
        let marketReport = try #require(
            try JSONSerialization.jsonObject(with: Data(market.stdout.utf8)) as? [String: Any])
        let members = try #require((marketReport["scope"] as? [String: Any])?["members"] as? [String])
        #expect(members.count > 1 && members.contains("RM-510104-001"))
        let together = Set(try Self.keys(marketReport))
        var stallFindings = 0
        for member in members where member != "RM-510104-001" {
            let one = try workspace.run(["audit", "--party", member, "--format", "json"])
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
            let keys = try Self.keys(parsed)
            stallFindings += keys.count
            #expect(together.isSuperset(of: keys), "\(member)'s findings are missing from the market's audit")
        }
        #expect(stallFindings > 0)
    }

    /// A finding's rule and subject, to compare reports (the evidence a scope shows may be a part of the whole).
    static func keys(_ report: [String: Any]) throws -> [String] {
        let findings = try #require(report["findings"] as? [[String: Any]])
        return findings.map { finding in
            "\(finding["rule"] ?? "") \(finding["subject"] ?? "")"
        }
    }
}
