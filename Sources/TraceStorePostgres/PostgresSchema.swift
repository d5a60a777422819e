import Foundation
@_spi(StoreEngine) import TraceStore

/// The PostgreSQL store's tables, as migrations recorded in `schema_migrations`. A shipped migration is never
/// edited: add a new one.
///
/// The tables, columns and indexes are the SQLite store's (its migrations v1–v10), so that ingest's rules run the
/// same statements on both; types are PostgreSQL's (`BIGINT`, `TEXT`, `BYTEA`). Where the SQLite store reads a
/// table in rowid order (ingest order), the table here has a `n BIGSERIAL` column for that order.
enum PostgresSchema {
    static let migrations: [(identifier: String, statements: [String])] = [
        ("v1: the store as SQLite's v10", v1),
        ("v2: attested evidence (SQLite's v12)", v2),
    ]

    /// The store format version, the SQLite store's (`config.version`).
    static let formatVersion = "1"

    /// Applies the migrations not applied yet, in one transaction, serialized between processes.
    static func migrate(_ session: PostgresSession) throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock(7305142020)")
            try session.query(
                "CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY, applied_ms BIGINT NOT NULL)"
            )
            let applied = Set(
                try session.query("SELECT identifier FROM schema_migrations").compactMap {
                    PostgresRowView($0).text(0)
                })
            for migration in migrations where !applied.contains(migration.identifier) {
                try session.run(migration.statements)
                try session.query(
                    "INSERT INTO schema_migrations(identifier, applied_ms) VALUES ($1, $2)",
                    [.text(migration.identifier), .integer(Int64(Date().timeIntervalSince1970 * 1000))])
            }
        }
    }

    /// Why the database cannot be opened by this FoodTrace: a migration it does not know, or another format
    /// version; `nil` when it can.
    static func isFromTheFuture(_ session: PostgresSession) throws -> String? {
        let version = try session.query("SELECT value FROM config WHERE key = 'version'").first.flatMap {
            PostgresRowView($0).text(0)
        }
        if let version, version != formatVersion {
            return "its format version is \(version); this foodtrace knows version \(formatVersion)"
        }
        let known = Set(migrations.map(\.identifier))
        let unknown = try session.query("SELECT identifier FROM schema_migrations ORDER BY identifier").compactMap {
            PostgresRowView($0).text(0)
        }.first { !known.contains($0) }
        return unknown.map { "it has schema migration \"\($0)\", which this foodtrace does not know" }
    }

    /// Attestations of events from outside (EPCIS imports): one per event and part. (SQLite's v11, the
    /// transparency log, is a hub's and not kept here: a PostgreSQL store has no log.)
    private static let v2 = [
        """
        CREATE TABLE attestations (
            record TEXT PRIMARY KEY, attester TEXT NOT NULL, document TEXT NOT NULL, sender TEXT NOT NULL,
            event_id TEXT NOT NULL, part BIGINT NOT NULL, party TEXT NOT NULL, party_key TEXT NOT NULL,
            party_name TEXT, kind TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX attestations_event ON attestations(event_id, part)",
        "CREATE INDEX attestations_attester ON attestations(attester)",
    ]

    private static let v1 = [
        "CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE anchors (key_id TEXT PRIMARY KEY, party TEXT NOT NULL, alg TEXT NOT NULL, spki BYTEA NOT NULL)",
        // Every accepted record, its canonical signed bytes kept verbatim; `n` is ingest order.
        """
        CREATE TABLE records (
            n BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, issuer TEXT NOT NULL, seq BIGINT NOT NULL,
            kind TEXT NOT NULL, at TEXT NOT NULL, at_ms BIGINT NOT NULL, key_id TEXT NOT NULL, raw BYTEA NOT NULL,
            ingested_ms BIGINT NOT NULL, UNIQUE (issuer, seq)
        )
        """,
        "CREATE INDEX records_kind_unsold ON records(kind, at_ms) WHERE kind <> 'sell'",
        """
        CREATE TABLE parties (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, area TEXT NOT NULL, node TEXT NOT NULL,
            parent TEXT, address TEXT, contact TEXT, credit_code TEXT, record TEXT NOT NULL
        )
        """,
        "CREATE INDEX parties_parent ON parties(parent)",
        """
        CREATE TABLE keys (
            id TEXT PRIMARY KEY, party TEXT NOT NULL, alg TEXT NOT NULL, spki BYTEA NOT NULL, record TEXT NOT NULL,
            revoked_ms BIGINT, revoked_by TEXT, registered_ms BIGINT, revoked_after_seq BIGINT
        )
        """,
        "CREATE INDEX keys_party ON keys(party)",
        "CREATE INDEX keys_revoked ON keys(id, revoked_ms) WHERE revoked_ms IS NOT NULL",
        """
        CREATE TABLE licences (
            n BIGSERIAL PRIMARY KEY, party TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL,
            valid_from_ms BIGINT NOT NULL, valid_until_ms BIGINT, record TEXT NOT NULL
        )
        """,
        "CREATE INDEX licences_party ON licences(party)",
        """
        CREATE TABLE nodes (
            code TEXT PRIMARY KEY, type TEXT NOT NULL, holder TEXT NOT NULL, record TEXT NOT NULL, kind TEXT NOT NULL,
            at_ms BIGINT NOT NULL, product_code TEXT, product_name TEXT, category TEXT,
            quantity_micros BIGINT NOT NULL, unit TEXT NOT NULL, expires_ms BIGINT, origin_area TEXT,
            origin_name TEXT, at TEXT, key_id TEXT, inputs BIGINT NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX nodes_holder_batches ON nodes(holder, code) WHERE type = 'batch'",
        """
        CREATE TABLE edges (
            n BIGSERIAL PRIMARY KEY, parent TEXT NOT NULL, child TEXT NOT NULL, kind TEXT NOT NULL,
            record TEXT NOT NULL, quantity_micros BIGINT NOT NULL, unit TEXT NOT NULL, taken_micros BIGINT,
            at_ms BIGINT
        )
        """,
        "CREATE INDEX edges_parent ON edges(parent)",
        "CREATE INDEX edges_child ON edges(child)",
        """
        CREATE TABLE movements (
            n BIGSERIAL PRIMARY KEY, batch TEXT NOT NULL, record TEXT NOT NULL, kind TEXT NOT NULL,
            delta_micros BIGINT NOT NULL, at_ms BIGINT NOT NULL, counterparty TEXT
        )
        """,
        "CREATE INDEX movements_batch ON movements(batch)",
        """
        CREATE TABLE shipments (
            record TEXT PRIMARY KEY, shipment TEXT NOT NULL, sender TEXT NOT NULL, receiver TEXT NOT NULL,
            batch TEXT NOT NULL, quantity_micros BIGINT NOT NULL, unit TEXT NOT NULL, at_ms BIGINT NOT NULL,
            received_by TEXT
        )
        """,
        "CREATE INDEX shipments_batch ON shipments(batch)",
        "CREATE INDEX shipments_key ON shipments(sender, shipment)",
        "CREATE INDEX shipments_received_by ON shipments(received_by)",
        """
        CREATE TABLE documents (
            n BIGSERIAL PRIMARY KEY, record TEXT NOT NULL, issuer TEXT NOT NULL, type TEXT NOT NULL,
            number TEXT NOT NULL, subject TEXT, batch TEXT, quantity_micros BIGINT, unit TEXT,
            valid_from_ms BIGINT NOT NULL, valid_until_ms BIGINT, result TEXT, revoked_ms BIGINT
        )
        """,
        "CREATE INDEX documents_number ON documents(type, number)",
        "CREATE INDEX documents_subject ON documents(subject, type)",
        "CREATE INDEX documents_batch ON documents(batch)",
        """
        CREATE TABLE document_refs (
            n BIGSERIAL PRIMARY KEY, record TEXT NOT NULL, batch TEXT NOT NULL, type TEXT NOT NULL,
            number TEXT NOT NULL
        )
        """,
        "CREATE INDEX document_refs_batch ON document_refs(batch)",
        "CREATE INDEX document_refs_number ON document_refs(type, number)",
        """
        CREATE TABLE batch_documents (
            n BIGSERIAL PRIMARY KEY, batch TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL,
            UNIQUE (batch, type, number)
        )
        """,
        """
        CREATE TABLE tests (
            n BIGSERIAL PRIMARY KEY, record TEXT NOT NULL, batch TEXT NOT NULL, issuer TEXT NOT NULL,
            analyte TEXT NOT NULL, method TEXT NOT NULL, result TEXT NOT NULL, at_ms BIGINT NOT NULL, clears TEXT
        )
        """,
        "CREATE INDEX tests_batch ON tests(batch)",
        """
        CREATE TABLE recalls (
            record TEXT PRIMARY KEY, notice TEXT NOT NULL, issuer TEXT NOT NULL, batch TEXT NOT NULL,
            level BIGINT NOT NULL, reason TEXT NOT NULL, at_ms BIGINT NOT NULL
        )
        """,
        "CREATE INDEX recalls_batch ON recalls(batch)",
        """
        CREATE TABLE equivocations (
            n BIGSERIAL PRIMARY KEY, issuer TEXT NOT NULL, seq BIGINT NOT NULL, id TEXT NOT NULL UNIQUE,
            raw BYTEA NOT NULL, conflicts_with TEXT NOT NULL, detected_ms BIGINT NOT NULL
        )
        """,
        "CREATE INDEX equivocations_seq ON equivocations(issuer, seq)",
        """
        CREATE TABLE voids (
            slip TEXT PRIMARY KEY, record TEXT NOT NULL, issuer TEXT NOT NULL, reason TEXT NOT NULL,
            at_ms BIGINT NOT NULL, sale TEXT NOT NULL
        )
        """,
    ]
}
