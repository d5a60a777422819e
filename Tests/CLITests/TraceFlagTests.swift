import Foundation
import Testing
import TraceModel

/// Traces that flag problems: each hop shows what is wrong there; "complete" (unbroken) apart from "compliant"
/// (no flag); exit 0 only when both hold, or no flag reaches --fail-on.
@Suite("trace flags")
struct TraceFlagTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func flags(_ trace: [String: Any], at code: String) -> [String] {
        let nodes = trace["nodes"] as? [[String: Any]] ?? []
        let node = nodes.first { $0["code"] as? String == code }
        return (node?["flags"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }

    /// The stall's receipt of pork quotes neither certificate: flagged there; the slaughterhouse's receipt of
    /// live pigs quotes a certified animal quarantine certificate: not flagged (the near miss).
    @Test func missingCertificateIsFlaggedAtItsHop() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let up = try workspace.run(["trace", "up", chain.slip.digits, "--format", "json"])
        #expect(up.status == 1, "complete but not compliant: \(up.stderr)")
        let trace = try json(up.stdout)
        #expect(trace["complete"] as? Bool == true)
        #expect(trace["compliant"] as? Bool == false)
        // Its pork needs a product quarantine and a meat inspection certificate, quoted but never certified.
        let stallFlags = flags(trace, at: chain.stallLot.digits)
        #expect(stallFlags.count == 2)
        #expect(stallFlags.allSatisfy { ["missing-certificate", "uncertified-certificate"].contains($0) })
        #expect(flags(trace, at: chain.liveLot.digits).isEmpty)
        #expect(flags(trace, at: chain.farmLot.digits).isEmpty)

        let text = try workspace.run(["trace", "up", chain.slip.digits, "--lang", "en"]).stdout
        let stallLine = try #require(text.split(separator: "\n").first { $0.contains(chain.stallLot.digits) })
        #expect(stallLine.contains("✓ ⚠ "))
        #expect(text.contains("complete: yes (the chain is unbroken)"))
        #expect(text.contains("compliant: NO — "))
        // No flag is critical: below --fail-on critical the complete trace exits 0.
        #expect(try workspace.run(["trace", "up", chain.slip.digits, "--fail-on", "critical"]).status == 0)
        #expect(try workspace.run(["trace", "up", chain.slip.digits, "--fail-on", "fatal"]).status == 2)
    }

    /// A farm lot upstream of the slaughter quotes nothing it needs: its own trace up is complete and compliant.
    @Test func cleanTraceExitsZero() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let up = try workspace.run(["trace", "up", chain.liveLot.digits, "--format", "json"])
        #expect(up.status == 0, "\(up)")
        let trace = try json(up.stdout)
        #expect(trace["complete"] as? Bool == true && trace["compliant"] as? Bool == true)
        let text = try workspace.run(["trace", "up", chain.liveLot.digits]).stdout
        #expect(text.contains("合规：是（各环节均无问题）"))
        let english = try workspace.run(["trace", "up", chain.liveLot.digits, "--lang", "en"]).stdout
        #expect(english.contains("compliant: yes (no problem on any hop)"))
    }

    /// A positive clenbuterol test of the carcass and a recall of it: critical flags on the carcass and
    /// everything made from it, none on the farm lot upstream of it.
    @Test func positiveTestAndRecallAreFlagged() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.record(
            "test", key: CLIChain.regulatorKey, at: "2026-11-28T07:00:00+08:00",
            body: """
                {"batch":"\(chain.carcass.digits)","analyte":"clenbuterol","method":"rapid","result":"positive"}
                """)
        try workspace.ok([
            "recall", "issue", "--batch", chain.carcass.digits, "--level", "1", "--reason", "瘦肉精阳性",
            "--key", CLIChain.regulatorKey, "--notice", "RC-20261128-0001",
        ])
        let down = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "json"])
        #expect(down.status == 1)
        let trace = try json(down.stdout)
        #expect(flags(trace, at: chain.carcass.digits).contains("positive-test"))
        #expect(flags(trace, at: chain.carcass.digits).contains("recalled"))
        #expect(flags(trace, at: chain.slip.digits) == ["recalled"])
        #expect(flags(trace, at: chain.farmLot.digits).isEmpty)
        #expect(flags(trace, at: chain.liveLot.digits).isEmpty)
        // Critical flags fail even at --fail-on critical.
        #expect(try workspace.run(["trace", "down", chain.farmLot.digits, "--fail-on", "critical"]).status == 1)
        let text = try workspace.run(["trace", "down", chain.farmLot.digits, "--lang", "en"]).stdout
        let carcassLine = try #require(text.split(separator: "\n").first { $0.contains(chain.carcass.digits) })
        #expect(carcassLine.contains("positive-test: clenbuterol rapid positive"))
        #expect(carcassLine.contains("recalled: RC-20261128-0001 level 1: 瘦肉精阳性"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 400 })
        // The same flags in Chinese (the default), the recall's reason as recorded.
        let chinese = try workspace.run(["trace", "down", chain.farmLot.digits]).stdout
        let carcassChinese = try #require(
            chinese.split(separator: "\n").first { $0.contains(chain.carcass.digits) })
        #expect(carcassChinese.contains("⚠ 检测阳性：克仑特罗(瘦肉精) 快检 阳性（"), "\(carcassChinese)")
        #expect(carcassChinese.contains("已召回：RC-20261128-0001 1 级召回：瘦肉精阳性"), "\(carcassChinese)")
        #expect(chinese.contains("合规：否 — "))
        let mixed = OneLanguage.mixedLines(zh: chinese, en: text)
        #expect(mixed.zh.isEmpty && mixed.en.isEmpty, "\(mixed)")
    }
}
