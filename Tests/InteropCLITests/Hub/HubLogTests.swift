import Foundation
import Testing

/// The hub's transparency log through the real `foodtrace` and `foodtrace-hub`: every accepted record is a leaf, heads
/// are signed and served with proofs that verify; `log verify` rebuilds the tree from the records; a hub that rewrites
/// its history (a logged record deleted, the tree rebuilt without it) is caught by the next pull of a node and by a
/// witness, with both heads as evidence.
@Suite("Hub: transparency log", .serialized)
struct HubLogTests {
    /// Runs SQL on a store file with the sqlite3 shell: what a hub operator with write access to the file can do.
    @discardableResult
    static func sqlite(_ sandbox: Sandbox, _ store: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [sandbox.file(store), sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3 \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("every pushed record is logged; inclusion and consistency proofs verify; log verify rebuilds the tree")
    func logAndProofs() throws {
        let (_, sandbox) = try HubSyncTests.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])
        let hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        let pushed = try jsonObject(
            try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url, "--batch", "500", "--format", "json"])
                .stdout)
        let ledger = try sandbox.ledger("edge.sqlite").split(separator: "\n").map(String.init)
        #expect(pushed["logSize"] as? Int == ledger.count, "\(pushed)")

        let head = try hub.request("GET", "/log/head").json()
        #expect(head["size"] as? Int == ledger.count)
        let shown = try sandbox.ok(["log", "head", "--hub", hub.url]).stdout
        #expect(
            shown.contains("tree head: \(ledger.count) records") && shown.contains("signature verifies"), "\(shown)")

        // The first record, one in the middle and the last: each leaf is the record's bytes, in acceptance order.
        for index in [0, ledger.count / 2, ledger.count - 1] {
            let id = try Self.sqlite(
                sandbox, "edge.sqlite", "SELECT id FROM records ORDER BY n LIMIT 1 OFFSET \(index)")
            let proof = try jsonObject(
                try sandbox.ok(["log", "proof", id, "--hub", hub.url, "--store", "edge.sqlite", "--format", "json"])
                    .stdout)
            #expect(proof["verifies"] as? Bool == true)
            #expect((proof["proof"] as? [String: Any])?["index"] as? Int == index)
        }
        // Consistency between the head after the first batch of 500 and the latest.
        let consistency = try sandbox.ok(["log", "proof", "--from", "500", "--to", "\(ledger.count)", "--hub", hub.url])
        #expect(consistency.stdout.contains("the proof verifies"), "\(consistency)")
        // A record the hub never saw has no proof; a size the log never had has none either.
        #expect(
            try hub.request("GET", "/log/proof/inclusion?record=sha256:" + String(repeating: "0", count: 64)).status
                == 404)
        #expect(try hub.request("GET", "/log/proof/consistency?from=1&to=\(ledger.count + 1)").status == 404)
        #expect(try hub.request("GET", "/log/proof/consistency?from=9&to=3").status == 400)
        #expect(hub.stop() == 0)

        // Logged time beside `at`: the city's records are dated weeks before they reached this hub, and say so.
        let first = try Self.sqlite(sandbox, "hub.sqlite", "SELECT id FROM records ORDER BY n LIMIT 1")
        let shownRecord = try sandbox.ok(["show", first, "--store", "hub.sqlite", "--lang", "en"]).stdout
        #expect(
            shownRecord.contains("logged: ") && shownRecord.contains("hours before its logged time"), "\(shownRecord)")
        let verified = try sandbox.ok(["log", "verify", "--store", "hub.sqlite"])
        #expect(verified.stdout.contains("the log matches the records"), "\(verified)")
        // The hub's operator changes a logged record's bytes (the second record now holds the third's): the rebuilt
        // tree differs from the stored subtrees and every signed head from then on.
        try Self.sqlite(
            sandbox, "hub.sqlite", "UPDATE records SET raw = (SELECT raw FROM records WHERE n = 3) WHERE n = 2")
        let changed = try sandbox.run(["log", "verify", "--store", "hub.sqlite", "--format", "json"])
        #expect(changed.status == 1, "\(changed)")
        let problems = try jsonObject(changed.stdout)["problems"] as? [String] ?? []
        #expect(problems.contains { $0.contains("subtree 1 at level 0 differs") }, "\(problems)")
        #expect(problems.contains { $0.contains("the signed head of size \(ledger.count) has root") }, "\(problems)")
        // The hub's operator deletes a sale from the records (leaving the log): verify names the disagreement.
        try Self.sqlite(
            sandbox, "hub.sqlite", "DELETE FROM records WHERE n = (SELECT max(n) FROM records WHERE kind = 'sell')")
        let broken = try sandbox.run(["log", "verify", "--store", "hub.sqlite"])
        #expect(broken.status == 1, "\(broken)")
        #expect(broken.stdout.contains("logged records are missing"), "\(broken)")
    }

    @Test("a hub that deletes a logged record and rebuilds its tree is caught by the next pull and by the witness")
    func rewrittenHistoryIsCaught() throws {
        let (_, sandbox) = try HubSyncTests.hubSandbox()
        try sandbox.ok(["ingest", "city.jsonl", "--store", "edge.sqlite"])
        try sandbox.ok(["keys", "new", "--party", "WITNESS-510100", "--out", "witness.key"])
        var hub = try HubProcess(store: "hub.sqlite", in: sandbox)
        let port = hub.port
        try sandbox.ok(["push", "--store", "edge.sqlite", "--to", hub.url])
        let token = try HubSyncTests.token(sandbox)
        let first = try sandbox.ok(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token])
        #expect(first.stdout.contains("first head seen"), "\(first)")
        let witnessed = try sandbox.ok(["log", "witness", "--hub", hub.url, "--key", "witness.key"])
        #expect(witnessed.stdout.contains("co-signed the head of"), "\(witnessed)")
        let size = try #require(try hub.request("GET", "/log/head").json()["size"] as? Int)
        let cosigned = try hub.request("GET", "/log/heads/\(size)").json()
        #expect((cosigned["cosignatures"] as? [Any])?.count == 1, "\(cosigned)")
        // Unchanged, a second pull and a second witness run agree.
        #expect(
            try sandbox.ok(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token]).stdout
                .contains("consistent with the head of \(size) seen before"))
        try sandbox.ok(["log", "witness", "--hub", hub.url, "--key", "witness.key"])
        #expect(hub.stop() == 0)

        // The operator deletes one logged sale and has the hub log its records afresh, as if it had never been.
        try Self.sqlite(
            sandbox, "hub.sqlite",
            """
            DELETE FROM records WHERE n = (SELECT min(n) FROM records WHERE kind = 'sell');
            DELETE FROM log_leaves; DELETE FROM log_nodes; DELETE FROM log_heads; DELETE FROM log_cosignatures;
            """)
        hub = try HubProcess(store: "hub.sqlite", in: sandbox, port: port)
        let pulled = try sandbox.run(["pull", "--store", "third.sqlite", "--from", hub.url, "--token", token])
        #expect(pulled.status == 1, "\(pulled)")
        #expect(pulled.stderr.contains("not consistent with what it showed before"), "\(pulled)")
        #expect(pulled.stderr.contains("before: {") && pulled.stderr.contains("now:    {"), "both heads as evidence")
        #expect(pulled.stderr.contains("shrank from \(size) to \(size - 1)"), "\(pulled)")
        let witness = try sandbox.run(["log", "witness", "--hub", hub.url, "--key", "witness.key"])
        #expect(witness.status == 1 && witness.stderr.contains("not consistent"), "\(witness)")

        // One more record pushed brings the size back: the roots differ, and the proof fails.
        try sandbox.ok(["keys", "new", "--party", "FARM-510112-977", "--out", "farm.key"])
        let key = try jsonObject(try sandbox.ok(["keys", "show", "farm.key", "--format", "json"]).stdout)
        try sandbox.ok([
            "record", "register", "--store", "edge.sqlite", "--key", "regulator.key", "--at",
            "2026-12-01T09:00:00+08:00",
            "--field", "party=FARM-510112-977", "--field", "name=FARM-510112-977", "--field", "role=farm",
            "--field", "area=510112", "--field", "node=977",
            "--field", #"keys:=[{"id":"\#(key["id"]!)","alg":"\#(key["alg"]!)","spki":"\#(key["spki"]!)"}]"#,
        ])
        let pushedAgain = try sandbox.run(["push", "--store", "edge.sqlite", "--to", hub.url])
        #expect(pushedAgain.status == 1, "\(pushedAgain)")
        #expect(
            pushedAgain.stderr.contains("consistency proof from \(size) to \(size) records")
                || pushedAgain.stderr.contains("two roots for \(size) records"), "\(pushedAgain)")
        #expect(hub.stop() == 0)
    }
}
