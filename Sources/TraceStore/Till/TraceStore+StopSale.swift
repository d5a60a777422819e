import Foundation
import GRDB
import TraceModel

extension TraceStore {
    /// Why `batch` must not be sold, shipped, processed or served by `seller` at `time`; empty when it may.
    ///
    /// See ``StopSaleReason``: a recall notice dated at or before `time` on the batch or any batch it was made
    /// from; a positive test for a banned substance (``BannedSubstances``) on any of them, dated at or before
    /// `time` and not cleared by a confirmatory test dated at or before `time`; the batch's expiry (or, for a
    /// received batch without one, its source's) at or before `time`; and, when `seller` is a stall, meat whose
    /// receipt did not quote the certificates sale requires (pork: product quarantine and meat inspection).
    public func stopSale(batch: TraceCode, at time: Timestamp, seller: String) throws -> [StopSaleReason] {
        try read { db in try Self.stopSale(batch: batch.digits, at: time.epochMilliseconds, seller: seller, db) }
    }

    static func stopSale(batch: String, at time: Int64, seller: String, _ db: Database) throws -> [StopSaleReason] {
        var reasons: [StopSaleReason] = []
        let lineage = """
            WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
            """
        for row in try Row.fetchAll(
            db,
            sql: lineage + """
                SELECT r.notice, r.record, r.batch, r.level, r.reason FROM recalls r JOIN up ON r.batch = up.code
                WHERE r.at_ms <= ? ORDER BY r.at_ms, r.record
                """, arguments: [batch, time])
        {
            reasons.append(.recalled(notice: row[0], record: row[1], batch: row[2], level: row[3], reason: row[4]))
        }
        for row in try Row.fetchAll(
            db,
            sql: lineage + """
                SELECT t.record, t.batch, t.analyte, t.at_ms FROM tests t JOIN up ON t.batch = up.code
                WHERE t.result = 'positive' AND t.at_ms <= ?
                  AND NOT EXISTS (SELECT 1 FROM tests c WHERE c.clears = t.record AND c.at_ms <= ?)
                ORDER BY t.at_ms, t.record
                """, arguments: [batch, time, time])
        where BannedSubstances.contains(row[2]) {
            reasons.append(
                .positiveTest(
                    record: row[0], batch: row[1], analyte: row[2], at: Timestamp(epochMilliseconds: row[3])))
        }
        if let expiry = try expiry(of: batch, db), expiry.milliseconds <= time {
            reasons.append(.expired(batch: expiry.batch, expires: Timestamp(epochMilliseconds: expiry.milliseconds)))
        }
        if try String.fetchOne(db, sql: "SELECT role FROM parties WHERE id = ?", arguments: [seller])
            == Role.stall.rawValue,
            let category: ProductCategory = try StoredValue.decode(
                optional: try String.fetchOne(db, sql: "SELECT category FROM nodes WHERE code = ?", arguments: [batch]),
                column: "nodes.category"), category.isMeat
        {
            let required: [DocumentType] =
                category == .pork ? [.productQuarantine, .meatInspection] : [.productQuarantine]
            let quoted = Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT type FROM batch_documents WHERE batch = ?
                        UNION SELECT type FROM documents WHERE batch = ? AND revoked_ms IS NULL
                        """, arguments: [batch, batch]))
            let missing = required.filter { !quoted.contains($0.rawValue) }
            if !missing.isEmpty { reasons.append(.missingTickets(batch: batch, missing: missing)) }
        }
        return reasons
    }

    /// The batch's expiry, or for a received batch without one, that of the batch it was received from.
    private static func expiry(of batch: String, _ db: Database) throws -> (batch: String, milliseconds: Int64)? {
        var code = batch
        for _ in 0..<16 {
            if let expires = try Int64.fetchOne(
                db, sql: "SELECT expires_ms FROM nodes WHERE code = ?", arguments: [code])
            {
                return (code, expires)
            }
            guard
                let parent = try String.fetchOne(
                    db, sql: "SELECT parent FROM edges WHERE child = ? AND kind = 'receive'", arguments: [code])
            else { return nil }
            code = parent
        }
        return nil
    }
}
