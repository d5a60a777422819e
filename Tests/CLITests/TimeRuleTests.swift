import Foundation
import Testing
import TraceModel

/// The time rules and signature checks of ingest (issue "trust model hardening", items 1 and 8), end to end: every
/// refusal exits 2 naming the field and reason, and leaves the store's export exactly as it was.
@Suite("time rules and already-present records")
struct TimeRuleTests {
    private func lotFields(_ serial: Int) -> [String] {
        [
            "batch=\(CLIChain.code(area: "510112", node: "003", serial: serial))", "product.code=01030101",
            "product.name=生猪", "product.category=live-pig", "quantity.value=3", "quantity.unit=head",
            "origin.area=510112", "origin.name=龙泉驿区",
        ]
    }

    // Guards: `at` does not go back along a chain (the farm's last record, its ship, is dated 06:08).
    @Test func aRecordDatedBeforeTheIssuersLastIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.expectRefused(
            ["record", "produce", "--key", chain.farm.keyFile, "--at", "2026-11-28T06:07:59+08:00"]
                + lotFields(7).flatMap { ["--field", $0] },
            field: "$.at", phrase: "time may not go back along a chain")
        // The same instant as the last record is not going back.
        try workspace.record("produce", key: chain.farm.keyFile, at: "2026-11-28T06:08:00+08:00", fields: lotFields(7))
    }

    // Guards: nothing a key signs is dated before the key was registered.
    @Test func aRecordDatedBeforeItsKeysRegistrationIsRefused() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let (farm, _) = try workspace.registerParty(
            "FARM-510112-009", name: "新登记养殖场", role: "farm", area: "510112", node: "009",
            at: "2026-11-28T07:00:00+08:00")
        let fields = [
            "batch=\(CLIChain.code(area: "510112", node: "009", serial: 1))", "product.code=01030101",
            "product.name=生猪", "product.category=live-pig", "quantity.value=3", "quantity.unit=head",
            "origin.area=510112", "origin.name=龙泉驿区",
        ]
        try workspace.expectRefused(
            ["record", "produce", "--key", farm.keyFile, "--at", "2026-11-28T06:59:59+08:00"]
                + fields.flatMap { ["--field", $0] }, field: "$.at", phrase: "was registered")
        try workspace.record("produce", key: farm.keyFile, at: "2026-11-28T07:00:00+08:00", fields: fields)
    }

    // Guards: a record dated more than 10 minutes after the store's clock (12:00) is refused; 9 minutes pass.
    @Test func aRecordFromTheFutureIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.expectRefused(
            ["record", "produce", "--key", chain.farm.keyFile, "--at", "2026-11-28T12:10:01+08:00"]
                + lotFields(7).flatMap { ["--field", $0] }, field: "$.at", phrase: "from the future")
        try workspace.expectRefused(
            ["record", "produce", "--key", chain.farm.keyFile, "--at", "2099-01-01T00:00:00+08:00"]
                + lotFields(7).flatMap { ["--field", $0] }, field: "$.at", phrase: "from the future")
        try workspace.record("produce", key: chain.farm.keyFile, at: "2026-11-28T12:09:00+08:00", fields: lotFields(7))
    }

    /// A sale by the stall's key dated 06:30 (after its last record, before the revocation), signed on a copy of the
    /// store as a thief's till would: its signed line and its slip payload.
    private func backdatedSale(_ workspace: Workspace, _ chain: CLIChain) throws -> (line: String, payload: String) {
        try workspace.ok(["export", "records", "--out", "copy.jsonl"])
        try workspace.ok(["init", "--store", "thief.sqlite", "--regulator-key", CLIChain.regulatorPublicKey])
        try workspace.ok(["ingest", "copy.jsonl", "--store", "thief.sqlite"])
        let slip = CLIChain.code(area: "510104", node: "112", serial: 9)
        try workspace.ok(
            [
                "record", "sell", "--store", "thief.sqlite", "--key", chain.stall.keyFile, "--at",
                "2026-11-28T06:30:00+08:00", "--field", "slip=\(slip)", "--field", "batch=\(chain.stallLot)",
                "--field", "quantity.value=1", "--field", "quantity.unit=kg", "--field", "unitPrice=28",
                "--field", "amount=28",
            ])
        let exported = try workspace.ok(["export", "records", "--store", "thief.sqlite"]).stdout
        let line = try #require(exported.split(separator: "\n").last.map(String.init))
        let payload = try workspace.ok(["slip", slip.digits, "--store", "thief.sqlite", "--format", "payload"]).stdout
        return (line, payload.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    // Guards: a revocation naming the last valid record (`lastSeq`) retires everything later in the chain whatever its
    // date, at ingest, in `verify`'s view and in `slip verify` with a bundle exported after it.
    @Test func aRevocationNamingTheLastValidRecordStopsBackdatedSales() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        let stolen = try backdatedSale(workspace, chain)
        try workspace.write("stolen.jsonl", stolen.line + "\n")

        // The stall's key is reported stolen at 12:00; its last genuine record is the sale, seq 2.
        try workspace.record(
            "revoke", key: CLIChain.regulatorKey, at: "2026-11-28T11:59:00+08:00",
            fields: [
                "key=\(chain.stall.keyID)", "from=2026-11-28T11:00:00+08:00", "reason=key stolen", "lastSeq:=2",
            ])
        try workspace.expectRefused(
            ["ingest", "stolen.jsonl"], field: "$.seq", phrase: "revoked after the party's record seq 2")
        let refused = try workspace.run(["ingest", "stolen.jsonl"])
        #expect(refused.stderr.contains("stolen.jsonl: line 1: record sha256:"), "\(refused)")
        try workspace.ok(["verify"])

        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let checked = try workspace.run(["slip", "verify", stolen.payload, "--bundle", "bundle.json"])
        #expect(checked.status != 0, "\(checked)")
        #expect((checked.stdout + checked.stderr).contains("revoked after the party's record seq 2"), "\(checked)")
    }

    // Guards the limit the rule above closes: a revocation by time alone does not stop a sale dated before it.
    @Test func aRevocationByTimeAloneLetsABackdatedSaleThrough() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let stolen = try backdatedSale(workspace, chain)
        try workspace.write("stolen.jsonl", stolen.line + "\n")
        try workspace.record(
            "revoke", key: CLIChain.regulatorKey, at: "2026-11-28T11:59:00+08:00",
            fields: ["key=\(chain.stall.keyID)", "from=2026-11-28T11:00:00+08:00", "reason=key stolen"])
        try workspace.ok(["ingest", "stolen.jsonl"])
    }

    // Guards: an "already present" line vouches for its signature: altered, it is refused; missing, it is refused;
    // the genuine line is still already present.
    @Test func anAlreadyPresentRecordWithAnotherSignatureIsChecked() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        _ = try workspace.makeChain()
        let lines = try workspace.exported().split(separator: "\n").map(String.init)
        let line = lines[7]
        let value = try #require(line.range(of: #""value":""#, options: .backwards))
        var altered = line
        let at = altered.index(value.upperBound, offsetBy: 10)
        altered.replaceSubrange(at...at, with: altered[at] == "A" ? "B" : "A")
        try workspace.write("altered.jsonl", altered + "\n")
        try workspace.expectRefused(["ingest", "altered.jsonl"], field: "$.sig.value", phrase: "does not verify")

        var record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        record["sig"] = nil
        let unsigned = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        try workspace.write("unsigned.jsonl", unsigned + "\n")
        try workspace.expectRefused(["ingest", "unsigned.jsonl"], field: "$.sig", phrase: "not signed")

        try workspace.write("genuine.jsonl", line + "\n")
        #expect(try workspace.ok(["ingest", "genuine.jsonl"]).stdout.contains("0 accepted, 1 already present"))
    }
}
