import GRDB

/// When records were ingested, as the store keeps it: a stamp per record that never goes back in ingest (rowid)
/// order, so that the records ingested at or after a time are the rows from one rowid on.
///
/// An ingest stamps its records with the caller's clock, or with the last stamp in the store when that clock is
/// behind it (a clock set back between two ingests). Finding where a time starts is then a binary search over
/// rowids, and `records` needs no index on the stamp (migration v6 dropped it; every record wrote an entry).
enum IngestStamp {
    /// The stamp for records ingested now: `now`, or the store's last stamp if that is later.
    static func stamp(now: Int64, _ db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(db, sql: "SELECT ingested_ms FROM records ORDER BY n DESC LIMIT 1")
        return max(now, last ?? now)
    }

    /// The smallest rowid from which every record was ingested at or after `since` (one past the last rowid when
    /// none was): a binary search, each step one lookup by rowid.
    static func firstRowID(ingestedAtOrAfter since: Int64, _ db: Database) throws -> Int64 {
        guard let (first, last) = try rowIDRange(db) else { return 0 }
        // Invariant: rows before `low` were ingested before `since`; the row at or after `high` (if any) was not.
        var low = first
        var high = last + 1
        while low < high {
            let middle = low + (high - low) / 2
            let stamp = try Int64.fetchOne(
                db, sql: "SELECT ingested_ms FROM records WHERE n >= ? ORDER BY n LIMIT 1", arguments: [middle])
            if let stamp, stamp < since { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func rowIDRange(_ db: Database) throws -> (Int64, Int64)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT min(n), max(n) FROM records"),
            let first = row[0] as Int64?, let last = row[1] as Int64?
        else { return nil }
        return (first, last)
    }

    /// Raises each stamp that goes back in rowid order to the latest before it: stores from before v6 stamped
    /// with the clock as it was, which may have been set back between ingests. Reads the stamps through their
    /// index (one entry per record), and rewrites rows only in a store that has such stamps.
    static func makeNonDecreasing(_ db: Database) throws {
        // Each stamp with the rowids it spans, in stamp order: in order by rowid too when each span ends before
        // the next begins.
        let spans = try Row.fetchAll(
            db, sql: "SELECT min(n), max(n) FROM records GROUP BY ingested_ms ORDER BY ingested_ms")
        let ordered = zip(spans, spans.dropFirst()).allSatisfy { earlier, later in
            (earlier[1] as Int64) < (later[0] as Int64)
        }
        if !ordered { try db.execute(sql: raiseStamps) }
    }

    private static let raiseStamps = """
        UPDATE records SET ingested_ms = raised.stamp
        FROM (SELECT n, max(ingested_ms) OVER (ORDER BY n ROWS UNBOUNDED PRECEDING) AS stamp FROM records) AS raised
        WHERE raised.n = records.n AND records.ingested_ms < raised.stamp
        """
}
