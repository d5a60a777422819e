import Foundation
import Testing
import TraceModel

/// The till stops what must not be sold: `sell` and `record ship|transform|use` refuse, before signing, a batch
/// under a recall notice (its own or an ancestor's), with an uncleared positive test for a banned substance, past
/// its expiry, or pork at a stall without its certificates; exit 2, the store unchanged. Records signed elsewhere
/// with the same facts are still ingested.
@Suite("the till's stop-sale checks")
struct TillStopSaleTests {
    static let later = "2026-11-28T09:00:00+08:00"

    func sell(
        _ workspace: Workspace, _ chain: CLIChain, batch: TraceCode? = nil, now: String = later, lang: String = "zh"
    ) throws -> CLIResult {
        try workspace.run(
            [
                "sell", "--stall", chain.stall.id, "--batch", (batch ?? chain.stallLot).digits, "--quantity", "1",
                "--unit-price", "28", "--key", chain.stall.keyFile, "--lang", lang,
            ], now: now)
    }

    @Test func saleFromARecalledAncestorIsRefusedNamingTheNotice() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        #expect(try sell(workspace, chain, now: "2026-11-28T07:59:00+08:00").status == 0, "before the notice")
        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "抽检不合格",
                "--key", CLIChain.regulatorKey, "--notice", "RC-TEST-0001",
            ], now: "2026-11-28T08:00:00+08:00")
        let before = try workspace.exported()
        let refused = try sell(workspace, chain)
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains("停止销售：批次 \(chain.stallLot.digits) 的销售被拒绝")
                && refused.stderr.contains("召回通知 RC-TEST-0001（2级，抽检不合格") && !refused.stderr.contains("refused"),
            "the operator's language (zh by default): \(refused)")
        #expect(refused.stdout.isEmpty, "no slip printed")
        let english = try sell(workspace, chain, lang: "en")
        #expect(
            english.status == 2 && english.stderr.contains("stop-sale: sale of batch")
                && english.stderr.contains("under recall notice RC-TEST-0001") && !english.stderr.contains("召回"),
            "\(english)")
        #expect(try workspace.exported() == before, "nothing signed or stored")
        // The slaughterhouse holding the rest of the recalled carcass may not ship it either…
        let ship = try workspace.run(
            [
                "record", "ship", "--key", chain.slaughterhouse.keyFile, "--at", Self.later,
                "--field", "shipment=S-2026-099", "--field", "batch=\(chain.carcass)",
                "--field", "quantity.value=10", "--field", "quantity.unit=kg", "--field", "to=\(chain.stall.id)",
                "--field", "documents:=[]",
            ])
        #expect(ship.status == 2 && ship.stderr.contains("RC-TEST-0001"), "\(ship)")
        // …but may return or destroy it: that is what the notice asks for.
        try workspace.ok(
            [
                "record", "dispose", "--key", chain.slaughterhouse.keyFile, "--at", Self.later,
                "--field", "batch=\(chain.carcass)", "--field", "quantity.value=10", "--field", "quantity.unit=kg",
                "--field", "method=destroyed", "--field", "recall=RC-TEST-0001",
            ])
    }

    @Test func positiveBannedSubstanceTestStopsSaleUntilAConfirmatoryTestClearsIt() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // Near miss: a positive test for a substance that is not banned (a pesticide screen) does not stop sale.
        try workspace.record(
            "test", key: chain.vet.keyFile, at: "2026-11-28T07:00:00+08:00",
            fields: ["batch=\(chain.liveLot)", "analyte=organophosphate", "method=rapid", "result=positive"])
        #expect(try sell(workspace, chain, now: "2026-11-28T07:30:00+08:00").status == 0)
        let positive = try workspace.record(
            "test", key: chain.vet.keyFile, at: "2026-11-28T08:00:00+08:00",
            fields: ["batch=\(chain.liveLot)", "analyte=clenbuterol", "method=rapid", "result=positive"])
        let before = try workspace.exported()
        let refused = try sell(workspace, chain)
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains(positive) && refused.stderr.contains("clenbuterol")
                && refused.stderr.contains("瘦肉精"), "\(refused)")
        #expect(try workspace.exported() == before)
        // The holder cannot clear it itself (it may test its own batch, not overturn an authority's test).
        let selfCleared = try workspace.run(
            [
                "record", "test", "--key", chain.slaughterhouse.keyFile, "--at", "2026-11-28T08:30:00+08:00",
                "--field", "batch=\(chain.liveLot)", "--field", "analyte=clenbuterol", "--field", "method=lab",
                "--field", "result=negative", "--field", "clears=\(positive)",
            ])
        #expect(selfCleared.status == 2 && selfCleared.stderr.contains("$.body.clears"), "\(selfCleared)")
        // A confirmatory lab test by the vet authority clears it from its time on.
        try workspace.record(
            "test", key: chain.vet.keyFile, at: "2026-11-28T08:45:00+08:00",
            fields: [
                "batch=\(chain.liveLot)", "analyte=clenbuterol", "method=lab", "result=negative", "clears=\(positive)",
            ])
        #expect(try sell(workspace, chain, now: "2026-11-28T08:44:59+08:00").status == 2, "before the clearing test")
        #expect(try sell(workspace, chain).status == 0, "after it")
    }

    /// A second delivery to the stall, received with `documents` and `expires`; returns the stall's new batch.
    func deliver(
        _ workspace: Workspace, _ chain: CLIChain, shipment: String, serial: Int, documents: String,
        expires: String? = nil
    ) throws -> TraceCode {
        try workspace.record(
            "ship", key: chain.slaughterhouse.keyFile, at: "2026-11-28T07:00:00+08:00",
            body: """
                {"shipment":"\(shipment)","batch":"\(chain.carcass)","quantity":{"value":"50","unit":"kg"},"to":"\(chain.stall.id)","documents":\(documents)}
                """)
        let lot = CLIChain.code(area: "510104", node: "112", serial: serial)
        let expiry = expires.map { #","expires":"\#($0)""# } ?? ""
        try workspace.record(
            "receive", key: chain.stall.keyFile, at: "2026-11-28T07:01:00+08:00",
            body: """
                {"shipment":"\(shipment)","from":"\(chain.slaughterhouse.id)","batch":"\(chain.carcass)","as":"\(lot)",
                 "quantity":{"value":"50","unit":"kg"},"documents":\(documents),"accepted":true\(expiry)}
                """)
        return lot
    }

    @Test func saleAtOrPastExpiryIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let papers =
            #"[{"type":"product-quarantine","number":"P1"},{"type":"meat-inspection","number":"M1"}]"#
        let lot = try deliver(
            workspace, chain, shipment: "S-EXP", serial: 10, documents: papers, expires: "2026-11-29T00:00:00+08:00")
        #expect(try sell(workspace, chain, batch: lot, now: "2026-11-28T23:59:59+08:00").status == 0)
        let refused = try sell(workspace, chain, batch: lot, now: "2026-11-29T00:00:00+08:00")
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("已于 2026-11-29T00:00:00+08:00 过期"), "\(refused)")
        let english = try sell(workspace, chain, batch: lot, now: "2026-11-29T00:00:00+08:00", lang: "en")
        #expect(english.stderr.contains("expired at 2026-11-29T00:00:00+08:00"), "\(english)")
    }

    @Test func porkAtAStallWithoutItsCertificatesIsRefusedNamingWhatIsMissing() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let none = try deliver(workspace, chain, shipment: "S-NONE", serial: 10, documents: "[]")
        let refused = try sell(workspace, chain, batch: none)
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains("product-quarantine") && refused.stderr.contains("meat-inspection")
                && refused.stderr.contains("肉品品质检验合格证"), "\(refused)")
        let half = try deliver(
            workspace, chain, shipment: "S-HALF", serial: 11,
            documents: #"[{"type":"product-quarantine","number":"P2"}]"#)
        let halfRefused = try sell(workspace, chain, batch: half)
        #expect(halfRefused.status == 2, "\(halfRefused)")
        #expect(
            halfRefused.stderr.contains("肉品品质检验合格证（meat-inspection）")
                && !halfRefused.stderr.contains("product-quarantine"),
            "\(halfRefused)")
    }

    @Test func aSaleSignedElsewhereFromARecalledBatchIsStillIngested() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.ok(
            [
                "recall", "issue", "--batch", chain.carcass.digits, "--level", "1", "--reason", "检出致病菌",
                "--key", CLIChain.regulatorKey, "--notice", "RC-TEST-0002",
            ], now: "2026-11-28T08:00:00+08:00")
        let slip = CLIChain.code(area: "510104", node: "112", serial: 20)
        try workspace.write(
            "sale.jsonl",
            #"{"kind":"sell","at":"2026-11-28T09:00:00+08:00","body":{"slip":"\#(slip)","batch":"\#(chain.stallLot)","quantity":{"value":"1","unit":"kg"},"unitPrice":"28","amount":"28"}}"#
                + "\n")
        let signed = try workspace.ok(["sign", "--key", chain.stall.keyFile, "sale.jsonl"])
        try workspace.write("signed.jsonl", signed.stdout)
        let ingested = try workspace.run(["ingest", "signed.jsonl"])
        #expect(ingested.status == 0, "the fact happened and is kept: \(ingested)")
        #expect(try workspace.exported().contains(slip.digits))
    }

    @Test func processingOrServingARecalledBatchIsRefusedToo() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let (canteen, lot) = try workspace.canteenReceivingCarcass(
            chain, id: "CANTEEN-510104-301", name: "锦江区某单位食堂", node: "301", kilograms: "30", shipment: "S-USE")
        try workspace.ok([
            "recall", "issue", "--batch", chain.farmLot.digits, "--level", "1", "--reason", "非洲猪瘟疑似",
            "--key", CLIChain.regulatorKey, "--notice", "RC-TEST-0003", "--at", "2026-11-28T08:00:00+08:00",
        ])
        let cuts = CLIChain.code(area: "510113", node: "001", serial: 40)
        let transform = try workspace.run(
            [
                "record", "transform", "--key", chain.slaughterhouse.keyFile, "--at", Self.later, "--lang", "en",
                "--body",
                "-",
            ],
            stdin: """
                {"process":"cut","inputs":[{"batch":"\(chain.carcass)","quantity":{"value":"100","unit":"kg"}}],
                 "outputs":[{"batch":"\(cuts)","product":{"code":"01010102","name":"猪后腿肉","category":"pork"},
                             "quantity":{"value":"95","unit":"kg"}}]}
                """)
        #expect(
            transform.status == 2 && transform.stderr.contains("stop-sale: cut of batch")
                && transform.stderr.contains("RC-TEST-0003"), "\(transform)")
        let meal = CLIChain.code(area: "510104", node: "301", serial: 2)
        let use = try workspace.run(
            [
                "record", "use", "--key", canteen.keyFile, "--at", Self.later, "--lang", "en", "--body", "-",
            ],
            stdin: """
                {"meal":"\(meal)","service":"lunch","servedAt":"\(Self.later)","diners":40,
                 "dishes":[{"name":"回锅肉","ingredients":[{"batch":"\(lot)","quantity":{"value":"5","unit":"kg"}}]}]}
                """)
        #expect(
            use.status == 2 && use.stderr.contains("use in meal \(meal.digits) of batch \(lot.digits)")
                && use.stderr.contains("RC-TEST-0003"), "\(use)")
    }
}
