import Foundation
import Testing

/// Time the signer cannot choose: a stall's key is stolen; the thief signs sales dated before the revocation's `from`
/// (the case a revocation by time alone lets through). At the hub a revocation takes effect at the tree size it was
/// logged at: a sale that reaches the hub after it is refused whatever its `at`; one that reached it before is kept.
@Suite("Hub: revocation by log position", .serialized)
struct HubRevocationTests {
    @Test("a backdated sale signed with a revoked key, reaching the hub after the revocation was logged, is refused")
    func backdatedSaleAfterTheRevocationIsRefused() throws {
        let (city, sandbox) = try HubSyncTests.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])  // the thief's copy of the stall's till
        try sandbox.ok(["ingest", "city.jsonl", "--store", "third.sqlite"])  // the regulator's office
        let slip = try #require(city.sampleSlips.first)
        let sale = try HubLogTests.sqlite(
            sandbox, "edge.sqlite",
            "SELECT r.issuer || ' ' || e.parent || ' ' || n.unit FROM edges e JOIN records r ON r.id = e.record JOIN nodes n ON n.code = e.parent WHERE e.child = '\(slip)'"
        ).split(separator: " ").map(String.init)
        try #require(sale.count == 3, "\(sale)")
        let (stall, batch, unit) = (sale[0], sale[1], sale[2])
        let keyFile = city.sandbox.file("keys/\(stall).key")
        let keyID = try #require(
            try jsonObject(try sandbox.ok(["keys", "show", keyFile, "--format", "json"]).stdout)["id"] as? String)

        /// A sale by the stolen key on the thief's copy, dated `at` (before the revocation's `from`): signed with
        /// `foodtrace sign` and ingested, as a thief's own till would (no stop-sale checks: the batch has expired).
        func thiefSells(at: String) throws -> (line: String, slip: String) {
            let code = try sandbox.ok([
                "code", "new", "--store", "edge.sqlite", "--party", stall, "--kind", "slip", "--at", at,
            ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try sandbox.write(
                "sale.json",
                #"{"kind":"sell","at":"\#(at)","body":{"slip":"\#(code)","batch":"\#(batch)","quantity":{"value":"1","unit":"\#(unit)"},"unitPrice":"28","amount":"28"}}"#
                    + "\n")
            let signed = try sandbox.ok(["sign", "--store", "edge.sqlite", "--key", keyFile, "sale.json"]).stdout
            try sandbox.write("signed.jsonl", signed)
            try sandbox.ok(["ingest", "signed.jsonl", "--store", "edge.sqlite"])
            return (signed.trimmingCharacters(in: .whitespacesAndNewlines), code)
        }

        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url])
        // Near miss: a backdated sale that reaches the hub before the revocation is kept (logged before it).
        let (kept, _) = try thiefSells(at: "2026-12-01T10:00:00+08:00")
        try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url])

        // The key is reported stolen: revoked from 2 December 08:00, by time alone (no lastSeq).
        try sandbox.ok([
            "record", "revoke", "--store", "third.sqlite", "--key", "regulator.key", "--at",
            "2026-12-02T09:00:00+08:00",
            "--field", "key=\(keyID)", "--field", "from=2026-12-02T08:00:00+08:00", "--field", "reason=key stolen",
        ])
        try sandbox.ok(["push", "--store", "third.sqlite", "--to", hub.url])

        // The thief's next sale is dated before `from`, but reaches the hub after the revocation was logged.
        let (stolen, stolenSlip) = try thiefSells(at: "2026-12-01T10:05:00+08:00")
        let refused = try sandbox.run(["push", "--store", "edge.sqlite", "--to", hub.url])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("revoked by a record this hub accepted"), "\(refused)")
        #expect(refused.stderr.contains("whatever its date"), "\(refused)")
        let token = try HubSyncTests.token(sandbox)
        let hubRecords = try hub.request("GET", "/records?after=0&limit=10000", token: token).body
        #expect(!hubRecords.contains(stolen), "the stolen sale is not at the hub")
        #expect(hubRecords.contains(kept), "the sale that came before the revocation is")

        // The other side of the rule: a store that keeps no log knows only the revocation's time, and takes the sale.
        try sandbox.write("stolen.jsonl", kept + "\n" + stolen + "\n")
        try sandbox.ok(["ingest", "stolen.jsonl", "--store", "third.sqlite"])
        #expect(hub.stop() == 0)
        #expect(try sandbox.run(["verify", "--store", "third.sqlite"]).status == 0, "no log: nothing to say of it")

        // That store becomes a hub: its log takes its records in the order it accepted them, the sales after the
        // revocation. verify and trace now flag them "logged after revocation", whatever their `at`.
        let office = try HubProcess(store: "third.sqlite", in: sandbox)
        // The office's console shows the trace as `trace` does: the stolen sale's hop flagged, its logged time beside
        // its time; near miss: the stall's sale logged before the revocation is not flagged so.
        let page = try office.request("GET", "/console/trace/\(stolenSlip)?dir=up&lang=en", token: token)
        #expect(page.status == 200, "\(page)")
        let stolenHop = try #require(Self.hop(stolenSlip, in: page.body), "\(page.body.prefix(3000))")
        #expect(stolenHop.contains(#"data-kind="logged-after-revocation""#), "\(stolenHop)")
        #expect(stolenHop.contains("signed by key \(keyID)"), "the flag's words name the key: \(stolenHop)")
        #expect(stolenHop.contains("(logged 20"), "the logged time beside the time: \(stolenHop)")
        let before = try office.request("GET", "/console/trace/\(slip)?dir=up&lang=en", token: token)
        let beforeHop = try #require(Self.hop(slip, in: before.body), "\(before.body.prefix(3000))")
        #expect(!beforeHop.contains("logged-after-revocation") && beforeHop.contains("(logged 20"), "\(beforeHop)")
        #expect(office.stop() == 0)
        let stolenID = try HubLogTests.sqlite(
            sandbox, "third.sqlite", "SELECT record FROM nodes WHERE code = '\(stolenSlip)'")
        let verified = try sandbox.run(["verify", "--store", "third.sqlite", "--lang", "en"])
        #expect(verified.status == 1, "\(verified)")
        #expect(verified.stdout.contains("record \(stolenID)"), "\(verified.stdout)")
        #expect(
            verified.stdout.contains("logged after revocation: signed by key \(keyID) of \(stall)"),
            "\(verified.stdout)")
        let traced = try sandbox.run(["trace", "up", stolenSlip, "--store", "third.sqlite", "--lang", "en"])
        #expect(traced.status == 1, "a violation: \(traced)")
        #expect(traced.stdout.contains("logged-after-revocation: signed by key \(keyID)"), "\(traced.stdout)")
        #expect(traced.stdout.contains("(logged 20"), "the logged time beside at: \(traced.stdout)")
        // Near miss: the hub never took the stolen sale, and its records logged before the revocation are not flagged.
        let atHub = try sandbox.run(["verify", "--store", "hub.sqlite"])
        #expect(atHub.status == 0 && !atHub.stdout.contains("logged after revocation"), "\(atHub)")
    }

    /// The line of the console's trace tree that draws the hop with trace code `code` (its summary, up to the hop's
    /// children or end).
    static func hop(_ code: String, in page: String) -> String? {
        guard let start = page.range(of: #"data-code="\#(code)""#) else { return nil }
        let rest = page[start.upperBound...]
        let ends = ["</summary>", "</div>"].compactMap { rest.range(of: $0)?.lowerBound }
        return String(rest[..<(ends.min() ?? rest.endIndex)])
    }
}
