import Foundation
import Testing

/// A hub between nodes, through the real `foodtrace` and `foodtrace-hub` over loopback HTTP: a market's records
/// pushed from an edge store to a hub and pulled into a third store agree record for record; pushing and pulling
/// again changes nothing; two nodes' different records at one issuer and seq are kept as evidence and reported.
@Suite("Hub: push and pull", .serialized)
struct HubSyncTests {
    /// An empty store trusting the demo city's regulator, and the regulator's token for reading the hub.
    static func hubSandbox() throws -> (DemoCity, Sandbox) {
        let city = try DemoCity.shared()
        // The messages checked are the English ones.
        let sandbox = try Sandbox(language: "en")
        try sandbox.write("city.jsonl", try city.sandbox.ledger(city.store))
        try FileManager.default.copyItem(
            atPath: city.sandbox.file("keys/\(city.regulator).key"), toPath: sandbox.file("regulator.key"))
        for name in ["edge.sqlite", "hub.sqlite", "third.sqlite"] { try city.emptyStore(named: name, in: sandbox) }
        return (city, sandbox)
    }

    static func token(_ sandbox: Sandbox, scope: String = "read:trace,read:audit") throws -> String {
        try sandbox.ok([
            "token", "issue", "--key", "regulator.key", "--subject", "tests", "--scope", scope, "--expires", "1h",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("an edge's records pushed to a hub and pulled into a third store: all three export the same records")
    func pushAndPull() throws {
        let (city, sandbox) = try Self.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])
        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)

        let pushed = try sandbox.ok([
            "push", "--store", "edge.sqlite", "--to", hub.url, "--batch", "500", "--format", "json",
        ])
        let pushReport = try jsonObject(pushed.stdout)
        let total = try sandbox.ledger("edge.sqlite").split(separator: "\n").count
        #expect(pushReport["accepted"] as? Int == total)
        #expect((pushReport["batches"] as? Int ?? 0) >= total / 500)

        let token = try Self.token(sandbox)
        try sandbox.ok(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token, "--page", "700"])
        let edge = try sandbox.ledger("edge.sqlite")
        #expect(try sandbox.ledger("hub.sqlite") == edge)
        #expect(try sandbox.ledger("third.sqlite") == edge)
        try sandbox.ok(["verify", "--store", "hub.sqlite"])

        // Again: nothing to send, nothing new to pull.
        let again = try jsonObject(
            try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url, "--format", "json"]).stdout)
        #expect(again["sent"] as? Int == 0)
        let pulledAgain = try jsonObject(
            try sandbox.ok(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token, "--format", "json"])
                .stdout)
        #expect(pulledAgain["accepted"] as? Int == 0)

        // A slip traced through the hub: public slip view, token-guarded trace.
        let slip = try #require(city.sampleSlips.first)
        let view = try hub.request("GET", "/slips/\(slip)")
        #expect(view.status == 200, "\(view)")
        #expect(try view.json()["slip"] as? String == slip)
        let up = try hub.request("GET", "/trace/\(slip)/up", token: token)
        #expect(up.status == 200, "\(up)")
        let local = try sandbox.trace("up", slip, store: "edge.sqlite")
        #expect((try up.json()["nodes"] as? [Any])?.count == (local["nodes"] as? [Any])?.count)
        #expect(try hub.request("GET", "/trace/\(slip)/up").status == 401)
        #expect(hub.stop() == 0, "the hub stops cleanly on SIGTERM:\n\(hub.log.suffix(2000))")
    }

    @Test("a pull of one area takes its parties' records whole, and those they depend on, and verifies")
    func pullOneArea() throws {
        let (_, sandbox) = try Self.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "hub.sqlite"])
        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        let token = try Self.token(sandbox)
        try sandbox.ok(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token, "--area", "510104"])
        try sandbox.ok(["verify", "--store", "third.sqlite"])
        let all = try sandbox.ledger("hub.sqlite").split(separator: "\n").map(String.init)
        let pulled = Set(try sandbox.ledger("third.sqlite").split(separator: "\n").map(String.init))
        #expect(pulled.isSubset(of: Set(all)) && pulled.count < all.count, "\(pulled.count) of \(all.count)")
        let parties = try #require(
            try hub.request("GET", "/parties", token: token).json()["parties"] as? [[String: Any]])
        let inArea = Set(
            parties.filter { ($0["area"] as? String)?.hasPrefix("510104") == true }.compactMap { $0["id"] as? String })
        #expect(!inArea.isEmpty)
        for line in all {
            let issuer = try jsonObject(line)["issuer"] as? String ?? ""
            if inArea.contains(issuer) { #expect(pulled.contains(line), "a record of \(issuer) was not pulled") }
        }
        #expect(try hub.request("GET", "/records?area=51x", token: token).status == 400)
    }

    @Test("two nodes with different records at one issuer and seq: the hub keeps both and reports the equivocation")
    func equivocation() throws {
        let (city, sandbox) = try Self.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])
        try sandbox.ok(["ingest", "city.jsonl", "--store", "third.sqlite"])
        // The regulator's next record, made differently on two nodes: one registers a farm, the other a market.
        for (store, party, role) in [
            ("edge.sqlite", "FARM-510112-901", "farm"), ("third.sqlite", "MKT-510104-901", "retail-market"),
        ] {
            try sandbox.ok(["keys", "new", "--party", party, "--out", "\(store).key"])
            let key = try jsonObject(
                try sandbox.ok(["keys", "show", "\(store).key", "--format", "json"]).stdout)
            try sandbox.ok([
                // After the demo city's last record, and before the hub's (real) clock: a hub refuses records from the
                // future, and the sandbox's fixed clock is weeks ahead.
                "record", "register", "--store", store, "--key", "regulator.key", "--at", "2026-12-01T09:00:00+08:00",
                "--field", "party=\(party)",
                "--field", "name=\(party)", "--field", "role=\(role)", "--field", "area=510112", "--field", "node=901",
                "--field", #"keys:=[{"id":"\#(key["id"]!)","alg":"\#(key["alg"]!)","spki":"\#(key["spki"]!)"}]"#,
            ])
        }
        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url])
        let refused = try sandbox.run(["push", "--store", "third.sqlite", "--to", hub.url])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("equivocation"), "\(refused)")
        let token = try Self.token(sandbox)
        let evidence = try hub.request("GET", "/equivocations", token: token)
        let items = try #require(try evidence.json()["equivocations"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["issuer"] as? String == city.regulator)
        #expect(try sandbox.ledger("hub.sqlite") == sandbox.ledger("edge.sqlite"))
        let verify = try sandbox.run(["verify", "--store", "hub.sqlite"])
        #expect(verify.status == 1 && verify.stdout.contains("equivocation"), "\(verify)")
    }
}
