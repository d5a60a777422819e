import Foundation
import Testing
import TraceModel
import TraceSlips

/// A sale's batch, time and amount (issue "trust model hardening", the weak points on sales), end to end: a sale
/// from a batch the store does not hold yet, or dated before the batch existed, is refused; a sale's amount is its
/// quantity × unit price to the fen — less than one fen (0.01 yuan) off either way passes, one fen off is refused, at
/// ingest and by `slip verify` for a slip signed outside any store.
@Suite("sales: batch, time and amount")
struct SaleRuleTests {
    private func saleFields(_ chain: CLIChain, slip: Int, batch: TraceCode, amount: String) -> [String] {
        [
            "slip=\(CLIChain.code(area: "510104", node: "112", serial: slip))", "batch=\(batch)",
            "quantity.value=1.25", "quantity.unit=kg", "unitPrice=28.8", "amount=\(amount)",
        ]
    }

    // Guards: a sale from a batch not yet in the store is refused (the receipt that makes it comes later); once the
    // batch is received the same sale is accepted, and `trace up` from its slip reaches the farm's lot.
    @Test func aSaleFromABatchNotYetReceivedIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // Pork is sold only with its product quarantine and meat inspection certificates quoted (the till's rule).
        let papers =
            #"[{"type":"product-quarantine","number":"\#(CLIChain.productQuarantine)"},{"type":"meat-inspection","number":"\#(CLIChain.meatInspection)"}]"#
        try workspace.record(
            "ship", key: chain.slaughterhouse.keyFile, at: "2026-11-28T06:20:00+08:00",
            body: """
                {"shipment":"S-2026-015","batch":"\(chain.carcass)","quantity":{"value":"50","unit":"kg"},"to":"\(chain.stall.id)","documents":\(papers)}
                """)
        let second = CLIChain.code(area: "510104", node: "112", serial: 5)
        let sale = saleFields(chain, slip: 6, batch: second, amount: "36")
        try workspace.expectRefused(
            ["record", "sell", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:21:00+08:00"]
                + sale.flatMap { ["--field", $0] }, field: "$.body.batch", phrase: "batch \(second) is not in the store"
        )
        try workspace.record(
            "receive", key: chain.stall.keyFile, at: "2026-11-28T06:22:00+08:00",
            body: """
                {"shipment":"S-2026-015","from":"\(chain.slaughterhouse.id)","batch":"\(chain.carcass)","as":"\(second)",
                 "quantity":{"value":"50","unit":"kg"},"documents":\(papers),"accepted":true}
                """)
        try workspace.record("sell", key: chain.stall.keyFile, at: "2026-11-28T06:22:00+08:00", fields: sale)
        let trace = try workspace.run(["trace", "up", CLIChain.code(area: "510104", node: "112", serial: 6).digits])
        // Exit 1: the small chain's certificates are quoted, not certified by their issuers (a flagged hop).
        #expect(trace.status == 0 || trace.status == 1, "\(trace)")
        #expect(trace.stdout.contains(chain.farmLot.description), "\(trace)")
    }

    // Guards: a sale dated before its batch existed (the stall's lot was received at 06:12) is refused. The receipt
    // that made the batch is in the seller's own chain (only a batch's holder sells from it), so the chain's time
    // rule refuses the sale whatever else it says; dated at the chain's last record (06:13) it is accepted.
    @Test func aSaleDatedBeforeItsBatchExistedIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        for at in ["2026-11-28T06:11:59+08:00", "2026-11-28T06:12:59+08:00"] {
            try workspace.expectRefused(
                ["record", "sell", "--key", chain.stall.keyFile, "--at", at]
                    + saleFields(chain, slip: 6, batch: chain.stallLot, amount: "36").flatMap { ["--field", $0] },
                field: "$.at", phrase: "dated \(at), before")
        }
        try workspace.record(
            "sell", key: chain.stall.keyFile, at: "2026-11-28T06:13:00+08:00",
            fields: saleFields(chain, slip: 6, batch: chain.stallLot, amount: "36"))
    }

    // Guards: 1.25 kg × 28.8 yuan = 36 yuan; 36.009 and 35.991 (less than a fen off) are accepted, 36.01 and 35.99
    // (a fen off) and 36.02 are refused, each naming the amount field.
    @Test func aSaleAmountIsQuantityTimesPriceToTheFen() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        for (serial, amount) in [(6, "36.01"), (7, "35.99"), (8, "36.02")] {
            try workspace.expectRefused(
                ["record", "sell", "--key", chain.stall.keyFile, "--at", "2026-11-28T06:20:00+08:00"]
                    + saleFields(chain, slip: serial, batch: chain.stallLot, amount: amount).flatMap {
                        ["--field", $0]
                    },
                field: "$.body.amount", phrase: "\(amount) yuan is not 1.25 × 28.8 yuan (36) to the fen")
        }
        for (serial, amount) in [(9, "36.009"), (10, "35.991"), (11, "36")] {
            try workspace.record(
                "sell", key: chain.stall.keyFile, at: "2026-11-28T06:20:00+08:00",
                fields: saleFields(chain, slip: serial, batch: chain.stallLot, amount: amount))
        }
    }

    /// A sale signed by the stall's key outside the store (`foodtrace sign`), and its slip payload.
    private func signedSale(_ workspace: Workspace, _ chain: CLIChain, slip: Int, amount: String) throws
        -> (line: String, payload: String)
    {
        let unsigned = """
            {"kind":"sell","at":"2026-11-28T06:30:00+08:00","body":{"slip":"\(CLIChain.code(area: "510104", node: "112", serial: slip))","batch":"\(chain.stallLot)","quantity":{"value":"1.25","unit":"kg"},"unitPrice":"28.8","amount":"\(amount)"}}
            """
        let line = try workspace.ok(["sign", "--key", chain.stall.keyFile], stdin: unsigned + "\n").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let record = try TraceModel.Record.parse(Array(line.utf8))
        return (line, try SlipPayload.encode(record: record))
    }

    // Guards: `slip verify` holds a slip to the same rule as ingest — a stolen or misused stall key can sign a slip
    // that no store would take, and the inspector's phone must not call it genuine; a fen off is not genuine, less is.
    @Test func slipVerifyRefusesASlipThatDoesNotAddUp() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        for amount in ["36.01", "35.99", "3600"] {
            let sale = try signedSale(workspace, chain, slip: 6, amount: amount)
            let verdict = try workspace.run(["slip", "verify", sale.payload, "--bundle", "bundle.json"])
            #expect(verdict.status == 1, "\(amount): \(verdict)")
            #expect(
                verdict.stderr.contains("inconsistent sale: \(amount) yuan charged is not 1.25 kg × 28.8 yuan"),
                "\(amount): \(verdict)")
            try workspace.write("sale.jsonl", sale.line + "\n")
            try workspace.expectRefused(["ingest", "sale.jsonl"], field: "$.body.amount", phrase: "to the fen")
        }
        for amount in ["36.009", "35.991"] {
            let sale = try signedSale(workspace, chain, slip: 6, amount: amount)
            let verdict = try workspace.run(["slip", "verify", sale.payload, "--bundle", "bundle.json"])
            #expect(verdict.status == 0, "\(amount): \(verdict)")
        }
    }
}
