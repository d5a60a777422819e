import Foundation
import GRDB

/// A record with its position in the store's ingest order, for a reader that pages through the ledger.
public struct PositionedRecord: Sendable {
    /// The record's place in ingest order (rises with every record appended; never reused).
    public var position: Int64
    public var record: StoredRecord
}

/// Where an issuer's chain ends in a store: its highest `seq` and that record's id.
public struct IssuerHead: Sendable, Equatable, Codable {
    public var seq: Int
    public var id: String

    public init(seq: Int, id: String) {
        self.seq = seq
        self.id = id
    }
}

/// A record kept as evidence because another record of the same issuer and `seq` was stored first.
public struct EquivocationEvidence: Sendable {
    public var issuer: String
    public var seq: Int
    /// The id of the record kept as evidence (not in the ledger).
    public var id: String
    /// The id of the record in the ledger at the same issuer and `seq`.
    public var conflictsWith: String
    /// When the conflict was found, in milliseconds since 1970.
    public var detectedMilliseconds: Int64
    /// The evidence record's signed bytes.
    public var raw: [UInt8]
}

/// Which records a reader of the ledger wants: every one, or those of some parties and of every party their records
/// depend on.
///
/// Records chain per issuer and refer to other parties' records (a receipt to the sender's shipment; a test, certificate
/// or recall to a batch), and a store ingests a record only with what it refers to. So a filter selects whole issuers:
/// the parties it names, every regulator, and — repeated until nothing is added — the senders of shipments those
/// parties received and the holders of the batches they tested, certified or recalled.
public struct RecordFilter: Sendable, Equatable {
    /// This party and the parties registered under it (a market's stalls).
    public var party: String?
    /// The parties whose area code starts with this prefix.
    public var area: String?

    public init(party: String? = nil, area: String? = nil) {
        self.party = party
        self.area = area
    }

    var selectsAll: Bool { party == nil && area == nil }
}

extension TraceStore {
    /// Up to `limit` records after `position` in ingest order, those `filter` selects.
    ///
    /// A reader pages through the whole ledger by passing back the last position it received; records appended
    /// meanwhile come after every position already read.
    public func records(after position: Int64, limit: Int, filter: RecordFilter = RecordFilter()) throws(StoreError)
        -> [PositionedRecord]
    {
        var arguments: StatementArguments = []
        var sql = "SELECT r.* FROM records r WHERE r.n > ?"
        if !filter.selectsAll {
            var selected: [String] = []
            if let party = filter.party {
                selected.append("(id = ? OR parent = ?)")
                _ = arguments.append(contentsOf: [party, party])
            }
            if let area = filter.area {
                selected.append("substr(area, 1, ?) = ?")
                _ = arguments.append(contentsOf: [area.count, area])
            }
            sql = """
                WITH RECURSIVE closure(id) AS (
                    SELECT id FROM parties WHERE (\(selected.joined(separator: " AND "))) OR role = 'regulator'
                    UNION SELECT s.sender FROM shipments s JOIN closure c ON s.receiver = c.id
                    UNION SELECT n.holder FROM recalls x JOIN closure c ON x.issuer = c.id JOIN nodes n ON n.code = x.batch
                    UNION SELECT n.holder FROM tests x JOIN closure c ON x.issuer = c.id JOIN nodes n ON n.code = x.batch
                    UNION SELECT n.holder FROM documents x JOIN closure c ON x.issuer = c.id JOIN nodes n ON n.code = x.batch
                )
                \(sql) AND r.issuer IN (SELECT id FROM closure)
                """
        }
        _ = arguments.append(contentsOf: [position, max(0, limit)])
        sql += " ORDER BY r.n LIMIT ?"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                PositionedRecord(position: row["n"], record: try Self.storedRecord(row))
            }
        }
    }

    /// Every issuer's head: the high-water marks a node compares with its own before it sends records.
    public func heads() throws(StoreError) -> [String: IssuerHead] {
        try read { db in
            var heads: [String: IssuerHead] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.issuer, r.seq, r.id FROM records r
                    JOIN (SELECT issuer, max(seq) AS seq FROM records GROUP BY issuer) h
                      ON h.issuer = r.issuer AND h.seq = r.seq
                    """)
            for row in rows { heads[row[0]] = IssuerHead(seq: row[1], id: row[2]) }
            return heads
        }
    }

    /// The record of `issuer` at `seq`, if the store holds it.
    public func record(issuer: String, seq: Int) throws(StoreError) -> StoredRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM records WHERE issuer = ? AND seq = ?", arguments: [issuer, seq])
                .map(Self.storedRecord)
        }
    }

    /// The position of the newest record (0 for an empty store).
    public func lastPosition() throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(n) FROM records") ?? 0 }
    }

    /// Every record kept as equivocation evidence, by issuer and `seq`.
    public func equivocations() throws(StoreError) -> [EquivocationEvidence] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM equivocations ORDER BY issuer, seq, detected_ms"
            ).map { row in
                EquivocationEvidence(
                    issuer: row["issuer"], seq: row["seq"], id: row["id"], conflictsWith: row["conflicts_with"],
                    detectedMilliseconds: row["detected_ms"], raw: Array(row["raw"] as Data))
            }
        }
    }
}
