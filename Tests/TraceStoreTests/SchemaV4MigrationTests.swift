import Foundation
import GRDB
import Testing
import TraceCrypto
import TraceGraph
import TraceModel
import TraceStore

/// Schema v4 keeps on `nodes` what a walk needs of each hop (the creating record's `at` and key, the number of
/// inputs) and each batch's quoted documents once in `batch_documents`. A store made before v4 must get exactly
/// what ingest writes today when it is migrated, and must trace the same while it is not (opened read-only).
@Suite("schema v4: walk columns and quoted documents")
struct SchemaV4MigrationTests {
    /// What v4 added, as rows of text, and the traces through the sample chain as JSON.
    private struct Observed: Equatable {
        var nodes: [String]
        var quoted: [String]
        var traces: [Data]
    }

    private static let downgrade = """
        ALTER TABLE nodes DROP COLUMN at;
        ALTER TABLE nodes DROP COLUMN key_id;
        ALTER TABLE nodes DROP COLUMN inputs;
        DROP TABLE batch_documents;
        DROP INDEX keys_revoked;
        CREATE INDEX document_refs_batch_document ON document_refs(batch, type, number);
        DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%';
        """

    private func traces(_ store: TraceStore, _ sample: SampleChain) throws -> [Data] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return try [
                tracer.up(from: sample.slip.digits), tracer.up(from: sample.meal.digits),
                tracer.down(from: sample.farmLot.digits),
                tracer.down(from: sample.carcass.digits),
            ].map { try encoder.encode($0) }
        }
    }

    private func observe(_ store: TraceStore, _ sample: SampleChain) throws -> Observed {
        let (nodes, quoted) = try store.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT code, at, key_id, inputs FROM nodes ORDER BY rowid").map { "\($0)" },
                try Row.fetchAll(db, sql: "SELECT batch, type, number FROM batch_documents ORDER BY rowid").map {
                    "\($0)"
                }
            )
        }
        return Observed(nodes: nodes, quoted: quoted, traces: try traces(store, sample))
    }

    /// The sample chain in a new store file, with a later revocation of the farm's key so statuses differ.
    private func makeStore(at path: String) throws -> (SampleChain, Observed) {
        let chain = try ChainBuilder(storeAt: path)
        let store = chain.store
        let sample = try chain.ingestSampleChain()
        try chain.ingestAll([
            chain.make(
                chain.regulator, RevokeBody(key: sample.farm.keyID, from: ChainBuilder.start, reason: "key stolen"))
        ])
        return (sample, try observe(store, sample))
    }

    // Guards: ingest writes the walk columns (the record's `at` and key, the edges into the node) and each batch's
    // quoted documents once, in the order first quoted.
    @Test func ingestWritesTheWalkColumnsAndEachQuotedDocumentOnce() throws {
        let directory = try TemporaryDirectory()
        let (sample, observed) = try makeStore(at: directory.file("store.sqlite"))
        let store = try TraceStore.open(path: directory.file("store.sqlite"), readOnly: true)
        let mismatched = try store.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM nodes n JOIN records r ON r.id = n.record
                    WHERE n.at IS NOT r.at OR n.key_id IS NOT r.key_id OR n.inputs != (SELECT count(*) FROM edges e WHERE e.child = n.code)
                    """)
        }
        #expect(mismatched == 0)
        #expect(observed.nodes.count == 7)
        // The carcass is shipped twice quoting the same two certificates: four quotes, two documents.
        let carcassQuotes = try store.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM document_refs WHERE batch = ?", arguments: [sample.carcass.digits])
        }
        #expect(carcassQuotes == 4)
        let carcass = observed.quoted.filter { $0.contains(sample.carcass.digits) }
        #expect(carcass.count == 2)
        #expect(carcass.first?.contains(SampleChain.productQuarantine.number) == true, "first quoted first")
        let meal = try #require(observed.nodes.first { $0.contains(sample.meal.digits) })
        #expect(meal.contains("inputs:1"))
    }

    // Guards: a store made before v4 traces the same opened read-only (not migrated), and migrating it backfills
    // exactly what ingest writes today.
    @Test func aStoreFromBeforeV4TracesTheSameAndMigratesToWhatIngestWrites() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let (sample, current) = try makeStore(at: path)
        try RawDatabase.execute(path: path, Self.downgrade)

        do {
            let old = try TraceStore.open(path: path, readOnly: true)
            let shape = try old.read { db in
                (
                    try db.columns(in: "nodes").map(\.name),
                    try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                )
            }
            #expect(!shape.0.contains("inputs") && !shape.1.contains { $0.hasPrefix("v4") }, "the store is v3-shaped")
            #expect(try traces(old, sample) == current.traces, "a store from before v4 traces the same")
        }

        let migrated = try TraceStore.open(path: path)
        #expect(try observe(migrated, sample) == current)
        let names = try migrated.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        #expect(names.contains("keys_revoked") && !names.contains("document_refs_batch_document"))
    }
}
