import Foundation
import GRDB
import Testing
import TraceModel

@testable import TraceStore
@testable import TraceStoreAudit

@Suite("Audits read a store that cannot be written")
struct ReadOnlyTests {
    @Test("a store opened read-only refuses to ingest a valid record that a writable one accepts")
    func readOnlyStoreRefusesIngest() throws {
        let (path, extra) = try FixedStore.createWithExtraRecord()
        let line = IngestLine(number: 1, bytes: extra.canonicalBytes)
        let readOnly = try TraceStore.open(path: path, readOnly: true)
        var refused = false
        do {
            let report = try readOnly.ingest(
                [line], source: "test", now: Timestamp(FixedStore.auditNow)!.epochMilliseconds)
            refused = report.accepted == 0
        } catch {
            refused = true
            #expect(
                "\(error)".contains("readonly") || "\(error)".contains("read-only") || "\(error)".contains("read only"),
                "\(error)")
        }
        #expect(refused)
        let count = try readOnly.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM records WHERE id = ?", arguments: [extra.id])
        }
        #expect(count == 0)

        // Near miss: the same record goes into the same file opened for writing.
        let writable = try TraceStore.open(path: path)
        let report = try writable.ingest([line], source: "test", now: Timestamp(FixedStore.auditNow)!.epochMilliseconds)
        #expect(report.accepted == 1)
    }

    @Test("the audit query view's own database connection rejects an INSERT")
    func auditQueryConnectionRejectsWrites() throws {
        let path = try FixedStore.createInTemporaryFolder()
        let store = try TraceStore.open(path: path, readOnly: true)
        let outcome = try store.withAuditQuery { query in
            Result { try query.db.execute(sql: "INSERT INTO config(key, value) VALUES ('planted-by', 'a plugin')") }
        }
        #expect(throws: DatabaseError.self) { try outcome.get() }
        let planted = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM config WHERE key = 'planted-by'")
        }
        #expect(planted == 0)
    }

    @Test("foodtrace audit leaves the store file byte for byte as it was")
    func auditLeavesFileUnchanged() throws {
        let path = try FixedStore.createInTemporaryFolder()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let plugin = try BuildProducts.fixturePlugin()
        let result = try CLI.audit(
            ["--plugin-path", plugin.path, "--plugin", "fixture", "--format", "json"], store: path)
        #expect(result.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
