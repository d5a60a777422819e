import Foundation
import Testing

/// SQL-looking text fed through every CLI surface that takes text: refused where it is not a valid
/// value, stored byte for byte where it is, and the store intact after all of it.
///
/// Guards that every statement binds user input as parameters: with a single interpolated value, one of
/// these inputs would drop a table, break the statement, or change what is stored.
@Suite("SQL-looking input is refused or stored verbatim")
struct SQLLookingInputTests {
    static let injections = [
        "x'); DROP TABLE records;--",
        "' OR '1'='1",
        "\"; DELETE FROM parties; --",
        "1; UPDATE keys SET revoked_ms = 0",
    ]

    @Test("SQL-looking party ids, record ids, trace codes and names")
    func injections() throws {
        let workspace = try CLIWorkspace("sql")
        try workspace.register("FARM-510112-003", role: "farm")
        var stored: [String] = []
        for (index, text) in Self.injections.enumerated() {
            // Free text is stored verbatim: a party's name.
            try workspace.register("FARM-510112-10\(index)", role: "farm", name: text, node: "10\(index)")
            stored.append(text)
        }
        let before = try workspace.probe
        for text in Self.injections {
            // Where a party id, a record id or a trace code is expected, the text is refused or finds nothing.
            let refusals: [[String]] = [
                ["keys", "new", "--party", text, "--out", "sql.key"],
                ["show", text], ["trace", "up", text], ["trace", "down", text], ["slip", "print", text],
                [
                    "record", "register", "--key", CLIWorkspace.regulatorKey, "--field", "party=\(text)", "--field",
                    "name=x",
                    "--field", "role=farm", "--field", "area=510112", "--field", "node=001", "--field", #"keys:=[]"#,
                ],
            ]
            for arguments in refusals {
                let result = try workspace.run(arguments)
                #expect(result.status == 2 && !result.signalled, "\(arguments.joined(separator: " ")): \(result)")
            }
            #expect(!FileManager.default.fileExists(atPath: workspace.directory.file("sql.key")))
            // Read filters with the text name no party: refused (exit 2, the text named), nothing changed.
            for arguments in [
                ["log", "--party", text], ["export", "records", "--party", text], ["audit", "--party", text],
            ] {
                let result = try workspace.run(arguments)
                #expect(
                    !result.signalled && result.status == 2 && result.stdout.isEmpty,
                    "\(arguments.joined(separator: " ")): \(result)")
                #expect(
                    !result.stdout.contains("FARM-510112-003"),
                    "\(arguments.joined(separator: " ")) matched another party")
            }
            #expect(try workspace.probe == before, "the store changed after \(text)")
        }
        let export = try workspace.ok(["export", "records"]).stdout
        for text in stored {
            let escaped = text.replacingOccurrences(of: "\"", with: "\\\"")
            #expect(export.contains(escaped), "\(text) was not stored verbatim")
        }
        let verify = try workspace.run(["verify"])
        #expect(verify.status == 0, "\(verify)")
        #expect(try StoreProbe.integrity(path: workspace.directory.file("foodtrace.sqlite")) == "ok")
        #expect(try workspace.probe.records == 1 + Self.injections.count)
    }
}
