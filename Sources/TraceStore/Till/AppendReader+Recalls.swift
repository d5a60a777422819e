import Foundation
import GRDB
import TraceModel

/// A recall notice as a disposal signed here is checked against it.
public struct RecallNoticeRow: Sendable, Hashable {
    public var notice: String
    public var record: String
    public var issuer: String
    /// The recalled batch: the notice covers it and every batch, slip and meal made from it.
    public var batch: String
    public var atMilliseconds: Int64
}

extension AppendReader {
    /// Every recall record with the notice number `notice` (one, unless issuers reused a number), oldest first.
    public func recallNotices(named notice: String) throws -> [RecallNoticeRow] {
        try Row.fetchAll(
            db, sql: "SELECT notice, record, issuer, batch, at_ms FROM recalls WHERE notice = ? ORDER BY at_ms, record",
            arguments: [notice]
        ).map {
            RecallNoticeRow(notice: $0[0], record: $0[1], issuer: $0[2], batch: $0[3], atMilliseconds: $0[4])
        }
    }

    /// Whether `batch` is `ancestor` or was made from it (received, processed, sold or served from it, at any depth).
    public func isDerived(_ batch: String, from ancestor: String) throws -> Bool {
        if batch == ancestor { return true }
        return try Bool.fetchOne(
            db,
            sql: """
                WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
                SELECT EXISTS (SELECT 1 FROM up WHERE code = ?)
                """, arguments: [batch, ancestor]) ?? false
    }
}
