import Foundation
import GRDB
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Migration v6: ingest stamps never go back in rowid order, and the records ingested from a time on (what
/// `export records --since` streams) are found without an index on the stamp.
@Suite("ingest stamps")
struct IngestStampTests {
    /// The ids `forEachRecord(since:)` streams.
    private func streamed(_ store: TraceStore, since: Int64) throws -> [String] {
        var ids: [String] = []
        try store.forEachRecord(since: since) { ids.append($0.id) }
        return ids
    }

    /// The ids of the records whose stamp is at or after `since`, read row by row in rowid order.
    private func stampedFrom(_ store: TraceStore, _ since: Int64) throws -> [String] {
        try store.read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM records NOT INDEXED WHERE ingested_ms >= ? ORDER BY n", arguments: [since])
        }
    }

    private func stamps(_ store: TraceStore) throws -> [Int64] {
        try store.read { db in try Int64.fetchAll(db, sql: "SELECT ingested_ms FROM records ORDER BY n") }
    }

    // Guards: an ingest whose clock is behind the store's last stamp takes that stamp, and every time finds
    // exactly the records stamped at or after it, before, between and after the ingests.
    @Test func exportSinceIsExactWhenTheClockWentBack() throws {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        let start = try #require(try stamps(chain.store).last)
        let times: [Int64] = [start + 60_000, start + 30_000, start + 90_000]
        var ingested: [[String]] = []
        for now in times {
            let sales = try (0..<3).map { _ in try chain.sell(sample.stall, sample.stallLot, .kg("0.5")).0 }
            let report = try chain.store.ingest(ChainBuilder.lines(sales), source: "test", now: now)
            try #require(report.accepted == sales.count)
            ingested.append(sales.map(\.id))
        }
        let all = try stamps(chain.store)
        #expect(all == all.sorted())
        // The second ingest's clock was behind the first's: it took the first's stamp.
        #expect(all.suffix(9) == Array(repeating: times[0], count: 6) + Array(repeating: times[2], count: 3))

        #expect(try streamed(chain.store, since: times[1]) == ingested.flatMap { $0 })
        #expect(try streamed(chain.store, since: times[0]) == ingested.flatMap { $0 })
        #expect(try streamed(chain.store, since: times[0] + 1) == ingested[2])
        #expect(try streamed(chain.store, since: times[2] + 1).isEmpty)
        #expect(try streamed(chain.store, since: 0).count == sample.records.count + 9)
        for since in [0, start - 1, start, start + 1, times[1], times[0], times[0] + 1, times[2], times[2] + 1] {
            #expect(try streamed(chain.store, since: since) == stampedFrom(chain.store, since), "since \(since)")
        }
        var sinceAndParty: [String] = []
        try chain.store.forEachRecord(party: sample.stall.id, since: times[0] + 1) { sinceAndParty.append($0.id) }
        #expect(sinceAndParty == ingested[2])
    }

    // Guards: a store from before v6 whose clock went back between ingests has its stamps raised in rowid order
    // when it is opened, and loses the index.
    @Test func storesFromBeforeHaveTheirStampsRaised() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        _ = try chain.ingestSampleChain()
        let count = try stamps(chain.store).count
        // As v5 left it: the index back, v6 not applied, and the stamps going back from the fourth record on.
        try RawDatabase.execute(
            path: path,
            """
            CREATE INDEX records_ingested ON records(ingested_ms);
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v6%';
            UPDATE records SET ingested_ms = 5000 + n WHERE n <= 3;
            UPDATE records SET ingested_ms = 1000 + n WHERE n > 3;
            """)

        let store = try TraceStore.open(path: path)
        let raised = try stamps(store)
        #expect(raised == [5001, 5002, 5003] + Array(repeating: 5003, count: count - 3))
        #expect(try streamed(store, since: 5003).count == count - 2)
        #expect(try streamed(store, since: 5004).isEmpty)
        let indexes = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        #expect(!indexes.contains("records_ingested"))
    }

    // Guards: stamps already in order are left as they were.
    @Test func storesWithStampsInOrderKeepThem() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        _ = try chain.ingestSampleChain()
        try RawDatabase.execute(
            path: path,
            """
            CREATE INDEX records_ingested ON records(ingested_ms);
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v6%';
            UPDATE records SET ingested_ms = 1000 * n;
            """)
        let before = try stamps(chain.store)
        let store = try TraceStore.open(path: path)
        #expect(try stamps(store) == before)
        #expect(try streamed(store, since: 3000) == stampedFrom(store, 3000))
    }
}
