import Foundation
import Testing
import TraceModel

/// Who may recall, test and certify (issue "trust model hardening", items 3 and 4), end to end, with near misses on
/// both sides: each refusal exits 2 naming the field and reason and leaves the store as it was.
@Suite("who may recall, test and certify")
struct AuthorityRuleTests {
    private func recall(_ batch: TraceCode, notice: String) -> [String] {
        ["batch=\(batch)", "recall=\(notice)", "level:=2", "reason=抽检不合格"]
    }

    // Guards: a farm recalls what it made and what was made from it, not another farm's goods; a regulator recalls in
    // its area only; the anchor (area 510100, Chengdu) recalls a batch made in 510113.
    @Test func onlyTheMakerTheHolderOrTheAreasRegulatorRecalls() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let (rival, _) = try workspace.registerParty(
            "FARM-510112-007", name: "另一养殖场", role: "farm", area: "510112", node: "007",
            at: "2026-11-28T06:20:00+08:00")
        let (faraway, _) = try workspace.registerParty(
            "SAMR-440300", name: "深圳市市场监督管理局", role: "regulator", area: "440300", node: "000",
            at: "2026-11-28T06:21:00+08:00")
        try workspace.expectRefused(
            ["record", "recall", "--key", rival.keyFile, "--at", "2026-11-28T06:30:00+08:00"]
                + recall(chain.carcass, notice: "RC-1").flatMap { ["--field", $0] },
            field: "$.body.batch", phrase: "may not recall batch")
        try workspace.expectRefused(
            ["record", "recall", "--key", faraway.keyFile, "--at", "2026-11-28T06:30:00+08:00"]
                + recall(chain.carcass, notice: "RC-2").flatMap { ["--field", $0] },
            field: "$.body.batch", phrase: "outside its area")
        // The farm made the live pigs the carcass was cut from; the slaughterhouse holds it; the anchor's area.
        try workspace.record(
            "recall", key: chain.farm.keyFile, at: "2026-11-28T06:31:00+08:00",
            fields: recall(chain.carcass, notice: "RC-3"))
        try workspace.record(
            "recall", key: chain.slaughterhouse.keyFile, at: "2026-11-28T06:32:00+08:00",
            fields: recall(chain.carcass, notice: "RC-4"))
        try workspace.record(
            "recall", key: CLIChain.regulatorKey, at: "2026-11-28T06:33:00+08:00",
            fields: recall(chain.stallLot, notice: "RC-5"))
    }

    // Guards: a stall cannot file a test against a competitor's batch; the holder, the market the holder stands in,
    // and a laboratory or the veterinary authority can.
    @Test func onlyEntitledTestersTestAnotherPartysBatch() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let (rival, _) = try workspace.registerParty(
            "STALL-510104-001-B07", name: "B07 猪肉摊", role: "stall", area: "510104", node: "113",
            parent: chain.market.id, at: "2026-11-28T06:20:00+08:00")
        let positive = ["batch=\(chain.stallLot)", "analyte=clenbuterol", "method=rapid", "result=positive"]
        try workspace.expectRefused(
            ["record", "test", "--key", rival.keyFile, "--at", "2026-11-28T06:30:00+08:00"]
                + positive.flatMap { ["--field", $0] },
            field: "$.body.batch", phrase: "may not file a test against batch")
        let negative = ["batch=\(chain.stallLot)", "analyte=clenbuterol", "method=rapid", "result=negative"]
        try workspace.record("test", key: chain.stall.keyFile, at: "2026-11-28T06:31:00+08:00", fields: negative)
        try workspace.record("test", key: chain.market.keyFile, at: "2026-11-28T06:32:00+08:00", fields: negative)
        try workspace.record("test", key: chain.vet.keyFile, at: "2026-11-28T06:33:00+08:00", fields: negative)
    }

    // Guards: a farm's animal quarantine "certificate" (it may not issue one) does not occupy the number: the vet
    // authority's genuine certificate with it is accepted; a number is still issued once by each issuer and once among
    // the issuers entitled to it.
    @Test func aPartyNotEntitledToADocumentTypeCannotSquatItsNumbers() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        func certificate(_ number: String) -> String {
            """
            {"type":"animal-quarantine","number":"\(number)","subject":"\(chain.farm.id)","batch":"\(chain.farmLot)",
             "validFrom":"2026-11-28T06:30:00+08:00","result":"pass"}
            """
        }
        try workspace.record(
            "certify", key: chain.farm.keyFile, at: "2026-11-28T06:30:00+08:00", body: certificate("A5100000330"))
        try workspace.record(
            "certify", key: chain.vet.keyFile, at: "2026-11-28T06:31:00+08:00", body: certificate("A5100000330"))
        try workspace.write("again.json", certificate("A5100000330"))
        try workspace.expectRefused(
            [
                "record", "certify", "--key", chain.vet.keyFile, "--at", "2026-11-28T06:32:00+08:00", "--body",
                "again.json",
            ],
            field: "$.body.number", phrase: "a document number is issued once")
        try workspace.expectRefused(
            [
                "record", "certify", "--key", chain.farm.keyFile, "--at", "2026-11-28T06:33:00+08:00", "--body",
                "again.json",
            ],
            field: "$.body.number", phrase: "a document number is issued once")
        // The chain's own certificate, issued by the vet, still blocks its number for the vet.
        try workspace.write("chain.json", certificate(CLIChain.quarantine))
        try workspace.expectRefused(
            [
                "record", "certify", "--key", chain.vet.keyFile, "--at", "2026-11-28T06:34:00+08:00", "--body",
                "chain.json",
            ],
            field: "$.body.number", phrase: "a document number is issued once")
    }
}
