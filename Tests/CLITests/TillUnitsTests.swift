import Foundation
import Testing
import TraceModel

/// Units and codes as people type them: 斤 and 两 stored as exact kg with the price per the unit typed on the
/// slip; trace codes grouped as printed on slips; `record` reading amounts as `sell` does.
@Suite("the till's units and typed codes")
struct TillUnitsTests {
    static let later = "2026-11-28T09:00:00+08:00"

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func threeJinAtTwelveYuanPerJinIsOnePointFiveKilogramsForThirtySix() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let sold = try workspace.ok(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "3", "--unit", "斤",
                "--unit-price", "12.00", "--key", chain.stall.keyFile, "--format", "json",
            ], now: Self.later)
        let sale = try json(sold.stdout)
        #expect(sale["quantity"] as? String == "1.5" && sale["unit"] as? String == "kg", "\(sale)")
        #expect(sale["unitPrice"] as? String == "24" && sale["amount"] as? String == "36", "\(sale)")
        #expect(sale["pricedIn"] as? String == "斤")
        let record = try #require(sale["record"] as? String)
        let slip = try #require(sale["slip"] as? String)
        #expect(record.hasPrefix("sha256:") && slip.count == 20)
        // The stored record says the same.
        let shown = try json(try workspace.ok(["show", record, "--format", "json"]).stdout)
        let body = try #require(shown["body"] as? [String: Any])
        #expect((body["quantity"] as? [String: Any])?["value"] as? String == "1.5")
        #expect(body["amount"] as? String == "36" && body["pricedIn"] as? String == "斤")
        // The slip shows the quantity and price per 斤, and the stored kg.
        let text = try workspace.ok(["slip", slip]).stdout
        #expect(text.contains("3 斤 (1.5 千克)") && text.contains("12.00 元/斤") && text.contains("36.00 元"), "\(text)")
        // And offline verification reads the unit back from the QR payload.
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", slip, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let verified = try workspace.ok(["slip", "verify", payload, "--bundle", "bundle.json"]).stdout
        #expect(verified.contains("计价    3 斤 × ¥12.00/斤"), "\(verified)")
        let english = try workspace.ok(["slip", "verify", payload, "--bundle", "bundle.json", "--lang", "en"]).stdout
        #expect(english.contains("priced  3 斤 × ¥12.00/斤"), "\(english)")
    }

    @Test func liangIsFiftyGrams() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let sold = try json(
            try workspace.ok(
                [
                    "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "7", "--unit",
                    "两", "--unit-price", "1.3", "--key", chain.stall.keyFile, "--format", "json",
                ], now: Self.later
            ).stdout)
        // 7 两 = 0.35 kg; 1.3 元/两 = 26 元/kg; 0.35 × 26 = 9.1.
        #expect(sold["quantity"] as? String == "0.35" && sold["unitPrice"] as? String == "26", "\(sold)")
        #expect(sold["amount"] as? String == "9.1", "\(sold)")
        let bad = try workspace.run(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "1", "--unit", "钱",
                "--unit-price", "1", "--key", chain.stall.keyFile,
            ], now: Self.later)
        #expect(bad.status == 2 && bad.stderr.contains("--unit 钱") && bad.stderr.contains("斤"), "\(bad)")
    }

    @Test func groupedCodeIsAcceptedByTraceSlipAndSell() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        #expect(chain.slip.grouped.split(separator: " ").map(\.count) == [6, 3, 6, 4, 1])
        // Accepted and traced to the farm (exit 1 only says a hop is flagged: this chain's certificates are uncertified).
        let up = try workspace.run(["trace", "up", chain.slip.grouped])
        #expect([0, 1].contains(up.status) && up.stdout.contains(chain.farmLot.digits), "\(up)")
        let slip = try workspace.ok(["slip", chain.slip.grouped])
        #expect(slip.stdout.contains(chain.slip.grouped), "\(slip)")
        let sold = try workspace.run(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.grouped, "--quantity", "1",
                "--unit-price", "28", "--key", chain.stall.keyFile,
            ], now: Self.later)
        #expect(sold.status == 0, "\(sold)")
        // A grouped code with a wrong digit is still refused, with the check-digit reason.
        var digits = Array(chain.slip.grouped)
        digits[0] = digits[0] == "5" ? "6" : "5"
        let wrong = try workspace.run(["trace", "up", String(digits)])
        #expect(wrong.status == 2 && wrong.stderr.contains("追溯码的校验位是"), "\(wrong)")
    }

    @Test func recordReadsAmountsAsSellDoes() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let id = try workspace.record(
            "ship", key: chain.slaughterhouse.keyFile, at: "2026-11-28T07:00:00+08:00",
            fields: [
                "shipment=S-20", "batch=\(chain.carcass.grouped)", "quantity.value=20.0", "quantity.unit=kg",
                "to=\(chain.stall.id)", "documents:=[]",
            ])
        let shown = try json(try workspace.ok(["show", id, "--format", "json"]).stdout)
        let body = try #require(shown["body"] as? [String: Any])
        #expect((body["quantity"] as? [String: Any])?["value"] as? String == "20", "\(body)")
        #expect(body["batch"] as? String == chain.carcass.digits)
    }
}
