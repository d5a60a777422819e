import Foundation
import Testing
import TraceModel

/// What `trace` and the audits make of the till's records: every ingredient line of a meal is an edge with its own
/// quantity (the text shows the meal once: "← 3 dishes, 50 kg"); a voided sale is flagged (a warning) in `trace up`
/// and `trace down`; a voided sale does not count towards the source-ticket rules' sums.
@Suite("the till's records in traces and audits")
struct TillTraceTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A canteen that receives 100 kg of the carcass and serves one lunch using it in three dishes (20 + 15 + 15 kg).
    func mealInThreeDishes(_ workspace: Workspace, _ chain: CLIChain) throws -> (lot: TraceCode, meal: TraceCode) {
        let (canteen, lot) = try workspace.canteenReceivingCarcass(
            chain, id: "CANTEEN-510104-300", name: "锦江区机关食堂", node: "300", kilograms: "100", shipment: "S-CANTEEN")
        let meal = CLIChain.code(area: "510104", node: "300", serial: 2)
        func dish(_ name: String, _ kg: String) -> String {
            #"{"name":"\#(name)","ingredients":[{"batch":"\#(lot)","quantity":{"value":"\#(kg)","unit":"kg"}}]}"#
        }
        try workspace.record(
            "use", key: canteen.keyFile, at: "2026-11-28T11:00:00+08:00",
            body: """
                {"meal":"\(meal)","service":"lunch","servedAt":"2026-11-28T11:30:00+08:00","diners":120,
                 "dishes":[\(dish("回锅肉", "20")),\(dish("青椒肉丝", "15")),\(dish("肉末茄子", "15"))]}
                """)
        return (lot, meal)
    }

    @Test func traceDownListsEveryIngredientLineAndTheTextShowsTheMealOnce() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let (lot, meal) = try mealInThreeDishes(workspace, chain)
        for start in [lot, chain.carcass] {
            let down = try workspace.run(["trace", "down", start.digits, "--format", "json"])
            let edges = try #require(try json(down.stdout)["edges"] as? [[String: Any]])
            let lines = edges.filter { $0["child"] as? String == meal.digits }
            #expect(lines.compactMap { $0["quantity"] as? String } == ["20", "15", "15"], "\(lines)")
            #expect(Set(lines.compactMap { $0["parent"] as? String }) == [lot.digits])
            let nodes = try #require(try json(down.stdout)["nodes"] as? [[String: Any]])
            let holder = try #require(nodes.first { $0["code"] as? String == lot.digits })
            #expect(holder["next"] as? [String] == [meal.digits], "the meal is reached once: \(holder)")
        }
        let text = try workspace.run(["trace", "down", lot.digits, "--lang", "en"]).stdout
        let mealLines = text.split(separator: "\n").filter { $0.contains(meal.digits) }
        #expect(mealLines.count == 1 && mealLines[0].hasSuffix("← 3 dishes, 50 kg"), "\(text)")
        let chinese = try workspace.run(["trace", "down", lot.digits]).stdout
        #expect(chinese.split(separator: "\n").contains { $0.hasSuffix("← 3 道菜，50 千克") }, "\(chinese)")
        let dot = try workspace.run(["trace", "down", lot.digits, "--format", "dot", "--lang", "en"]).stdout
        #expect(dot.contains("use 50 kg (3 lines)"), "\(dot)")
        let chineseDot = try workspace.run(["trace", "down", lot.digits, "--format", "dot"]).stdout
        #expect(chineseDot.contains("使用 50 千克（3 行）"), "\(chineseDot)")
        // Upstream from the meal: three edges to the one batch, which the text shows once.
        let up = try workspace.run(["trace", "up", meal.digits, "--format", "json"])
        let upEdges = try #require(try json(up.stdout)["edges"] as? [[String: Any]])
        #expect(upEdges.filter { $0["child"] as? String == meal.digits }.count == 3)
        let upText = try workspace.run(["trace", "up", meal.digits]).stdout
        #expect(upText.split(separator: "\n").filter { $0.contains(lot.digits) }.count == 1, "\(upText)")
    }

    @Test func aVoidedSaleIsFlaggedInTraceUpAndDown() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let before = try workspace.run(["trace", "up", chain.slip.digits, "--format", "json"])
        let clean = try #require((try json(before.stdout)["nodes"] as? [[String: Any]])?.first)
        #expect((clean["flags"] as? [[String: Any]] ?? []).isEmpty, "not voided yet: \(clean)")
        try workspace.record(
            "void", key: chain.stall.keyFile, at: "2026-11-28T06:20:00+08:00",
            fields: ["slip=\(chain.slip)", "reason=称重录错"])
        for direction in [("up", chain.slip), ("down", chain.stallLot)] {
            let trace = try workspace.run(["trace", direction.0, direction.1.digits, "--format", "json"])
            let nodes = try #require(try json(trace.stdout)["nodes"] as? [[String: Any]])
            let slip = try #require(nodes.first { $0["code"] as? String == chain.slip.digits })
            let flags = try #require(slip["flags"] as? [[String: Any]])
            #expect(flags.count == 1 && flags[0]["kind"] as? String == "void", "\(direction.0): \(flags)")
            #expect(flags[0]["level"] as? String == "warning")
            #expect((flags[0]["detail"] as? String)?.contains("称重录错") == true)
        }
        // A warning is no breach: a trace of the voided slip alone is compliant; its text says it was voided.
        let stall = try workspace.run(["trace", "down", chain.stallLot.digits, "--lang", "en"])
        #expect(stall.stdout.contains("⚠ void: voided at 2026-11-28T06:20:00+08:00"), "\(stall)")
        #expect(stall.stdout.contains("1 hop with a warning (void 1)"), "\(stall)")
        #expect(stall.stdout.contains("compliant: NO — 1 hop flagged (uncertified-certificate 1)"), "\(stall)")
        let chinese = try workspace.run(["trace", "down", chain.stallLot.digits]).stdout
        #expect(chinese.contains("⚠ 已作废：已于 2026-11-28T06:20:00+08:00 由记录 "), "\(chinese)")
        #expect(chinese.contains("；1 个环节有警告（已作废 1）"), "\(chinese)")
        let mixed = OneLanguage.mixedLines(zh: chinese, en: stall.stdout)
        #expect(mixed.zh.isEmpty && mixed.en.isEmpty, "\(mixed)")
        #expect(try workspace.run(["trace", "down", chain.stallLot.digits, "--fail-on", "warning"]).status == 1)
    }

    @Test func aVoidedSaleDoesNotCountTowardsSalesExceedReceipts() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // Signed elsewhere (no till check on hand): 198 kg more from the 200 kg lot, 0.5 kg past the receipt with
        // the chain's 2.5 kg sale.
        let slip = CLIChain.code(area: "510104", node: "112", serial: 30)
        try workspace.write(
            "sale.jsonl",
            #"{"kind":"sell","at":"2026-11-28T07:00:00+08:00","body":{"slip":"\#(slip)","batch":"\#(chain.stallLot)","quantity":{"value":"198","unit":"kg"},"unitPrice":"28","amount":"5544"}}"#
                + "\n")
        try workspace.write(
            "signed.jsonl", try workspace.ok(["sign", "--key", chain.stall.keyFile, "sale.jsonl"]).stdout)
        try workspace.ok(["ingest", "signed.jsonl"])
        func oversold() throws -> [[String: Any]] {
            let audit = try workspace.run(["audit", "--format", "json"])
            let findings = try #require(try json(audit.stdout)["findings"] as? [[String: Any]], "\(audit)")
            return findings.filter { $0["rule"] as? String == "source-tickets/sales-exceed-receipts" }
        }
        let over = try oversold()
        #expect(over.count == 1 && (over.first?["message"] as? String)?.contains("超出 0.5 千克") == true, "\(over)")
        // The stall voids its 2.5 kg sale (rung up wrong): 198 of 200 kg left the batch, no oversale.
        try workspace.record(
            "void", key: chain.stall.keyFile, at: "2026-11-28T07:10:00+08:00",
            fields: ["slip=\(chain.slip)", "reason=重复录入"])
        #expect(try oversold().isEmpty)
    }
}
