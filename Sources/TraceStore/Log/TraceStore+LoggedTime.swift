import Foundation
import GRDB
import TraceModel

/// A logged record's `at` beside its logged time: the timestamp of the first signed tree head that includes it. The
/// signer writes `at`; the log fixes when the record reached the hub.
public struct LoggedTime: Sendable, Equatable, Codable {
    /// Records whose `at` is this many hours or more from their logged time, either way, are flagged: more than a
    /// market edge offline for a day explains (it pushes when the link is back), and the gap a backdated record leaves.
    public static let flagHours: Int64 = 24

    public var record: String
    /// The record's own time, as it wrote it.
    public var at: String
    /// The logged time, at `at`'s UTC offset (milliseconds when the head had them).
    public var logged: String
    public var loggedMilliseconds: Int64
    /// Whole hours from `at` to the logged time: positive when the record was logged after its `at`.
    public var hoursAfterAt: Int64
    /// `at` is ``flagHours`` or more from the logged time.
    public var flagged: Bool

    init(record: String, at: String, atMilliseconds: Int64, logged: Int64) {
        self.record = record
        self.at = at
        loggedMilliseconds = logged
        self.logged = Timestamp(epochMilliseconds: logged, offsetMinutes: Timestamp(at)?.offsetMinutes ?? 0).text
        hoursAfterAt = (logged - atMilliseconds) / 3_600_000
        flagged = abs(hoursAfterAt) >= Self.flagHours
    }
}

/// A logged record signed by a key whose revocation the log holds before it: the record reached this store after the
/// revocation did, whatever its `at` (a hub refuses such records; a store that kept records before its log was on,
/// or that was filled offline, may hold them).
public struct LoggedAfterRevocation: Sendable, Equatable, Codable {
    public var record: String
    public var key: String
    public var party: String
    /// The `revoke` record, and the leaves of both.
    public var revocation: String
    public var recordLeaf: UInt64
    public var revocationLeaf: UInt64
}

extension TraceStore {
    /// The logged time of each of `recordIDs` that a signed head includes; empty when the store keeps no log.
    public func loggedTimes(of recordIDs: [String]) throws(StoreError) -> [String: LoggedTime] {
        try read { db in
            guard try db.tableExists("log_leaves"), try Self.logEnabled(db) else { return [:] }
            let statement = try db.cachedStatement(
                sql: """
                    SELECT r.at, r.at_ms,
                        (SELECT timestamp_ms FROM log_heads h WHERE h.size > l.idx ORDER BY h.size LIMIT 1)
                    FROM records r JOIN log_leaves l ON l.record = r.n WHERE r.id = ?
                    """)
            var times: [String: LoggedTime] = [:]
            for id in Set(recordIDs) {
                guard let row = try Row.fetchOne(statement, arguments: [id]), let logged = row[2] as Int64? else {
                    continue
                }
                times[id] = LoggedTime(record: id, at: row[0], atMilliseconds: row[1], logged: logged)
            }
            return times
        }
    }

    /// Every logged record whose `at` is ``LoggedTime/flagHours`` or more from its logged time: how many, and the
    /// first `limit` in log order. `nil` when the store keeps no log.
    public func recordsFarFromLoggedTime(limit: Int = 20) throws(StoreError) -> (count: Int, first: [LoggedTime])? {
        try scan { db in
            guard try db.tableExists("log_leaves"), try Self.logEnabled(db) else { return nil }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT r.id, r.at, r.at_ms, t.logged FROM (
                        SELECT l.idx, l.record,
                            (SELECT timestamp_ms FROM log_heads h WHERE h.size > l.idx ORDER BY h.size LIMIT 1) AS logged
                        FROM log_leaves l
                    ) t JOIN records r ON r.n = t.record
                    WHERE t.logged IS NOT NULL AND abs(t.logged - r.at_ms) >= ?
                    ORDER BY t.idx
                    """, arguments: [LoggedTime.flagHours * 3_600_000])
            var count = 0
            var first: [LoggedTime] = []
            while let row = try rows.next() {
                count += 1
                if first.count < limit {
                    first.append(LoggedTime(record: row[0], at: row[1], atMilliseconds: row[2], logged: row[3]))
                }
            }
            return (count, first)
        }
    }

    /// Logged records signed by a key whose `revoke` record the log holds at an earlier leaf (of `recordIDs` only, when
    /// given: each looked up by its id, the rest of the store not read), in log order; empty when the store keeps no
    /// log.
    public func loggedAfterRevocation(of recordIDs: [String]? = nil) throws(StoreError) -> [LoggedAfterRevocation] {
        try read { db in
            guard try db.tableExists("log_leaves"), try Self.logEnabled(db) else { return [] }
            let columns = """
                SELECT r.id, k.id, k.party, k.revoked_by, lr.idx, lv.idx
                FROM records r
                JOIN log_leaves lr ON lr.record = r.n
                JOIN keys k ON k.id = r.key_id AND k.party = r.issuer
                JOIN records rv ON rv.id = k.revoked_by
                JOIN log_leaves lv ON lv.record = rv.n
                WHERE k.revoked_by IS NOT NULL AND lr.idx > lv.idx
                """
            let rows: [Row]
            if let recordIDs {
                let statement = try db.cachedStatement(sql: columns + " AND r.id = ?")
                rows = try Set(recordIDs).compactMap { try Row.fetchOne(statement, arguments: [$0]) }
                    .sorted { ($0[4] as Int64) < ($1[4] as Int64) }
            } else {
                rows = try Row.fetchAll(db, sql: columns + " ORDER BY lr.idx")
            }
            return rows.map { row in
                LoggedAfterRevocation(
                    record: row[0], key: row[1], party: row[2], revocation: row[3], recordLeaf: UInt64(row[4] as Int64),
                    revocationLeaf: UInt64(row[5] as Int64))
            }
        }
    }
}
