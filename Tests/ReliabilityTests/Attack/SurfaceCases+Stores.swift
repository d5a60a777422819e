import Foundation

/// Attacks through the store file and the input's size (issue #10, "weak today"): a store marked as written by a
/// later FoodTrace (another format version, or a schema migration this one does not know) is refused by every
/// command, never opened and written; a line far longer than one record may be is refused as soon as that much of it
/// is read, the store's records exactly as they were.
extension SurfaceCases {
    func storeFiles() throws -> [(attacker: String, attempts: [SurfaceAttempt])] {
        let commands: [(String, [String])] = [
            ("verify", ["verify"]),
            ("ingest", ["ingest", city.exportPath]),
            ("export records", ["export", "records"]),
            ("trace up", ["trace", "up", try firstSlip()]),
        ]
        var future: [SurfaceAttempt] = []
        for (name, sql, phrase) in [
            ("format version 2", "UPDATE config SET value = '2' WHERE key = 'version'", "its format version is 2"),
            (
                "an unknown schema migration",
                "INSERT INTO grdb_migrations(identifier) VALUES ('v99: from a later FoodTrace')",
                "schema migration \"v99: from a later FoodTrace\""
            ),
        ] {
            let copy = "future-\(future.count).sqlite"
            try StoreFiles.copy(directory.file(store), to: directory.file(copy))
            try sqlite(copy, sql)
            for (command, arguments) in commands {
                future.append(
                    refused(
                        "\(command) on a store of \(name)", arguments + ["--store", copy],
                        phrases: ["was written by a later version of FoodTrace", phrase], unchanged: [copy]))
            }
        }

        var long: [SurfaceAttempt] = []
        for megabytes in [2, 16] {
            let file = "line-\(megabytes)MiB.jsonl"
            let line =
                Array(#"{"v":1,"kind":"sell","body":{"note":""#.utf8)
                + [UInt8](repeating: 0x61, count: megabytes << 20) + Array(#""}}"#.utf8)
            try directory.write(file, line + [0x0A])
            long.append(
                SurfaceAttempt(name: "a line of \(megabytes) MiB") { [self] in
                    let before = try expectOK(["export", "records"]).stdout
                    let result = try run(["ingest", file])
                    let after = try expectOK(["export", "records"]).stdout
                    if after != before { return .wronglyAccepted("the store changed: \(result)") }
                    return result.status == 2
                        && result.stderr.contains("\(file): line 1: the line is longer than 1048576 bytes")
                        ? .asExpected : .wrongReason("\(result)")
                })
        }
        return [("store-file", future), ("input", long)]
    }

    /// A slip code of the city, for a read command.
    private func firstSlip() throws -> String {
        for record in city.records where record.kind == .sell {
            if case .sell(let body) = try record.decodedBody() { return body.slip.digits }
        }
        throw FixtureError("the demo city has no sale")
    }

    /// Runs `sql` on a store file with the `sqlite3` tool, as someone with the file but no key would.
    private func sqlite(_ file: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [directory.file(file), sql]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("sqlite3 \(file) \(sql) failed") }
    }
}
