import Foundation
import TraceGraph
import TraceModel
@_spi(StoreEngine) import TraceStore

/// The PostgreSQL store as a ``GraphStore``: what `trace up|down`, `balance` and `show` read. A PostgreSQL store
/// keeps no transparency log (that is a SQLite hub's), so it has no logged times.
extension PostgresStore: GraphStore {
    /// Runs `body` with a graph reader over one snapshot: a read-only REPEATABLE READ transaction, so that every
    /// statement of a traversal sees the store as it was at the traversal's first statement, whatever is ingested
    /// meanwhile. An error `body` throws is wrapped in a ``StoreError``, as the SQLite store's reads wrap it.
    public func withGraph<T>(_ body: (PostgresGraphReader) throws -> T) throws(StoreError) -> T {
        try using("reading the graph") { session in
            try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                try body(PostgresGraphReader(session))
            }
        }
    }

    public func withGraphReader<T>(_ body: (any GraphReader) throws -> T) throws(StoreError) -> T {
        try withGraph { try body($0) }
    }

    public func traceCodes(withPrefix prefix: String, limit: Int) throws(StoreError) -> [String] {
        try texts(
            "SELECT code FROM nodes WHERE code COLLATE \"C\" >= $1 AND code COLLATE \"C\" < $2 ORDER BY code COLLATE \"C\" LIMIT $3",
            [.text(prefix), .text(prefix + ":"), .integer(Int64(limit))])
    }

    public func batchCodes(holder: String?) throws(StoreError) -> [String] {
        try texts(
            """
            SELECT code FROM nodes WHERE type = 'batch' AND ($1::text IS NULL OR holder = $1)
            ORDER BY code COLLATE "C"
            """, [holder.map { .text($0) } ?? .null])
    }

    public func directory() throws(StoreError) -> [DirectoryEntry] {
        try using("reading the parties") { session in
            var keys: [String: (all: Int, revoked: Int)] = [:]
            for row in try session.query("SELECT party, count(*), count(revoked_ms) FROM keys GROUP BY party") {
                let view = PostgresGraphRow(row)
                keys[view.text(0)] = (Int(view.int64(1)), Int(view.int64(2)))
            }
            var anchorKeys: [String: Int] = [:]
            for row in try session.query("SELECT party, count(*) FROM anchors GROUP BY party") {
                let view = PostgresGraphRow(row)
                anchorKeys[view.text(0)] = Int(view.int64(1))
            }
            let licences = try session.query(
                "SELECT party, type, number, valid_from_ms, valid_until_ms FROM licences ORDER BY n"
            ).map(PostgresGraphRow.init).map {
                LicenceRow(
                    party: $0.text(0), type: $0.text(1), number: $0.text(2), validFrom: $0.int64(3),
                    validUntil: $0.optionalInt64(4))
            }
            let parties = try session.query(
                "SELECT id, name, role, area, parent, record FROM parties ORDER BY id COLLATE \"C\""
            ).map(PostgresGraphRow.init).map {
                StoredPartyRow(
                    id: $0.text(0), name: $0.text(1), role: $0.text(2), area: $0.text(3), parent: $0.optionalText(4),
                    record: $0.text(5))
            }
            return try DirectoryEntry.directory(
                parties: parties, licences: try TraceStore.licencesByParty(licences), keys: keys,
                anchorKeys: anchorKeys)
        }
    }

    public func equivocatingIssuers() throws(StoreError) -> Set<String> {
        Set(try texts("SELECT DISTINCT issuer FROM equivocations", []))
    }

    public func voids() throws -> [String: SlipVoid] {
        try using("reading the voids") { session in
            var voids: [String: SlipVoid] = [:]
            for row in try session.query("SELECT slip, record, reason, at_ms FROM voids").map(PostgresGraphRow.init) {
                voids[row.text(0)] = SlipVoid(record: row.text(1), reason: row.text(2), atMilliseconds: row.int64(3))
            }
            return voids
        }
    }

    public func records(kind: RecordKind) throws(StoreError) -> [StoredRecord] {
        try using("reading the \(kind.rawValue) records") { session in
            try session.query(
                "SELECT id, issuer, seq, kind, at, raw, ingested_ms FROM records WHERE kind = $1 ORDER BY n",
                [.text(kind.rawValue)]
            ).map { try Self.storedRecord(PostgresRowView($0), from: 0) }
        }
    }

    /// None: a PostgreSQL store keeps no transparency log.
    public func loggedTimes(of recordIDs: [String]) throws(StoreError) -> [String: LoggedTime] { [:] }

    /// None: a PostgreSQL store keeps no transparency log.
    public func loggedAfterRevocation(of recordIDs: [String]?) throws(StoreError) -> [LoggedAfterRevocation] { [] }

    /// None: a PostgreSQL store keeps no transparency log.
    public func loggedTime(of recordID: String) throws(StoreError) -> Int64? { nil }

    /// The first column of each row of `sql`.
    private func texts(_ sql: String, _ arguments: [SQLValue]) throws(StoreError) -> [String] {
        try using("reading the store") { session in
            try session.query(sql, arguments).map { PostgresGraphRow($0).text(0) }
        }
    }
}
