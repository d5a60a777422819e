import Foundation
import TraceCrypto
import TraceModel
@_spi(StoreEngine) import TraceStore

extension PostgresStore {
    /// Streams records in ingest order (an order another store can ingest), optionally only those of `issuers` or
    /// those ingested at or after `since` (milliseconds); read in pages of ``pageSize`` by ingest order.
    public func forEachRecord(
        issuers: [String]? = nil, since: Int64? = nil, _ body: (StoredRecord) throws -> Void
    ) throws(StoreError) {
        let pageSize = Self.pageSize
        try using("reading records") { session in
            var after: Int64 = 0
            while true {
                let rows = try session.query(
                    """
                    SELECT n, id, issuer, seq, kind, at, raw, ingested_ms FROM records
                    WHERE n > $1 AND ($2::text[] IS NULL OR issuer = ANY($2::text[])) AND ingested_ms >= $3
                    ORDER BY n LIMIT $4
                    """,
                    [
                        .integer(after), issuers.map { .text(Self.textArray($0)) } ?? .null, .integer(since ?? 0),
                        .integer(pageSize),
                    ])
                for row in rows {
                    let view = PostgresRowView(row)
                    after = view.integer(0) ?? after
                    try body(Self.storedRecord(view, from: 1))
                }
                if rows.count < pageSize { return }
            }
        }
    }

    /// How many records ``forEachRecord(issuers:since:_:)`` reads at a time.
    static let pageSize = 5_000

    /// The record with this id (or unique id prefix of at least 8 hex digits), if stored.
    public func record(id: String) throws(StoreError) -> StoredRecord? {
        try using("reading record \(id)") { session in
            let columns = "SELECT id, issuer, seq, kind, at, raw, ingested_ms FROM records"
            if let row = try session.query(columns + " WHERE id = $1", [.text(id)]).first {
                return try Self.storedRecord(PostgresRowView(row), from: 0)
            }
            guard let range = TraceStore.idRange(prefix: id) else { return nil }
            // Ids are `sha256:` and lower-case hex, and the upper bound ends in `g`: every collation orders such
            // strings as bytes, so the range needs no COLLATE "C" and uses the index on `id`.
            let rows = try session.query(
                columns + " WHERE id >= $1 AND id < $2 LIMIT 2",
                [.text(range.lower), .text(range.upper)])
            return rows.count == 1 ? try Self.storedRecord(PostgresRowView(rows[0]), from: 0) : nil
        }
    }

    static func storedRecord(_ row: PostgresRowView, from first: Int32) throws(StoreError) -> StoredRecord {
        var raw: [UInt8] = []
        if case .blob(let bytes) = row.value(first + 5).storage { raw = bytes }
        return StoredRecord(
            id: row.text(first) ?? "", issuer: row.text(first + 1) ?? "", seq: Int(row.integer(first + 2) ?? 0),
            kind: try StoredValue.decode(row.text(first + 3) ?? "", column: "records.kind"),
            at: row.text(first + 4) ?? "",
            raw: raw, ingestedMilliseconds: row.integer(first + 6) ?? 0)
    }

    /// Re-checks every record's bytes, id and signature (on all cores), every key binding and revocation and every
    /// issuer's chain, in the words of the SQLite store's verify, and lists the equivocation evidence kept.
    public func verify(progress: ProgressCounter? = nil) throws(StoreError) -> VerifyReport {
        if let progress { progress.setTotal(try counts()["records"]) }
        let keys = try using("reading keys") { session in
            try session.query(
                """
                SELECT key_id, party, spki, NULL::bigint, NULL::bigint FROM anchors
                UNION ALL SELECT id, party, spki, revoked_ms, revoked_after_seq FROM keys
                """
            ).map { row -> EngineVerify.Key in
                let view = PostgresRowView(row)
                var spki: [UInt8] = []
                if case .blob(let bytes) = view.value(2).storage { spki = bytes }
                return EngineVerify.Key(
                    id: view.text(0) ?? "", party: view.text(1) ?? "", spki: spki,
                    revokedMilliseconds: view.integer(3), revokedAfterSeq: view.integer(4).map { Int($0) })
            }
        }
        let equivocations = try using("reading equivocations") { session in
            try session.query(
                "SELECT issuer, seq, id, conflicts_with FROM equivocations ORDER BY issuer COLLATE \"C\", seq"
            ).map {
                row -> VerifyFinding in
                let view = PostgresRowView(row)
                return EngineVerify.equivocation(
                    issuer: view.text(0) ?? "", seq: Int(view.integer(1) ?? 0), id: view.text(2) ?? "",
                    conflictsWith: view.text(3) ?? "")
            }
        }
        do {
            var report = try EngineVerify.verify(keys: keys, progress: progress) { body in
                try self.forEachRecord(body)
            }
            report.findings += equivocations
            return report
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "verify failed: \(error)")
        }
    }
}
