import Foundation
import Testing
import TraceModel

/// Recall disposal is checked before signing (`recall dispose` and `record dispose` alike): only the holder, no more
/// than it has on hand, in a unit that converts, under a notice that exists, covers the batch and was issued first.
/// `recall issue` and `recall dispose` take `--at`.
@Suite("the till's recall disposals")
struct TillDisposalTests {
    static let notice = "RC-DISPOSE-1"

    /// The chain, with a notice on the carcass lot issued at 08:00 (so the stall's lot, made from it, is covered).
    func recalled(_ workspace: Workspace) throws -> CLIChain {
        let chain = try workspace.makeChain()
        try workspace.ok([
            "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "抽检不合格",
            "--key", CLIChain.regulatorKey, "--notice", Self.notice, "--at", "2026-11-28T08:00:00+08:00",
        ])
        return chain
    }

    func dispose(
        _ chain: CLIChain, batch: TraceCode? = nil, key: String? = nil, quantity: String, unit: String = "kg",
        notice: String = notice, at: String = "2026-11-28T09:00:00+08:00"
    ) -> [String] {
        [
            "recall", "dispose", "--batch", (batch ?? chain.stallLot).digits, "--quantity", quantity, "--unit", unit,
            "--method", "destroyed", "--notice", notice, "--key", key ?? chain.stall.keyFile, "--at", at,
            "--lang", "en",
        ]
    }

    func refused(
        _ workspace: Workspace, _ arguments: [String], _ phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try workspace.exported()
        let result = try workspace.run(arguments)
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(phrase), "\(result)", sourceLocation: sourceLocation)
        #expect(try workspace.exported() == before, "the store changed", sourceLocation: sourceLocation)
    }

    func onHand(_ workspace: Workspace, _ batch: TraceCode) throws -> String? {
        let output = try workspace.ok(["balance", "--batch", batch.digits, "--format", "json"]).stdout
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        return ((json?["batches"] as? [[String: Any]])?.first)?["onHand"] as? String
    }

    @Test func aQuantityLargerThanTheHolderHasIsRefusedAndExactlyWhatItHasIsTaken() throws {
        let workspace = try Workspace()
        let chain = try recalled(workspace)
        // 200 kg received, 2.5 kg sold: 197.5 kg on hand.
        try refused(workspace, dispose(chain, quantity: "197.6"), "197.6 kg is more than the 197.5 kg on hand")
        try refused(workspace, dispose(chain, quantity: "395.1", unit: "斤"), "is more than the 197.5 kg on hand")
        try refused(workspace, dispose(chain, quantity: "2", unit: "head"), "cannot be expressed exactly")
        try workspace.ok(dispose(chain, quantity: "395", unit: "斤"))
        #expect(try onHand(workspace, chain.stallLot) == "0")
        // Nothing left: a second disposal of even a gram is refused, so the ledger never goes negative.
        try refused(workspace, dispose(chain, quantity: "1", unit: "g"), "is more than the 0 kg on hand")
        let verify = try workspace.run(["verify"])
        #expect(verify.status == 0, "\(verify)")
    }

    @Test func onlyTheHolderDisposesAndTheNoticeMustExistCoverTheBatchAndComeFirst() throws {
        let workspace = try Workspace()
        let chain = try recalled(workspace)
        try refused(
            workspace, dispose(chain, batch: chain.carcass, quantity: "1"),
            "held by \(chain.slaughterhouse.id), not by \(chain.stall.id)")
        try refused(workspace, dispose(chain, quantity: "1", notice: "RC-DISPOSE-2"), "RC-DISPOSE-1")
        try refused(
            workspace, dispose(chain, quantity: "1", at: "2026-11-28T07:59:59+08:00"),
            "was issued at 2026-11-28T08:00:00+08:00, after the time of this disposal")
        // A notice on the stall's lot covers it and nothing upstream: the slaughterhouse's carcass is not recalled
        // by it.
        try workspace.ok([
            "recall", "issue", "--batch", chain.stallLot.digits, "--level", "3", "--reason", "标签不全",
            "--key", CLIChain.regulatorKey, "--notice", "RC-STALL-1", "--at", "2026-11-28T08:30:00+08:00",
        ])
        try refused(
            workspace,
            dispose(
                chain, batch: chain.carcass, key: chain.slaughterhouse.keyFile, quantity: "1", notice: "RC-STALL-1"),
            "recall notice RC-STALL-1 covers batch \(chain.stallLot.digits) and what was made from it, not this batch")
        // `record dispose` goes through the same check.
        try refused(
            workspace,
            [
                "record", "dispose", "--key", chain.stall.keyFile, "--at", "2026-11-28T09:00:00+08:00", "--lang", "en",
                "--field", "batch=\(chain.stallLot)", "--field", "quantity.value=500", "--field", "quantity.unit=kg",
                "--field", "method=returned", "--field", "recall=\(Self.notice)",
            ], "500 kg is more than the 197.5 kg on hand")
        // The near misses pass: the holder, under the covering notice, at its time, part of the stock.
        try workspace.ok(dispose(chain, quantity: "100", at: "2026-11-28T08:00:00+08:00"))
        try workspace.ok(
            dispose(chain, batch: chain.carcass, key: chain.slaughterhouse.keyFile, quantity: "700"))
        #expect(try onHand(workspace, chain.stallLot) == "97.5")
        #expect(try onHand(workspace, chain.carcass) == "0")
    }

    @Test func recallIssueAndDisposeTakeAt() throws {
        let workspace = try Workspace()
        let chain = try recalled(workspace)
        try workspace.ok(dispose(chain, quantity: "10", at: "2026-11-28T10:15:00+08:00"))
        let lines = try workspace.ok(["log", "--format", "json", "--limit", "2"]).stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""kind":"dispose""#) && lines[0].contains(#""at":"2026-11-28T10:15:00+08:00""#))
        #expect(lines[1].contains(#""kind":"recall""#) && lines[1].contains(#""at":"2026-11-28T08:00:00+08:00""#))
        // The default notice number takes the notice's date, not the clock's.
        let issued = try workspace.ok(
            [
                "recall", "issue", "--batch", chain.farmLot.digits, "--level", "1", "--reason", "疫病",
                "--key", CLIChain.regulatorKey, "--at", "2026-11-28T10:00:00+08:00", "--format", "json",
            ], now: "2026-11-30T12:00:00+08:00")
        #expect(issued.stdout.contains("RC-20261128-"), "\(issued)")
        let bad = try workspace.run(
            [
                "recall", "issue", "--batch", chain.farmLot.digits, "--level", "1", "--reason", "疫病",
                "--key", CLIChain.regulatorKey, "--at", "yesterday", "--lang", "en",
            ])
        #expect(bad.status == 2 && bad.stderr.contains("--at yesterday: not a time"), "\(bad)")
    }

    @Test func verifyReportsADisposalSignedElsewhereUnderANoticeThatIsNotThereOrDoesNotCoverIt() throws {
        let workspace = try Workspace()
        let chain = try recalled(workspace)
        #expect(try workspace.run(["verify"]).status == 0)
        func disposal(_ notice: String, minute: Int) -> String {
            #"{"kind":"dispose","at":"2026-11-28T09:\#(minute):00+08:00","body":{"batch":"\#(chain.stallLot)","quantity":{"value":"1","unit":"kg"},"method":"destroyed","recall":"\#(notice)"}}"#
        }
        // Signed elsewhere (no till checks): the facts are kept, and verify says the references do not hold.
        try workspace.write(
            "disposals.jsonl", disposal("RC-NOWHERE", minute: 10) + "\n" + disposal(Self.notice, minute: 11) + "\n")
        let signed = try workspace.ok(["sign", "--key", chain.stall.keyFile, "disposals.jsonl"])
        try workspace.write("signed.jsonl", signed.stdout)
        try workspace.ok(["ingest", "signed.jsonl"])
        let verify = try workspace.run(["verify", "--lang", "en"])
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.stdout.contains("answers recall notice RC-NOWHERE, which is not in the store"), "\(verify)")
        #expect(!verify.stdout.contains("notice \(Self.notice)"), "the covering notice holds: \(verify)")
    }
}
