import Foundation
import GRDB
import Testing

/// What a creation cut short can leave at the store path — an empty file, a database with the schema but
/// no trust anchors, a file that is not a database — is refused by every command with exit 2 and a
/// message that it is not (or cannot be opened as) a FoodTrace store, never used as an empty store that
/// trusts no one.
///
/// Guards the check that a store finished its creation (its format row, written with the anchors).
@Suite("unfinished stores are refused")
struct UnfinishedStoreTests {
    @Test("an empty file, a schema without anchors, and a non-database are not stores")
    func unfinished() throws {
        let directory = try TemporaryDirectory("unfinished")
        try directory.write("empty.sqlite", [])
        try directory.write("text.sqlite", Array("not a database, just text\n".utf8))
        let queue = try DatabaseQueue(path: directory.file("schema.sqlite"))
        try queue.write { db in try db.execute(sql: "CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL)") }
        try queue.close()
        for store in ["empty.sqlite", "text.sqlite", "schema.sqlite"] {
            for arguments in [["verify"], ["ingest", "-"], ["log"], ["export", "records"]] {
                let result = try FoodtraceCLI.run(arguments + ["--store", store], in: directory.path)
                #expect(
                    result.status == 2 && result.stderr.contains("FoodTrace store"),
                    "\(arguments.joined(separator: " ")) on \(store): \(result)")
            }
        }
    }
}
