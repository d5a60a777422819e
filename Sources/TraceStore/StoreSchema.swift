import GRDB

/// The store's tables, as migrations. A shipped migration is never edited: add a new one.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: receipts by shipment") { db in
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS shipments_received_by ON shipments(received_by)")
        }
        migrator.registerMigration("v3: trace reads") { db in
            // A batch's quoted documents without visiting each quoting row (a lot shipped 100 times quotes its
            // certificate 100 times); an equivocation check by issuer and seq without a scan.
            try db.execute(
                sql: """
                    CREATE INDEX IF NOT EXISTS document_refs_batch_document ON document_refs(batch, type, number);
                    CREATE INDEX IF NOT EXISTS equivocations_seq ON equivocations(issuer, seq);
                    """)
        }
        migrator.registerMigration("v4: walk columns on nodes, quoted documents once per batch") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5: indexes without sales") { db in
            // Sales are most records, and each wrote an entry in two indexes nothing reads sales or slips through:
            // records by kind (audits and drills ask for other kinds) and nodes by holder (only batches are listed
            // by holder). Both keep only the rows they are read for; queries name the partial index's condition.
            try db.execute(
                sql: """
                    DROP INDEX IF EXISTS records_kind;
                    CREATE INDEX IF NOT EXISTS records_kind_unsold ON records(kind, at_ms) WHERE kind <> 'sell';
                    DROP INDEX IF EXISTS nodes_holder;
                    CREATE INDEX IF NOT EXISTS nodes_holder_batches ON nodes(holder, code) WHERE type = 'batch';
                    """)
        }
        migrator.registerMigration("v6: ingest stamps in rowid order") { db in
            // Only `export records --since` read records by ingest time, through an index every record wrote an
            // entry in. Stamps that never go back in rowid order find that time by a binary search instead
            // (IngestStamp); stamps from before are raised to keep that order.
            try IngestStamp.makeNonDecreasing(db)
            try db.execute(sql: "DROP INDEX IF EXISTS records_ingested")
        }
        migrator.registerMigration("v7: sales' stock movements on their edges") { db in
            try db.execute(sql: v7)
        }
        migrator.registerMigration("v8: record ids in a named index") { db in
            // A store that holds records keeps its constraint index on `id`, the same index under SQLite's name:
            // rebuilding the table would copy every record for what only a first load gains.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM records)") == false {
                try db.execute(sql: v8)
            }
        }
        migrator.registerMigration("v9: key registration times, revocations after a seq") { db in
            try db.execute(sql: v9)
        }
        migrator.registerMigration("v10: the till: cleared tests and voided sales") { db in
            try db.execute(sql: v10)
        }
        migrator.registerMigration("v11: the transparency log") { db in
            // Empty until the store serves as a hub (`foodtrace serve` fills it from the records, see LogTables).
            try db.execute(sql: LogTables.schema)
        }
        migrator.registerMigration("v12: attested evidence") { db in
            try db.execute(sql: v12)
        }
        return migrator
    }

    /// Whether `db` was written by a later FoodTrace: a migration this code does not know has been applied, or the
    /// store's format version is not the one it writes. Such a store is refused, never opened and written.
    static func isFromTheFuture(_ db: Database) throws -> String? {
        let version = try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = 'version'")
        if let version, version != formatVersion {
            return "its format version is \(version); this foodtrace knows version \(formatVersion)"
        }
        guard try db.tableExists("grdb_migrations") else { return nil }
        let known = Set(migrator.migrations)
        if let unknown = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").first(where: {
            !known.contains($0)
        }) {
            return "it has schema migration \"\(unknown)\", which this foodtrace does not know"
        }
        return nil
    }

    /// The store format version written in `config` (the schema's migrations are versioned on their own).
    static let formatVersion = "1"

    /// Each `attest` record: who attests which event of which document from whom, and the external party whose act
    /// the event records (id, key as written, name from the document's master data). A walk reads a node's
    /// attestation by its creating record; an event (each part) is attested once, found by its id. A node made by
    /// an attestation is held by the external party and has the claimed act's kind.
    private static let v12 = """
        CREATE TABLE attestations (
            record TEXT PRIMARY KEY, attester TEXT NOT NULL, document TEXT NOT NULL, sender TEXT NOT NULL,
            event_id TEXT NOT NULL, part INTEGER NOT NULL, party TEXT NOT NULL, party_key TEXT NOT NULL,
            party_name TEXT, kind TEXT NOT NULL
        );
        CREATE UNIQUE INDEX attestations_event ON attestations(event_id, part);
        CREATE INDEX attestations_attester ON attestations(attester);
        """

    /// A confirmatory test names the positive test it clears; a voided sale keeps its slip, its void's record,
    /// reason and time (the sale's record stays where it was). A stock count needs no table: its difference from
    /// the ledger is a `count` movement.
    private static let v10 = """
        ALTER TABLE tests ADD COLUMN clears TEXT;
        CREATE TABLE voids (
            slip TEXT PRIMARY KEY, record TEXT NOT NULL, issuer TEXT NOT NULL, reason TEXT NOT NULL,
            at_ms INTEGER NOT NULL, sale TEXT NOT NULL
        );
        """

    /// What a walk needs of each hop, kept where the hop is read. A node's creating record's `at` as written and
    /// its signing key (its status is then the key not revoked at `at_ms` and the record not equivocated, both
    /// read once per walk instead of a probe into `records` per hop), and its number of inputs (every edge into a
    /// node is written by the record that creates it). Each document quoted for a batch once, in the order first
    /// quoted (rowid order), in place of the v3 index that grouped the quotes at every read.
    ///
    /// The backfill takes seconds on a million records (an `UPDATE … FROM` per new column).
    private static let v4 = """
        ALTER TABLE nodes ADD COLUMN at TEXT;
        ALTER TABLE nodes ADD COLUMN key_id TEXT;
        ALTER TABLE nodes ADD COLUMN inputs INTEGER NOT NULL DEFAULT 0;
        UPDATE nodes SET at = r.at, key_id = r.key_id FROM records r WHERE r.id = nodes.record;
        UPDATE nodes SET inputs = c.inputs
            FROM (SELECT child, count(*) AS inputs FROM edges GROUP BY child) c WHERE c.child = nodes.code;
        CREATE TABLE batch_documents (batch TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL, UNIQUE (batch, type, number));
        INSERT INTO batch_documents(batch, type, number)
            SELECT batch, type, number FROM document_refs GROUP BY batch, type, number ORDER BY min(rowid);
        DROP INDEX IF EXISTS document_refs_batch_document;
        -- The revoked keys, read once per walk: normally none, so an empty index rather than a scan of every key.
        CREATE INDEX keys_revoked ON keys(id, revoked_ms) WHERE revoked_ms IS NOT NULL;
        """

    /// A sale wrote its edge (batch → slip) and, beside it, a row of `movements` with an index entry, for the same
    /// fact. Sales are most records: the edge now carries the movement — the quantity taken out of the batch in the
    /// batch's unit, and the time — and `movements` keeps every other kind. (The time is on the slip's node too,
    /// but a ledger read would then probe `nodes` once per sale.) `movements` has no index by record: the backfill
    /// joins through a transient one.
    private static let v7 = """
        ALTER TABLE edges ADD COLUMN taken_micros INTEGER;
        ALTER TABLE edges ADD COLUMN at_ms INTEGER;
        UPDATE edges SET taken_micros = -m.delta_micros, at_ms = m.at_ms
            FROM movements m WHERE m.record = edges.record AND m.kind = 'sell' AND edges.kind = 'sell';
        DELETE FROM movements WHERE kind = 'sell';
        """

    /// Record ids kept unique by an index of their own (``recordIDIndex``) rather than by a constraint on the column,
    /// whose index cannot be dropped: a first load drops it, and builds it again once every record is in
    /// (``FirstLoad``). An id is a hash, so each record's entry goes to a random place in the index; for the city
    /// export that was ≈ 4 µs of the writer's ≈ 15 per record, against ≈ 1 s to build the index from the loaded
    /// table. Made only while `records` is empty (see the migration).
    private static let v8 = """
        CREATE TABLE records_v8 (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            issuer TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            raw BLOB NOT NULL,
            ingested_ms INTEGER NOT NULL,
            UNIQUE (issuer, seq)
        );
        DROP TABLE records;
        ALTER TABLE records_v8 RENAME TO records;
        \(createRecordIDIndex);
        CREATE INDEX records_kind_unsold ON records(kind, at_ms) WHERE kind <> 'sell';
        """

    /// What the time rules need of a key (``RecordApplier``): when it was registered (its `register` record's
    /// `at`, so a record dated before that is refused without reading the register record), and the party's last
    /// record that still counts when a revocation named one (`revoke`'s `lastSeq`).
    private static let v9 = """
        ALTER TABLE keys ADD COLUMN registered_ms INTEGER;
        ALTER TABLE keys ADD COLUMN revoked_after_seq INTEGER;
        UPDATE keys SET registered_ms = r.at_ms FROM records r WHERE r.id = keys.record;
        """

    /// The name of the index that keeps record ids unique, in stores whose records table was empty at v8.
    static let recordIDIndex = "records_id"
    /// The statement that makes it.
    static let createRecordIDIndex = "CREATE UNIQUE INDEX \(recordIDIndex) ON records(id)"

    private static let v1 = """
        CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- Regulator trust anchors: keys trusted without a register record.
        CREATE TABLE anchors (key_id TEXT PRIMARY KEY, party TEXT NOT NULL, alg TEXT NOT NULL, spki BLOB NOT NULL);
        -- Every accepted record, its canonical signed bytes kept verbatim. rowid order = ingest order.
        CREATE TABLE records (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            issuer TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            raw BLOB NOT NULL,
            ingested_ms INTEGER NOT NULL,
            UNIQUE (issuer, seq)
        );
        CREATE INDEX records_kind ON records(kind, at_ms);
        CREATE INDEX records_ingested ON records(ingested_ms);
        CREATE TABLE parties (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, area TEXT NOT NULL, node TEXT NOT NULL,
            parent TEXT, address TEXT, contact TEXT, credit_code TEXT, record TEXT NOT NULL
        );
        CREATE INDEX parties_parent ON parties(parent);
        CREATE TABLE keys (
            id TEXT PRIMARY KEY, party TEXT NOT NULL, alg TEXT NOT NULL, spki BLOB NOT NULL, record TEXT NOT NULL,
            revoked_ms INTEGER, revoked_by TEXT
        );
        CREATE INDEX keys_party ON keys(party);
        CREATE TABLE licences (
            party TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL, valid_from_ms INTEGER NOT NULL,
            valid_until_ms INTEGER, record TEXT NOT NULL
        );
        CREATE INDEX licences_party ON licences(party);
        -- Graph nodes: batches, slips (sales) and meals, each under a trace code.
        CREATE TABLE nodes (
            code TEXT PRIMARY KEY, type TEXT NOT NULL, holder TEXT NOT NULL, record TEXT NOT NULL, kind TEXT NOT NULL,
            at_ms INTEGER NOT NULL, product_code TEXT, product_name TEXT, category TEXT,
            quantity_micros INTEGER NOT NULL, unit TEXT NOT NULL, expires_ms INTEGER, origin_area TEXT, origin_name TEXT
        );
        CREATE INDEX nodes_holder ON nodes(holder, type);
        -- Graph edges: transform input→output, receive shipped→local batch, sell batch→slip, use batch→meal.
        CREATE TABLE edges (
            parent TEXT NOT NULL, child TEXT NOT NULL, kind TEXT NOT NULL, record TEXT NOT NULL,
            quantity_micros INTEGER NOT NULL, unit TEXT NOT NULL
        );
        CREATE INDEX edges_parent ON edges(parent);
        CREATE INDEX edges_child ON edges(child);
        -- Quantity ledger per batch, in the batch's unit: + created, − taken out (mass balance).
        CREATE TABLE movements (
            batch TEXT NOT NULL, record TEXT NOT NULL, kind TEXT NOT NULL, delta_micros INTEGER NOT NULL,
            at_ms INTEGER NOT NULL, counterparty TEXT
        );
        CREATE INDEX movements_batch ON movements(batch);
        CREATE TABLE shipments (
            record TEXT PRIMARY KEY, shipment TEXT NOT NULL, sender TEXT NOT NULL, receiver TEXT NOT NULL,
            batch TEXT NOT NULL, quantity_micros INTEGER NOT NULL, unit TEXT NOT NULL, at_ms INTEGER NOT NULL,
            received_by TEXT
        );
        CREATE INDEX shipments_batch ON shipments(batch);
        CREATE INDEX shipments_key ON shipments(sender, shipment);
        -- Documents issued by certify records.
        CREATE TABLE documents (
            record TEXT NOT NULL, issuer TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL, subject TEXT,
            batch TEXT, quantity_micros INTEGER, unit TEXT, valid_from_ms INTEGER NOT NULL, valid_until_ms INTEGER,
            result TEXT, revoked_ms INTEGER
        );
        CREATE INDEX documents_number ON documents(type, number);
        CREATE INDEX documents_subject ON documents(subject, type);
        CREATE INDEX documents_batch ON documents(batch);
        -- Documents quoted by ship and receive records (the source tickets travelling with goods).
        CREATE TABLE document_refs (record TEXT NOT NULL, batch TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL);
        CREATE INDEX document_refs_batch ON document_refs(batch);
        CREATE INDEX document_refs_number ON document_refs(type, number);
        CREATE TABLE tests (
            record TEXT NOT NULL, batch TEXT NOT NULL, issuer TEXT NOT NULL, analyte TEXT NOT NULL, method TEXT NOT NULL,
            result TEXT NOT NULL, at_ms INTEGER NOT NULL
        );
        CREATE INDEX tests_batch ON tests(batch);
        CREATE TABLE recalls (
            record TEXT PRIMARY KEY, notice TEXT NOT NULL, issuer TEXT NOT NULL, batch TEXT NOT NULL, level INTEGER NOT NULL,
            reason TEXT NOT NULL, at_ms INTEGER NOT NULL
        );
        CREATE INDEX recalls_batch ON recalls(batch);
        -- Two different records with one issuer and seq: both kept as evidence.
        CREATE TABLE equivocations (
            issuer TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, raw BLOB NOT NULL,
            conflicts_with TEXT NOT NULL, detected_ms INTEGER NOT NULL
        );
        """
}
