import Foundation
import GRDB
import TraceModel

/// A record as stored: its id, canonical signed bytes and when it was ingested.
public struct StoredRecord: Sendable {
    public var id: String
    public var issuer: String
    public var seq: Int
    public var kind: RecordKind
    public var at: String
    /// Canonical JSON of the whole signed record, byte for byte as ingested.
    public var raw: [UInt8]
    public var ingestedMilliseconds: Int64

    /// A record read from the store's columns (for the store's adapters, which read rows themselves).
    package init(
        id: String, issuer: String, seq: Int, kind: RecordKind, at: String, raw: [UInt8], ingestedMilliseconds: Int64
    ) {
        self.id = id
        self.issuer = issuer
        self.seq = seq
        self.kind = kind
        self.at = at
        self.raw = raw
        self.ingestedMilliseconds = ingestedMilliseconds
    }
}

extension TraceStore {
    static func storedRecord(_ row: Row) throws(StoreError) -> StoredRecord {
        StoredRecord(
            id: row["id"], issuer: row["issuer"], seq: row["seq"],
            kind: try StoredValue.decode(row["kind"], column: "records.kind"),
            at: row["at"], raw: Array(row["raw"] as Data), ingestedMilliseconds: row["ingested_ms"])
    }

    /// The record with this id (or unique id prefix of at least 8 hex digits).
    public func record(id: String) throws(StoreError) -> StoredRecord? {
        try read { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE id = ?", arguments: [id]) {
                return try Self.storedRecord(row)
            }
            guard let range = Self.idRange(prefix: id) else { return nil }
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM records WHERE id >= ? AND id < ? LIMIT 2",
                arguments: [range.lower, range.upper])
            return rows.count == 1 ? try Self.storedRecord(rows[0]) : nil
        }
    }

    /// The ids an id prefix of at least 8 hex digits (with or without `sha256:`) stands for, as the range
    /// `lower ≤ id < upper` (byte order); `nil` when `prefix` is no such prefix.
    package static func idRange(prefix: String) -> (lower: String, upper: String)? {
        let hex = prefix.hasPrefix(RecordID.prefix) ? String(prefix.dropFirst(RecordID.prefix.count)) : prefix
        guard hex.count >= 8, hex.allSatisfy(\.isHexDigit) else { return nil }
        return (RecordID.prefix + hex, RecordID.prefix + hex + "g")
    }

    /// The id of the record that created a batch, slip or meal.
    public func recordID(forCode code: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT record FROM nodes WHERE code = ?", arguments: [code]) }
    }

    /// Streams records in ingest order (an order another store can ingest), optionally one issuer's
    /// records or those ingested at or after `since` (milliseconds).
    public func forEachRecord(
        party: String? = nil, since: Int64? = nil, kinds: Set<RecordKind>? = nil, limit: Int? = nil,
        newestFirst: Bool = false, _ body: (StoredRecord) throws -> Void
    ) throws(StoreError) {
        try forEachRecord(
            issuers: party.map { [$0] }, since: since, kinds: kinds, limit: limit, newestFirst: newestFirst, body)
    }

    /// Streams records in ingest order, optionally only those of `issuers` (a market and its stalls, say) or
    /// those ingested at or after `since` (milliseconds).
    public func forEachRecord(
        issuers: [String]?, since: Int64? = nil, kinds: Set<RecordKind>? = nil, limit: Int? = nil,
        newestFirst: Bool = false, _ body: (StoredRecord) throws -> Void
    ) throws(StoreError) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let issuers {
            conditions.append("issuer IN (\(issuers.map { _ in "?" }.joined(separator: ",")))")
            _ = arguments.append(contentsOf: StatementArguments(issuers))
        }
        if let since {
            // Stamps never go back in rowid order (IngestStamp): the records from `since` on start at one rowid.
            let first = try read { db in try IngestStamp.firstRowID(ingestedAtOrAfter: since, db) }
            conditions.append("n >= ? AND ingested_ms >= ?")
            _ = arguments.append(contentsOf: [first, since])
        }
        if let kinds {
            conditions.append("kind IN (\(kinds.map { _ in "?" }.joined(separator: ",")))")
            _ = arguments.append(contentsOf: StatementArguments(kinds.map(\.rawValue).sorted()))
        }
        var sql = "SELECT * FROM records"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += newestFirst ? " ORDER BY n DESC" : " ORDER BY n"
        if let limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        try scan { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() { try body(Self.storedRecord(row)) }
        }
    }

    /// The `seq` and `prev` the issuer's next record must carry.
    public func nextSeq(for issuer: String) throws(StoreError) -> (seq: Int, prev: String?) {
        try read { db in try Self.nextSeq(for: issuer, db) }
    }

    /// How many records, parties, batches, slips and meals the store holds.
    public func counts() throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            counts["records"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM records") ?? 0
            counts["parties"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM parties") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) FROM nodes GROUP BY type") {
                counts[row[0] as String] = row[1]
            }
            counts["equivocations"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM equivocations") ?? 0
            return counts
        }
    }

    /// Codes of every batch, optionally of one holder, in code order.
    public func batchCodes(holder: String? = nil) throws(StoreError) -> [String] {
        try read { db in
            if let holder {
                return try String.fetchAll(
                    db, sql: "SELECT code FROM nodes WHERE type = 'batch' AND holder = ? ORDER BY code",
                    arguments: [holder])
            }
            return try String.fetchAll(db, sql: "SELECT code FROM nodes WHERE type = 'batch' ORDER BY code")
        }
    }

    /// Runs `body` with the graph reader over one consistent snapshot.
    public func withGraph<T>(_ body: (StoreGraphReader) throws -> T) throws(StoreError) -> T {
        try read { db in try body(StoreGraphReader(db)) }
    }
}
