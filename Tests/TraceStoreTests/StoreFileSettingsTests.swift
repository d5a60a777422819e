import Foundation
import GRDB
import Testing
import TraceModel

@testable import TraceStore

/// New stores are made with 16 KiB pages; stores made before keep theirs. The writer does not zero freed bytes.
@Suite("store file settings")
struct StoreFileSettingsTests {
    private func pragma(_ name: String, _ path: String) throws -> String {
        try RawDatabase.text(path: path, "PRAGMA \(name)")
    }

    // Guards: `TraceStore.create` sets the page size before the first write (a later PRAGMA would not take).
    @Test func aNewStoreHas16KiBPagesInWALMode() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        _ = try chain.ingestSampleChain()
        #expect(try pragma("page_size", path) == "16384")
        #expect(try pragma("journal_mode", path) == "wal")
    }

    // Guards: opening a store made with 4 KiB pages neither fails nor changes it, and ingest goes on in it.
    @Test func anOlderStoreKeepsItsPageSize() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let sample = try chain.ingestSampleChain()
        // A copy with 4 KiB pages, as stores were made before (VACUUM INTO takes a page size set before it).
        let older = directory.file("older.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; VACUUM INTO ?", arguments: [older])
        }
        try queue.close()
        let copy = try DatabaseQueue(path: older)
        try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try copy.close()
        #expect(try pragma("page_size", older) == "4096")

        let store = try TraceStore.open(path: older)
        let before = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") ?? 0 }
        let sale = try chain.sell(sample.stall, sample.stallLot, .kg("0.5")).0
        let report = try chain.ingest([sale], into: store)
        #expect(report.accepted == 1)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") } == before + 1)
        #expect(try pragma("page_size", older) == "4096")
    }

    // Guards: the writer connection turns SQLite's secure delete off (Debian's build has it on).
    @Test func theWriterDoesNotZeroFreedBytes() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let writer = try chain.store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA secure_delete") }
        #expect(writer == 0)
    }
}
