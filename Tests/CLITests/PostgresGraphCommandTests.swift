import Foundation
import Testing

/// `trace up|down`, `balance`, `show` and `recall drill` with `--store postgres://…`: the demo city copied into
/// PostgreSQL answers each of them as the SQLite store does, byte for byte (a drill's clock readings aside) and with
/// the same exit status, clean hops and the demo's injected defects alike (a recall, a voided sale, a positive test,
/// missing and expired certificates, a missing receipt, an oversold batch, an exceeded yield).
@Suite("graph commands on the PostgreSQL store, end to end")
struct PostgresGraphCommandTests {
    @Test(.enabled(if: Workspace.postgresBase != nil, Workspace.postgresSkipReason))
    func theDemoCityAnswersAsOnSQLite() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        workspace.language = "en"  // the English flag names are checked below
        let url = try workspace.newPostgresDatabase()
        try workspace.ok(["store", "copy", demo.store, url])

        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(demo.manifest.utf8)) as? [String: Any])
        let slip = try #require((manifest["sampleSlips"] as? [String])?.first)
        let farmLots = try #require(manifest["farmLots"] as? [[String: Any]])
        let lot = try #require(farmLots.first { ($0["slips"] as? Int ?? 0) > 0 }?["code"] as? String)
        let defects = try #require(manifest["defects"] as? [[String: Any]])
        func code(_ type: String) throws -> String {
            try #require((defects.first { $0["type"] as? String == type }?["codes"] as? [String])?.first, "\(type)")
        }
        let flagged = try [
            "sale-after-recall", "voided-sale", "clenbuterol-positive", "missing-meat-inspection", "expired-quarantine",
            "missing-receipt", "oversold", "yield-exceeded",
        ].map(code)
        let party = try #require((manifest["sampleParties"] as? [String: String])?.values.sorted().first)
        let record = try #require(
            try workspace.ok(["trace", "up", slip, "--format", "json", "--store", demo.store]).stdout.firstMatch(
                of: /"record" : "sha256:([0-9a-f]{12})/)?.1)

        var commands: [[String]] = [
            ["trace", "up", slip], ["trace", "up", slip, "--format", "dot"],
            ["trace", "down", lot, "--format", "json"],
            ["trace", "down", lot, "--format", "mermaid"], ["balance"], ["balance", "--format", "json"],
            ["balance", "--party", party], ["balance", "--batch", flagged[6]], ["show", slip],
            ["show", "sha256:" + record], ["trace", "up", "51010400126112899999"],
            ["export", "records", "--party", party], ["export", "records", "--party", String(slip.prefix(6))],
        ]
        for code in flagged {
            commands += [["trace", "up", code, "--format", "json"], ["trace", "down", code, "--format", "json"]]
        }
        var outputs: [String] = []
        for command in commands {
            let sqlite = try workspace.run(command + ["--store", demo.store])
            let postgres = try workspace.run(command + ["--store", url])
            #expect(postgres.status == sqlite.status, "\(command): \(postgres.stderr)")
            #expect(postgres.stdout == sqlite.stdout, "\(command)")
            #expect(
                postgres.stderr.replacingOccurrences(of: url, with: "STORE")
                    == sqlite.stderr.replacingOccurrences(of: demo.store, with: "STORE"), "\(command)")
            outputs.append(sqlite.stdout + sqlite.stderr)
            #expect(sqlite.status != 0 || !sqlite.stdout.isEmpty, "\(command) said nothing")
        }
        // A recall drill reads the same on both engines (its clock's readings aside); one that would be stored is
        // refused on PostgreSQL, naming why.
        func drill(_ arguments: [String], _ store: String) throws -> (Int32, NSDictionary) {
            let run = try workspace.run(["recall", "drill", "--format", "json", "--store", store] + arguments)
            var report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            for key in ["startedAt", "endedAt", "elapsedMilliseconds", "elapsedMicroseconds"] {
                #expect(report.removeValue(forKey: key) != nil, "\(key)")
            }
            return (run.status, report as NSDictionary)
        }
        for arguments in [["--batch", lot], ["--batch", flagged[6]], ["--random", "--seed", "7"]] {
            let (sqliteStatus, sqliteReport) = try drill(arguments, demo.store)
            let (status, report) = try drill(arguments, url)
            #expect(status == sqliteStatus && report == sqliteReport, "recall drill \(arguments)")
        }
        let stored = try workspace.run(["recall", "drill", "--batch", lot, "--store", url, "--key", "any.key"])
        #expect(stored.status == 2)
        #expect(stored.stderr.contains("a drill is stored (--key) in SQLite stores only so far"), "\(stored.stderr)")

        // What was compared holds the cases worth comparing: the flags, a balance violation, a refusal.
        let all = outputs.joined()
        for kind in ["recalled", "void", "positive-test", "missing-certificate", "expired-certificate"] {
            #expect(all.contains("\"kind\" : \"\(kind)\""), "no \(kind) flag in the outputs")
        }
        #expect(all.contains("VIOLATION negative-on-hand"))
        #expect(outputs[10].contains("51010400126112899999"))
    }
}
