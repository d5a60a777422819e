import Foundation
import Testing
import TraceModel

/// The ledger tells the whole truth: a stock count that finds 48 kg missing shows as shrinkage in balance, as
/// unaccounted in the drill (which does not pass) and in recall status; a void puts a sale back on hand.
@Suite("the till's ledger: stock counts and voids")
struct TillLedgerTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aCountWith48KilogramsMissingIsShrinkageTheDrillAndRecallStatusShow() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        // Before the count the drill of the carcass lot accounts for every kilogram.
        let clean = try workspace.run(["recall", "drill", "--batch", chain.carcass.digits, "--format", "json"])
        let cleanReport = try json(clean.stdout)
        #expect((cleanReport["reconciliation"] as? [String: Any])?["unaccounted"] as? String == "0", "\(clean)")
        // The stall had 200 − 2.5 = 197.5 kg by the ledger and counts 149.5 kg.
        try workspace.record(
            "count", key: chain.stall.keyFile, at: "2026-11-28T11:00:00+08:00",
            fields: ["batch=\(chain.stallLot)", "counted.value=149.50", "counted.unit=kg", "note=收市盘点"])
        let balance = try workspace.ok(["balance", "--batch", chain.stallLot.digits, "--format", "json"])
        let entry = try #require((try json(balance.stdout)["batches"] as? [[String: Any]])?.first)
        #expect(entry["shrinkage"] as? String == "48" && entry["onHand"] as? String == "149.5", "\(entry)")
        let text = try workspace.ok(["balance", "--batch", chain.stallLot.digits]).stdout
        #expect(text.contains("− shrinkage 48 = on hand 149.5 kg"), "\(text)")

        let drill = try workspace.run(["recall", "drill", "--batch", chain.carcass.digits, "--format", "json"])
        let report = try json(drill.stdout)
        let reconciliation = try #require(report["reconciliation"] as? [String: Any])
        #expect(reconciliation["unaccounted"] as? String == "48", "\(reconciliation)")
        #expect(reconciliation["accountedPercent"] as? String != "100", "\(reconciliation)")
        #expect(report["passed"] as? Bool == false)
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        #expect(
            gaps.contains {
                $0["kind"] as? String == "count-shortfall" && $0["batch"] as? String == chain.stallLot.digits
            })
        #expect(drill.status != 0)
        let parties = try #require((report["forward"] as? [String: Any])?["parties"] as? [[String: Any]])
        let stallForms = try #require(
            parties.first { $0["id"] as? String == chain.stall.id }?["forms"] as? [[String: Any]])
        #expect(stallForms.first?["unaccounted"] as? String == "48" && stallForms.first?["unit"] as? String == "kg")

        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "抽检不合格",
                "--key", CLIChain.regulatorKey, "--notice", "RC-COUNT-1",
            ], now: "2026-11-28T11:10:00+08:00")
        let status = try workspace.run(
            ["recall", "status", "RC-COUNT-1", "--format", "json"], now: "2026-11-28T11:20:00+08:00")
        let recalls = try #require(try json(status.stdout)["recalls"] as? [[String: Any]])
        let holders = try #require(recalls.first?["holders"] as? [[String: Any]])
        let stall = try #require(holders.first { $0["party"] as? String == chain.stall.id })
        #expect(stall["unaccounted"] as? String == "48", "\(stall)")
    }

    @Test func aVoidRestoresStockAndIsRefusedOutsideItsWindowOrForAnotherStall() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // The chain's sale (2.5 kg at 06:13) is voided the same morning.
        let late = try workspace.run(
            [
                "record", "void", "--key", chain.stall.keyFile, "--at", "2026-11-29T06:13:01+08:00",
                "--field", "slip=\(chain.slip)", "--field", "reason=称错",
            ], now: "2026-11-29T07:00:00+08:00")
        #expect(late.status == 2 && late.stderr.contains("24 小时内作废"), "just past the window: \(late)")
        try workspace.ok(
            [
                "record", "void", "--key", chain.stall.keyFile, "--at", "2026-11-29T06:13:00+08:00",
                "--field", "slip=\(chain.slip.grouped)", "--field", "reason=称重录错",
            ], now: "2026-11-29T07:00:00+08:00")
        let entry = try #require(
            (try json(try workspace.ok(["balance", "--batch", chain.stallLot.digits, "--format", "json"]).stdout)[
                "batches"] as? [[String: Any]])?.first)
        #expect(entry["onHand"] as? String == "200" && entry["voided"] as? String == "2.5", "\(entry)")
        // The slip shows the void; offline verification says so where it is given the store.
        let slip = try workspace.ok(["slip", chain.slip.digits]).stdout
        #expect(slip.hasPrefix("已作废：2026-11-29T06:13:00+08:00：称重录错（记录 sha256:"), "\(slip)")
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", chain.slip.digits, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let offline = try workspace.ok(["slip", "verify", payload, "--bundle", "bundle.json"]).stdout
        #expect(!offline.contains("VOIDED"), "the payload alone cannot know: \(offline)")
        let known = try workspace.ok(
            ["slip", "verify", payload, "--bundle", "bundle.json", "--store", "foodtrace.sqlite"]
        ).stdout
        #expect(known.contains("已作废  2026-11-29T06:13:00+08:00：称重录错"), "\(known)")
        let english = try workspace.ok(
            ["slip", "verify", payload, "--bundle", "bundle.json", "--store", "foodtrace.sqlite", "--lang", "en"]
        ).stdout
        #expect(english.contains("VOIDED  at 2026-11-29T06:13:00+08:00: 称重录错"), "\(english)")
        let again = try workspace.run(
            [
                "record", "void", "--key", chain.stall.keyFile, "--at", "2026-11-29T06:20:00+08:00",
                "--field", "slip=\(chain.slip)", "--field", "reason=again",
            ], now: "2026-11-29T07:00:00+08:00")
        #expect(again.status == 2 && again.stderr.contains("已由记录 sha256:"), "\(again)")
    }

    @Test func aVoidedSaleIsNeitherSoldAfterTheRecallNorCountedOutsideItsOwnPeriod() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        func soldAfterRecall() throws -> [String] {
            let audit = try workspace.run(
                ["audit", "--plugin", "recall", "--format", "json"], now: "2026-11-28T07:00:00+08:00")
            let findings = try #require(try json(audit.stdout)["findings"] as? [[String: Any]], "\(audit)")
            return findings.filter { $0["rule"] as? String == "recall/sold-after-recall" }.compactMap {
                $0["subject"] as? String
            }
        }
        func drillGaps() throws -> [String] {
            let drill = try workspace.run(
                ["recall", "drill", "--batch", chain.carcass.digits, "--format", "json"],
                now: "2026-11-28T07:00:00+08:00")
            return try #require(try json(drill.stdout)["gaps"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        }
        func stallStatus(_ notice: String) throws -> [String: Any] {
            let status = try workspace.run(
                ["recall", "status", notice, "--format", "json"], now: "2026-11-28T07:00:00+08:00")
            let recalls = try #require(try json(status.stdout)["recalls"] as? [[String: Any]], "\(status)")
            let holders = try #require(recalls.first?["holders"] as? [[String: Any]])
            return try #require(holders.first { $0["party"] as? String == chain.stall.id })
        }
        // The notice is dated half a minute before the chain's sale (06:13): the sale is a sale after the recall.
        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "抽检不合格",
                "--key", CLIChain.regulatorKey, "--notice", "RC-VOID-1", "--at", "2026-11-28T06:12:30+08:00",
            ], now: "2026-11-28T06:20:00+08:00")
        #expect(try soldAfterRecall() == [chain.slip.digits])
        #expect(try drillGaps().contains("sold-after-recall"))
        #expect(try stallStatus("RC-VOID-1")["soldAfterNotice"] as? String == "2.5")
        // The stall voids it (rung up wrong): nothing was sold after the notice, and the 2.5 kg are back on hand.
        try workspace.ok(
            [
                "record", "void", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:25:00+08:00",
                "--field", "slip=\(chain.slip)", "--field", "reason=称重录错",
            ], now: "2026-11-28T06:30:00+08:00")
        #expect(try soldAfterRecall() == [])
        #expect(try !drillGaps().contains("sold-after-recall"))
        let voided = try stallStatus("RC-VOID-1")
        #expect(
            voided["soldAfterNotice"] as? String == "0" && voided["soldBeforeNotice"] as? String == "0", "\(voided)")
        #expect(voided["outstanding"] as? String == "200", "\(voided)")

        // A second notice dated after the sale (06:20) but before its void (06:25): the sale and its void both
        // belong before it; the void is not a negative sale after the notice.
        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "复检",
                "--key", CLIChain.regulatorKey, "--notice", "RC-VOID-2", "--at", "2026-11-28T06:20:00+08:00",
            ], now: "2026-11-28T06:40:00+08:00")
        let second = try stallStatus("RC-VOID-2")
        #expect(
            second["soldAfterNotice"] as? String == "0" && second["soldBeforeNotice"] as? String == "0", "\(second)")
    }

    @Test func onlyTheVoidedSaleLeavesTheSalesAfterTheRecall() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // A second sale from the same batch at 06:14, then a notice dated 06:12:30: both sales are after it.
        let second = CLIChain.code(area: "510104", node: "112", serial: 3)
        _ = try workspace.record(
            "sell", key: chain.stall.keyFile, at: "2026-11-28T06:14:00+08:00",
            fields: [
                "slip=\(second)", "batch=\(chain.stallLot)", "quantity.value=1", "quantity.unit=kg", "unitPrice=28",
                "amount=28",
            ])
        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "抽检不合格",
                "--key", CLIChain.regulatorKey, "--notice", "RC-VOID-3", "--at", "2026-11-28T06:12:30+08:00",
            ], now: "2026-11-28T06:20:00+08:00")
        try workspace.ok(
            [
                "record", "void", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:25:00+08:00",
                "--field", "slip=\(chain.slip)", "--field", "reason=称重录错",
            ], now: "2026-11-28T06:30:00+08:00")
        let now = "2026-11-28T07:00:00+08:00"
        let audit = try json(
            try workspace.run(["audit", "--plugin", "recall", "--format", "json"], now: now).stdout)
        let findings = try #require(audit["findings"] as? [[String: Any]])
        let subjects = findings.filter { $0["rule"] as? String == "recall/sold-after-recall" }.compactMap {
            $0["subject"] as? String
        }
        #expect(subjects == [second.digits], "the unvoided sale stays a finding")
        let drill = try json(
            try workspace.run(["recall", "drill", "--batch", chain.carcass.digits, "--format", "json"], now: now)
                .stdout)
        let gaps = try #require(drill["gaps"] as? [[String: Any]]).filter {
            $0["kind"] as? String == "sold-after-recall"
        }
        #expect(gaps.count == 1, "\(gaps)")
        let status = try json(
            try workspace.run(["recall", "status", "RC-VOID-3", "--format", "json"], now: now).stdout)
        let holders = try #require((status["recalls"] as? [[String: Any]])?.first?["holders"] as? [[String: Any]])
        let stall = try #require(holders.first { $0["party"] as? String == chain.stall.id })
        #expect(stall["soldAfterNotice"] as? String == "1" && stall["outstanding"] as? String == "199", "\(stall)")
    }

    @Test func aDrillOfAPigLotReportsEachHolderInTheUnitItHandledAndStatesTheConversion() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let drill = try workspace.run(["recall", "drill", "--batch", chain.farmLot.digits, "--format", "json"])
        let report = try json(drill.stdout)
        let parties = try #require((report["forward"] as? [String: Any])?["parties"] as? [[String: Any]])
        func forms(_ party: CLIParty) throws -> [[String: String]] {
            try #require(parties.first { $0["id"] as? String == party.id }?["forms"] as? [[String: String]])
        }
        // The stall handled kg of pork: 200 received, 2.5 sold, 197.5 on hand — not 2.222222 of a pig.
        let stall = try forms(chain.stall)
        #expect(stall.count == 1, "\(stall)")
        #expect(stall[0]["product"] == "白条猪肉" && stall[0]["unit"] == "kg")
        #expect(stall[0]["received"] == "200" && stall[0]["sold"] == "2.5" && stall[0]["onHand"] == "197.5")
        // The slaughterhouse received and slaughtered 10 head, made 900 kg, shipped 200 kg, holds 700 kg.
        let house = try forms(chain.slaughterhouse)
        #expect(house.map { $0["unit"] } == ["head", "kg"], "\(house)")
        #expect(house[0]["received"] == "10" && house[0]["processed"] == "10" && house[0]["onHand"] == "0")
        #expect(house[1]["made"] == "900" && house[1]["shipped"] == "200" && house[1]["onHand"] == "700")
        // The lot level, per form, and the conversion with its actual yield.
        let lotForms = try #require(report["forms"] as? [[String: String]])
        #expect(lotForms.map { $0["unit"] } == ["head", "kg"])
        #expect(lotForms[0]["made"] == "10" && lotForms[0]["shipped"] == "10" && lotForms[0]["processed"] == "10")
        #expect(lotForms[1]["made"] == "900" && lotForms[1]["sold"] == "2.5" && lotForms[1]["onHand"] == "897.5")
        let conversions = try #require(report["conversions"] as? [[String: String]])
        #expect(conversions.count == 1 && conversions[0]["yield"] == "90 kg/head", "\(conversions)")
        #expect(conversions[0]["fromQuantity"] == "10" && conversions[0]["toQuantity"] == "900")
        let text = try workspace.run(["recall", "drill", "--batch", chain.farmLot.digits, "--lang", "en"]).stdout
        #expect(text.contains("白条猪肉 (kg): received 200, sold 2.5, on hand 197.5"), "\(text)")
        let chinese = try workspace.run(["recall", "drill", "--batch", chain.farmLot.digits]).stdout
        #expect(chinese.contains("白条猪肉（千克）：收货 200，销售 2.5，库存 197.5"), "\(chinese)")
        #expect(chinese.contains("转换：10 头 生猪 → 900 千克 白条猪肉（得率 90 千克/头，记录 "), "\(chinese)")
        #expect(text.contains("conversion: 10 head 生猪 → 900 kg 白条猪肉 (90 kg/head"), "\(text)")
        #expect(text.range(of: #"(received|sold|shipped) \d+\.\d+ head"#, options: .regularExpression) == nil)
    }
}
