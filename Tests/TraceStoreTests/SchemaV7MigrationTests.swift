import Foundation
import GRDB
import Testing
import TraceGraph
import TraceModel
import TraceStoreAudit

@testable import TraceStore

/// Schema v7 keeps a sale's stock movement on its edge instead of a row of `movements`. A store made before v7 must
/// read the same ledgers while it is not migrated (opened read-only), and hold exactly what ingest writes today once
/// it is.
@Suite("schema v7: sales' stock movements on their edges")
struct SchemaV7MigrationTests {
    /// A v7 store turned back into v6: each sale's movement back in `movements` (after the other rows, as a store
    /// that recorded them as it went would not have them, which the reading order must not depend on), the edge
    /// columns gone.
    private static let downgrade = """
        INSERT INTO movements(batch, record, kind, delta_micros, at_ms, counterparty)
            SELECT parent, record, 'sell', -taken_micros, at_ms, NULL FROM edges WHERE kind = 'sell' ORDER BY rowid;
        ALTER TABLE edges DROP COLUMN taken_micros;
        ALTER TABLE edges DROP COLUMN at_ms;
        ALTER TABLE keys DROP COLUMN registered_ms;
        ALTER TABLE keys DROP COLUMN revoked_after_seq;
        ALTER TABLE tests DROP COLUMN clears;
        DROP TABLE voids;
        DROP TABLE log_leaves;
        DROP TABLE log_nodes;
        DROP TABLE log_heads;
        DROP TABLE log_cosignatures;
        DROP TABLE attestations;
        DELETE FROM grdb_migrations WHERE identifier LIKE 'v7:%' OR identifier LIKE 'v8:%' OR identifier LIKE 'v9:%'
            OR identifier LIKE 'v10:%' OR identifier LIKE 'v11:%' OR identifier LIKE 'v12:%';
        """

    /// Every batch's ledger, and the batches sold or used past what they held.
    private struct Ledgers: Equatable {
        var movements: [String: [Movement]]
        var overdrawn: [String]
    }

    private func ledgers(_ store: TraceStore) throws -> Ledgers {
        let batches = try store.read { db in
            try String.fetchAll(db, sql: "SELECT code FROM nodes WHERE type = 'batch' ORDER BY code")
        }
        var movements: [String: [Movement]] = [:]
        try store.withGraph { reader in
            for code in batches { movements[code] = try reader.movements(of: code) }
        }
        let overdrawn = try store.read { db in
            try StoreAuditQuery(db).overdrawnBatches(outflows: ["sell", "use", "ship"], through: .max)
        }
        return Ledgers(movements: movements, overdrawn: overdrawn)
    }

    /// The sample chain (2.5 kg sold from the stall's lot), then 500 g and 200 kg more: the lot oversold.
    private func makeStore(at path: String) throws -> (ChainBuilder, SampleChain) {
        let chain = try ChainBuilder(storeAt: path)
        let sample = try chain.ingestSampleChain()
        try chain.ingestAll([
            try chain.sell(sample.stall, sample.stallLot, Quantity(Amount(500), .gram)).0,
            try chain.sell(sample.stall, sample.stallLot, .kg("200")).0,
        ])
        return (chain, sample)
    }

    // Guards: a sale writes no `movements` row; its edge carries the quantity taken out, in the batch's unit (500 g
    // as 0.5 kg), at the record's time; the ledger reads it back as the sale's movement, and the overdrawn lot is
    // found.
    @Test func aSaleIsAMovementOnItsEdge() throws {
        let directory = try TemporaryDirectory()
        let (chain, sample) = try makeStore(at: directory.file("store.sqlite"))
        let counts = try chain.store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM movements WHERE kind = 'sell'") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edges WHERE kind = 'sell' AND taken_micros > 0") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edges WHERE kind <> 'sell' AND taken_micros IS NULL")
                    ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edges WHERE kind <> 'sell'") ?? -2
            )
        }
        #expect(counts.0 == 0)
        #expect(counts.1 == 3)
        #expect(counts.2 == counts.3)
        let read = try ledgers(chain.store)
        let sales = read.movements[sample.stallLot.digits]?.filter { $0.kind == "sell" }
        #expect(sales?.map(\.delta.micros) == [-2_500_000, -500_000, -200_000_000])
        #expect(read.overdrawn == [sample.stallLot.digits])
    }

    // Guards: a v6 store reads the same ledgers read-only, and migrates to what ingest writes.
    @Test func aStoreFromBeforeV7ReadsTheSameAndMigratesToWhatIngestWrites() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let (chain, _) = try makeStore(at: path)
        let expected = try ledgers(chain.store)
        let snapshot = try StoreSnapshot(chain.store)
        try RawDatabase.execute(path: path, Self.downgrade)

        let old = try TraceStore.open(path: path, readOnly: true)
        #expect(try old.read { db in try StoreGraphReader(db).layout().salesOnEdges } == false)
        #expect(try ledgers(old) == expected)

        let migrated = try TraceStore.open(path: path)
        #expect(try ledgers(migrated) == expected)
        #expect(try StoreSnapshot(migrated) == snapshot)
    }
}
