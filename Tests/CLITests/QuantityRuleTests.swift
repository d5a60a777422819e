import Foundation
import Testing
import TraceModel

/// Quantities the store can know to be false (issue "trust model hardening", items 2 and 7, and the sale rules), end
/// to end, and sums that stay exact whatever the signed quantities add up to.
@Suite("quantities and sums")
struct QuantityRuleTests {
    private static let largest = "999999999999.999999"

    // Guards: ten signed movements of the largest amount out of one batch of that amount — each physically possible
    // on its own — add up beyond 64 bits: `audit` and `balance` still run (no "integer overflow", no exit 2), and
    // a single movement larger than the batch is refused at ingest.
    @Test func sumsOfTheLargestAmountsDoNotOverflow() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let lot = CLIChain.code(area: "510112", node: "003", serial: 8)
        try workspace.record(
            "produce", key: chain.farm.keyFile, at: "2026-11-28T06:20:00+08:00",
            fields: [
                "batch=\(lot)", "product.code=01030101", "product.name=白菜", "product.category=vegetable",
                "quantity.value=\(Self.largest)", "quantity.unit=kg", "origin.area=510112", "origin.name=龙泉驿区",
            ])
        for minute in 21..<31 {
            try workspace.record(
                "dispose", key: chain.farm.keyFile, at: "2026-11-28T06:\(minute):00+08:00",
                fields: [
                    "batch=\(lot)", "quantity.value=\(Self.largest)", "quantity.unit=kg", "method=destroyed",
                ])
        }
        let audit = try workspace.run(["audit"])
        #expect(audit.status == 0 || audit.status == 1, "\(audit)")
        #expect(!(audit.stdout + audit.stderr).contains("overflow"), "\(audit)")
        let balance = try workspace.run(["balance", "--batch", lot.digits])
        #expect(balance.status == 1, "\(balance)")

        try workspace.expectRefused(
            [
                "record", "dispose", "--key", chain.farm.keyFile, "--at", "2026-11-28T06:31:00+08:00", "--field",
                "batch=\(chain.farmLot)", "--field", "quantity.value=11", "--field", "quantity.unit=head",
                "--field", "method=destroyed",
            ], field: "$.body.quantity.value", phrase: "more than batch")
    }

    private func receipt(_ chain: CLIChain, _ value: String, _ unit: String) -> String {
        let lot = CLIChain.code(area: "510104", node: "112", serial: 5)
        return """
            {"shipment":"S-2026-015","from":"\(chain.slaughterhouse.id)","batch":"\(chain.carcass)","as":"\(lot)",
             "quantity":{"value":"\(value)","unit":"\(unit)"},"documents":[],"accepted":true}
            """
    }

    // Guards: a receipt counts in a unit the shipment's converts to, and no more than was shipped.
    @Test func aReceiptCannotChangeTheUnitOrExceedTheShipment() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.record(
            "ship", key: chain.slaughterhouse.keyFile, at: "2026-11-28T06:20:00+08:00",
            body: """
                {"shipment":"S-2026-015","batch":"\(chain.carcass)","quantity":{"value":"104","unit":"kg"},"to":"\(chain.stall.id)","documents":[]}
                """)
        for (name, value, unit, field, phrase) in [
            ("head", "104", "head", "$.body.quantity.unit", "does not convert exactly to kg"),
            ("over", "10000", "kg", "$.body.quantity.value", "more than the 104 kg shipped"),
            ("grams", "104000.001", "g", "$.body.quantity.value", "more than the 104 kg shipped"),
        ] {
            try workspace.write("\(name).json", receipt(chain, value, unit))
            try workspace.expectRefused(
                [
                    "record", "receive", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:21:00+08:00", "--body",
                    "\(name).json",
                ], field: field, phrase: phrase)
        }
        try workspace.record(
            "receive", key: chain.stall.keyFile, at: "2026-11-28T06:22:00+08:00", body: receipt(chain, "104000", "g"))
    }

    private func sale(_ chain: CLIChain, serial: Int, amount: String) -> [String] {
        [
            "slip=\(CLIChain.code(area: "510104", node: "112", serial: serial))", "batch=\(chain.stallLot)",
            "quantity.value=1.25", "quantity.unit=kg", "unitPrice=28.8", "amount=\(amount)",
        ]
    }

    // Guards: a sale's amount is its quantity times its unit price to the fen (1.25 × 28.8 = 36); a sale is not dated
    // before its batch existed (the stall's lot was received at 06:12).
    @Test func aSaleMustAddUp() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.expectRefused(
            ["record", "sell", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:20:00+08:00"]
                + sale(chain, serial: 6, amount: "36.01").flatMap { ["--field", $0] },
            field: "$.body.amount", phrase: "is not 1.25 × 28.8")
        try workspace.record(
            "sell", key: chain.stall.keyFile, at: "2026-11-28T06:20:00+08:00",
            fields: sale(chain, serial: 6, amount: "36"))
        try workspace.record(
            "sell", key: chain.stall.keyFile, at: "2026-11-28T06:21:00+08:00",
            fields: sale(chain, serial: 7, amount: "36.009"))
    }
}
