import Foundation
import GRDB
import TraceModel
import TraceStore

/// Which records an export streams: one issuer's, and those dated (by their `at`) within a window.
public struct RecordWindow: Sendable, Equatable {
    /// Only records issued by this party.
    public var issuer: String?
    /// Only records dated at or after this time (milliseconds since 1970).
    public var fromMilliseconds: Int64?
    /// Only records dated before this time (milliseconds since 1970).
    public var untilMilliseconds: Int64?

    /// A window; `nil` parts do not filter.
    public init(issuer: String? = nil, fromMilliseconds: Int64? = nil, untilMilliseconds: Int64? = nil) {
        self.issuer = issuer
        self.fromMilliseconds = fromMilliseconds
        self.untilMilliseconds = untilMilliseconds
    }
}

extension TraceStore {
    /// Streams the records in `window`, and every record of the kinds in `alwaysIncluding` whatever the
    /// window, in ingest order (the order another store can ingest), with a lookup view over the same
    /// snapshot. Memory stays flat: one record at a time is read from a cursor.
    ///
    /// An error thrown by `body` ends the stream and is rethrown as it is; store failures are
    /// ``StoreError``s.
    public func forEachRecord(
        window: RecordWindow, alwaysIncluding kinds: Set<RecordKind> = [],
        _ body: (StoredRecord, InteropView) throws -> Void
    ) throws {
        var conditions = SQLConditions()
        if let issuer = window.issuer { conditions.add("issuer = ?", [issuer]) }
        conditions.window("at_ms", from: window.fromMilliseconds, until: window.untilMilliseconds)
        var arguments = conditions.arguments
        var sql = "SELECT \(Self.streamedColumns) FROM records"
        if !conditions.isEmpty {
            var selection = conditions.sql
            if !kinds.isEmpty {
                let names = kinds.map(\.rawValue).sorted()
                selection += " OR kind IN (\(names.map { _ in "?" }.joined(separator: ",")))"
                _ = arguments.append(contentsOf: StatementArguments(names))
            }
            sql += " WHERE " + selection
        }
        sql += " ORDER BY n"
        var failure: (any Error)?
        try scan { db in
            let view = InteropView(db)
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                do {
                    try body(try Self.streamedRecord(row), view)
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }

    /// The columns ``streamedRecord(_:)`` reads, by position.
    static let streamedColumns = "id, issuer, seq, kind, at, raw, ingested_ms"

    /// A record from a row of ``streamedColumns``: columns read by position and the raw bytes copied
    /// once (a whole export reads every record, so name lookups and a `Data` copy per row add up).
    static func streamedRecord(_ row: Row) throws -> StoredRecord {
        StoredRecord(
            id: row[0], issuer: row[1], seq: row[2], kind: try StoredValue.decode(row[3], column: "records.kind"),
            at: row[4],
            raw: try row.withUnsafeData(atIndex: 5) { data in data.map(Array.init) ?? [] }, ingestedMilliseconds: row[6]
        )
    }

    /// Every registered party and trust anchor, in id order: what an exporter looks parties up in
    /// while it maps records on several threads (there are few parties, and a store view is not
    /// shared across threads).
    public func interopParties() throws(StoreError) -> [InteropParty] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, area, node, parent, address FROM parties ORDER BY id")
                .map { row in
                    InteropParty(
                        id: row[0], name: row[1], role: try StoredValue.decode(row[2], column: "parties.role"),
                        area: row[3], node: row[4], parent: row[5],
                        address: row[6])
                }
        }
    }

    /// The registered party (or trust anchor) with this id.
    public func interopParty(_ id: String) throws(StoreError) -> InteropParty? {
        try read { db in try InteropView.party(id, in: db) }
    }

    /// The EPCIS event hash IDs of the events `issuer` has imported (the `epcis.eventID` of its records),
    /// so that importing the same document again adds nothing.
    public func importedEventIDs(issuer: String) throws(StoreError) -> Set<String> {
        try scan { db in
            var ids: Set<String> = []
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT raw FROM records WHERE issuer = ? AND instr(CAST(raw AS TEXT), '\"epcis\":{') > 0",
                arguments: [issuer])
            while let row = try cursor.next() {
                let raw: Data = row[0]
                let json: JSONValue
                do { json = try JSONParser.parse(Array(raw)) } catch {
                    throw StoreError(.corrupt, "a record of \(issuer) in the store no longer parses: \(error)")
                }
                if let id = json["body"]?["epcis"]?["eventID"]?.stringValue { ids.insert(id) }
            }
            return ids
        }
    }

    /// The hash IDs of the events attested in the store, by anyone (an event is attested once), so an import leaves
    /// them out.
    public func attestedEventIDs() throws(StoreError) -> Set<String> {
        try scan { db in
            guard try db.tableExists("attestations") else { return [] }
            return Set(try String.fetchAll(db, sql: "SELECT event_id FROM attestations"))
        }
    }

    /// The canonical JSON of every attested event kept as packing or unpacking (an AggregationEvent), in the order
    /// the store took them: what a later partner's document may name logistic units by.
    public func attestedAggregationEvents() throws(StoreError) -> [String] {
        try scan { db in
            guard try db.tableExists("attestations") else { return [] }
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT r.raw FROM attestations a JOIN records r ON r.id = a.record
                    WHERE a.kind = 'kept:aggregation' ORDER BY r.n
                    """)
            var events: [String] = []
            while let row = try cursor.next() {
                let raw: Data = row[0]
                if let json = try? JSONParser.parse(Array(raw)),
                    let event = json["body"]?["event"]?["event"]?.stringValue
                {
                    events.append(event)
                }
            }
            return events
        }
    }
}
