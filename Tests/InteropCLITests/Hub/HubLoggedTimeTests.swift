import Foundation
import Testing

/// A record's logged time — the first signed tree head of the hub's log that includes it — shown beside its `at` by
/// `trace`, `verify` and `slip verify --store` on the hub's store and by the hub's console trace, and flagged when
/// the two are 24 hours or more apart (the demo city's records, dated days before the hub took them in). A node's
/// store keeps no log: nothing is shown there.
@Suite("Hub: logged time beside at", .serialized)
struct HubLoggedTimeTests {
    @Test("trace, verify and slip verify show the logged time on the hub's store, and flag an at far from it")
    func loggedTimeIsShownAndFlagged() throws {
        let (city, sandbox) = try HubSyncTests.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])
        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url])
        let slip = try #require(city.sampleSlips.first)
        // The hub's console draws the trace as `trace` does: each hop flagged logged-late, its logged time beside it.
        let page = try hub.request(
            "GET", "/console/trace/\(slip)?dir=up&lang=en", token: try HubSyncTests.token(sandbox))
        let hop = try #require(HubRevocationTests.hop(slip, in: page.body), "\(page)")
        #expect(hop.contains(#"data-kind="logged-late""#) && hop.contains("hours apart"), "\(hop)")
        #expect(hop.contains("(logged 20"), "\(hop)")
        #expect(hub.stop() == 0)

        let traced = try sandbox.run(["trace", "up", slip, "--store", "hub.sqlite", "--lang", "en"])
        #expect(traced.stdout.contains("(logged 20"), "\(traced.stdout)")
        // The demo's records are dated late November; the hub logged them now (the machine's clock): days apart.
        #expect(traced.stdout.contains("logged-late: at "), "\(traced.stdout)")
        #expect(traced.stdout.contains("hours apart"), "\(traced.stdout)")
        let json = try jsonObject(
            try sandbox.run(["trace", "up", slip, "--store", "hub.sqlite", "--format", "json"]).stdout)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty && nodes.allSatisfy { ($0["logged"] as? String)?.hasPrefix("20") == true })
        let kinds = nodes.flatMap { ($0["flags"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } }
        #expect(kinds.contains("logged-late"))

        let verified = try sandbox.ok(["verify", "--store", "hub.sqlite", "--lang", "en"])
        #expect(verified.stdout.contains("record(s) dated 24 hours or more from their logged time"), "\(verified)")

        try sandbox.ok(["trust", "export", "--store", "hub.sqlite", "--key", "regulator.key", "--out", "bundle.json"])
        let payload = try sandbox.ok(["slip", slip, "--store", "hub.sqlite", "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let checked = try sandbox.ok([
            "slip", "verify", payload, "--bundle", "bundle.json", "--store", "hub.sqlite", "--lang", "en",
        ])
        #expect(checked.stdout.contains("  logged  20"), "\(checked.stdout)")
        #expect(checked.stdout.contains("; flagged: sold"), "\(checked.stdout)")

        // Near miss: the node's own store keeps no log, so no logged time and no such flag.
        let atEdge = try sandbox.run(["trace", "up", slip, "--store", "edge.sqlite", "--lang", "en"])
        #expect(!atEdge.stdout.contains("logged"), "\(atEdge.stdout)")
        #expect(!(try sandbox.ok(["verify", "--store", "edge.sqlite"]).stdout.contains("logged time")))
    }
}
