import Foundation
import GRDB
import Testing
import TraceModel

@testable import TraceStore

/// Record ids are kept unique by a named index (schema v8), which a first load drops and builds again from the
/// loaded table (``FirstLoad``); a store that held records at v8 keeps its constraint index.
@Suite("record-id index")
struct RecordIDIndexTests {
    /// The indexes on `records` (constraint indexes too), by name.
    private func recordIndexes(_ db: Database) throws -> [String: IndexInfo] {
        Dictionary(uniqueKeysWithValues: try db.indexes(on: "records").map { ($0.name, $0) })
    }

    /// Whether each index on `records` is unique, by name.
    private func indexes(_ store: TraceStore) throws -> [String: Bool] {
        try store.writer.read { db in try recordIndexes(db).mapValues(\.isUnique) }
    }

    // Guards: a new store keeps ids unique through `records_id` and no constraint index on `id`; a second record
    // with a stored id is refused by SQLite itself.
    @Test func aNewStoreKeepsRecordIDsUniqueInANamedIndex() throws {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        try chain.store.writer.read { db in
            let indexes = try recordIndexes(db)
            #expect(indexes[StoreSchema.recordIDIndex]?.isUnique == true)
            #expect(indexes[StoreSchema.recordIDIndex]?.columns == ["id"])
            // Only (issuer, seq) is a constraint index.
            let constrained = indexes.keys.filter { $0.hasPrefix("sqlite_autoindex") }
            #expect(constrained.map { indexes[$0]?.columns } == [["issuer", "seq"]])
        }
        let stored = try #require(sample.records.first).id
        #expect(throws: DatabaseError.self) {
            try chain.store.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO records(id, issuer, seq, kind, at, at_ms, key_id, raw, ingested_ms)
                        SELECT id, issuer, seq + 1000, kind, at, at_ms, key_id, raw, ingested_ms FROM records WHERE id = ?
                        """, arguments: [stored])
            }
        }
    }

    // Guards: the v8 migration rebuilds an empty records table only; one holding records keeps its constraint
    // index (and its rows), since rebuilding would copy every record.
    @Test func v8RebuildsOnlyAnEmptyRecordsTable() throws {
        let directory = try TemporaryDirectory()
        let v7 = "v7: sales' stock movements on their edges"
        for holdsRecords in [false, true] {
            let queue = try DatabaseQueue(path: directory.file("v7-\(holdsRecords).sqlite"))
            try StoreSchema.migrator.migrate(queue, upTo: v7)
            if holdsRecords {
                try queue.write { db in
                    try db.execute(
                        sql: """
                            INSERT INTO records(id, issuer, seq, kind, at, at_ms, key_id, raw, ingested_ms)
                            VALUES ('sha256:00', 'FARM-1', 1, 'produce', 't', 0, 'k', x'00', 0)
                            """)
                }
            }
            try StoreSchema.migrator.migrate(queue)
            try queue.read { db in
                let indexes = try recordIndexes(db)
                #expect((indexes[StoreSchema.recordIDIndex] != nil) == !holdsRecords)
                let idIndexes = indexes.values.filter { $0.columns == ["id"] }
                #expect(idIndexes.count == 1)
                #expect(idIndexes.allSatisfy { $0.isUnique })
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM records") == (holdsRecords ? 1 : 0))
                #expect(indexes.keys.contains("records_kind_unsold"))
            }
            try queue.close()
        }
    }

    // Guards: a first load drops the index and builds it again: afterwards records are found by id through it.
    // A record twice in the input is reported already present (found by issuer and seq, as there is no index of
    // ids meanwhile).
    @Test func aFirstLoadBuildsTheIndexAgain() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let records = try chain.sampleChain().records
        let report = try chain.ingest(records + [records[2]])
        #expect(report.accepted == records.count)
        #expect(report.alreadyPresent == 1)
        #expect(try indexes(chain.store)[StoreSchema.recordIDIndex] == true)
        let plan = try chain.store.writer.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT raw FROM records WHERE id = ?", arguments: [records[2].id]
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains(StoreSchema.recordIDIndex) })
        #expect(try chain.store.record(id: records[2].id) != nil)
    }

    // Guards: ingest takes the deferred path, and builds the index before the input's end (while the readers check
    // the last signatures): from most of the records, the rest indexed as they are written.
    @Test func aFirstLoadBuildsTheIndexBeforeTheInputsEnd() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder()
        let sample = try chain.sampleChain()
        var records = sample.records
        for _ in 0..<1_500 { records.append(try chain.sell(sample.stall, sample.stallLot, .kg("0.001")).0) }
        let log = CapturedLog()
        let store = try TraceStore.create(
            path: directory.file("store.sqlite"), anchors: chain.anchors, logger: log.logger)
        #expect(
            try store.ingest(ChainBuilder.lines(records), source: "test", now: ChainBuilder.ingestClock(1_000)).accepted
                == records.count)

        let built = log.messages.filter { $0.hasPrefix("ingest: first load: record-id index built") }
        #expect(built.count == 1)
        let from = try #require(built.first?.split(separator: "=").last.flatMap { Int($0) })
        // The readers may be a few chunks ahead of the writer when it sees the input nearly all taken.
        #expect(from < records.count && from >= records.count / 2, "built from \(from) records")
        #expect(try indexes(store)[StoreSchema.recordIDIndex] == true)
    }

    // Guards: the drop is part of the load's transaction: a refused first load leaves the index in place.
    @Test func aRefusedFirstLoadKeepsTheIndex() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        var records = try chain.sampleChain().records
        records[records.count - 1] = records[records.count - 1].withFlippedSignature()
        #expect(try chain.ingest(records).accepted == 0)
        #expect(try indexes(chain.store)[StoreSchema.recordIDIndex] == true)
    }

    // Guards: the input is nearly all taken once at most a sixty-fourth of what was taken is left (the moment a
    // first load builds the index), not before; a file's progress is counted in bytes handed out as lines, memory's
    // in lines (a pipe is read into memory first).
    @Test func theInputIsNearlyAllTakenNearItsEnd() throws {
        #expect(!LinePipeline.nearlyAll(done: 639, total: 650))
        #expect(LinePipeline.nearlyAll(done: 640, total: 650))
        #expect(LinePipeline.nearlyAll(done: 650, total: 650))
        #expect(!LinePipeline.nearlyAll(done: 0, total: 1))

        let directory = try TemporaryDirectory()
        let path = directory.file("input.jsonl")
        try Data("{\"a\":1}\n{\"b\":2}\n".utf8).write(to: URL(fileURLWithPath: path))
        let file = try IngestInput.file(path).reader()
        #expect(file.progress?.done == 0 && file.progress?.total == 16)
        #expect(try file.next(upTo: 1).count == 1)
        #expect(file.progress?.done == 8)
        #expect(try file.next(upTo: 5).count == 1)
        #expect(file.progress?.done == 16)

        let memory = try IngestInput.lines((1...3).map { IngestLine(number: $0, bytes: [0x7B, 0x7D]) }).reader()
        #expect(try memory.next(upTo: 2).count == 2)
        #expect(memory.progress?.done == 2 && memory.progress?.total == 3)

        let lines = (1...650).map { IngestLine(number: $0, bytes: Array("{}".utf8)) }
        let pipeline = LinePipeline(input: try IngestInput.lines(lines).reader(), keys: SignatureKeys(lookUp: nil))
        #expect(!pipeline.nearlyAllTaken)
        pipeline.start()
        defer { pipeline.cancel() }
        while let chunk = pipeline.next() { pipeline.recycle(chunk) }
        #expect(pipeline.nearlyAllTaken)
    }
}
