import Foundation
import GRDB
import Testing
import TraceModel

@testable import TraceStore

/// The first ingest into a store file without records goes through SQLite's rollback journal (``FirstLoad``), and
/// leaves the store in WAL mode whatever happens; any other ingest goes through the WAL.
@Suite("first load through the rollback journal")
struct FirstLoadTests {
    private func journalMode(_ store: TraceStore) throws -> String? {
        try store.writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    // Guards: an empty store file switches to the rollback journal for the load and back to WAL at its end, with
    // a WAL file a read-only connection can open the store through; the parallel phase gets the anchors' keys.
    @Test func anEmptyStoreFileLoadsThroughTheRollbackJournal() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let load = try #require(FirstLoad.begin(chain.store.writer, lock: chain.store.lock))
        #expect(try journalMode(chain.store) == "delete")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let anchorKey = chain.anchors[0].key.keyID
        #expect(load.keyLookUp([anchorKey, "ed25519:unknown"]).keys.sorted() == [anchorKey])

        try load.end()
        #expect(try journalMode(chain.store) == "wal")
        let walSize = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect((walSize ?? 0) > 0)
        let reader = try TraceStore.open(path: path, readOnly: true)
        #expect(try reader.anchors().count == 1)
    }

    // Guards: no first load for a store in memory, a store that holds records, or one another connection has open
    // (SQLite cannot leave WAL mode then); each stays in its mode.
    @Test func otherStoresStayInTheirMode() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let fresh = try chain.freshStore()
        #expect(FirstLoad.begin(fresh.writer, lock: fresh.lock) == nil)

        let shared = try TraceStore.create(path: directory.file("shared.sqlite"), anchors: chain.anchors)
        let other = try TraceStore.open(path: directory.file("shared.sqlite"), readOnly: true)
        _ = try other.anchors()
        #expect(FirstLoad.begin(shared.writer, lock: shared.lock) == nil)
        #expect(try journalMode(shared) == "wal")

        _ = try chain.ingestSampleChain()
        #expect(FirstLoad.begin(chain.store.writer, lock: chain.store.lock) == nil)
        #expect(try journalMode(chain.store) == "wal")
    }

    // Guards: ingest takes the first-load path (its pages never pass through the WAL, which holds only the commit
    // that reopens it) and stores what an ingest through the WAL stores (the same input into a store another
    // connection holds open), and ends in WAL mode.
    @Test func aFirstLoadStoresWhatTheWALStores() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("first.sqlite"))
        let records = try chain.sampleChain().records
        let lines = ChainBuilder.lines(records)
        let first = try chain.store.ingest(lines, source: "test", now: ChainBuilder.ingestClock(1_000))
        #expect(first.accepted == records.count)

        let viaWAL = try TraceStore.create(path: directory.file("wal.sqlite"), anchors: chain.anchors)
        let holder = try TraceStore.open(path: directory.file("wal.sqlite"), readOnly: true)
        _ = try holder.anchors()
        #expect(
            try viaWAL.ingest(lines, source: "test", now: ChainBuilder.ingestClock(1_000)).accepted == records.count)

        #expect(try StoreSnapshot(chain.store) == StoreSnapshot(viaWAL))
        #expect(try journalMode(chain.store) == "wal")
        let walBytes = { (name: String) in
            try FileManager.default.attributesOfItem(atPath: directory.file(name) + "-wal")[.size] as? Int ?? 0
        }
        #expect(try walBytes("first.sqlite") * 4 < walBytes("wal.sqlite"))
    }

    // Guards: a refused first load leaves the store empty, in WAL mode, without a journal file; the record-by-record
    // pass that reports the refusal (and `partial`, which keeps the rest) runs as for any store.
    @Test func aRefusedFirstLoadLeavesTheStoreEmptyInWALMode() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        var records = try chain.sampleChain().records
        records[records.count - 1] = records[records.count - 1].withFlippedSignature()
        let empty = try StoreSnapshot(chain.store)

        let refused = try chain.ingest(records)
        #expect(refused.accepted == 0)
        #expect(refused.rejected.map(\.line) == [records.count])
        #expect(try StoreSnapshot(chain.store) == empty)
        #expect(try journalMode(chain.store) == "wal")
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))

        let kept = try chain.ingest(records, partial: true)
        #expect(kept.accepted == records.count - 1)
        #expect(try journalMode(chain.store) == "wal")
    }

    // Guards: a store left in rollback-journal mode (a first load killed before it ended) opens read-only: the
    // open returns it to WAL mode first, rolling back a hot journal on the way.
    @Test func aStoreLeftInRollbackModeOpensReadOnly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let before = try sampleStore(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try queue.close()
        #expect(try RawDatabase.text(path: path, "PRAGMA journal_mode") == "delete")

        let reader = try TraceStore.open(path: path, readOnly: true)
        #expect(try StoreSnapshot(reader) == before)
        #expect(try RawDatabase.text(path: path, "PRAGMA journal_mode") == "wal")
    }

    /// A store file holding the sample chain, closed; its snapshot.
    private func sampleStore(at path: String) throws -> StoreSnapshot {
        let chain = try ChainBuilder(storeAt: path)
        _ = try chain.ingestSampleChain()
        return try StoreSnapshot(chain.store)
    }
}
