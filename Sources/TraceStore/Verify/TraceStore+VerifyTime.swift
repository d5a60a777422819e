import GRDB
import TraceModel

extension TraceStore {
    /// The time rules ingest applies (``TimeRules``), over the whole store: a record dated before its issuer's
    /// previous record, before its key was registered, or more than the allowed skew after the store took it in.
    /// Records stored before these rules (or written into the file by hand) are reported, not silently trusted.
    func checkTimes() throws(StoreError) -> [VerifyFinding] {
        try scan { db in
            var findings: [VerifyFinding] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.issuer, r.seq, r.at, p.at FROM records r
                    JOIN records p ON p.issuer = r.issuer AND p.seq = r.seq - 1
                    WHERE r.at_ms < p.at_ms
                    """)
            {
                findings.append(
                    VerifyFinding(
                        check: "time", record: row[0],
                        .Verify.datedBeforePrevious(issuer: row[1], seq: row[2], at: row[3], previousAt: row[4])))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.at, k.id, k.registered_ms FROM records r JOIN keys k ON k.id = r.key_id
                    WHERE k.registered_ms IS NOT NULL AND r.at_ms < k.registered_ms
                    """)
            {
                findings.append(
                    VerifyFinding(
                        check: "time", record: row[0],
                        .Verify.datedBeforeKey(
                            at: row[1], key: row[2], registered: "\(Timestamp(epochMilliseconds: row[3]))")))
            }
            for row in try Row.fetchAll(
                db,
                sql: "SELECT id, at, ingested_ms FROM records WHERE at_ms > ingested_ms + ?",
                arguments: [TimeRules.futureSkewMilliseconds])
            {
                findings.append(
                    VerifyFinding(
                        check: "time", record: row[0],
                        .Verify.datedAfterIngest(
                            at: row[1], minutes: TimeRules.futureSkewMilliseconds / 60_000,
                            ingested: "\(Timestamp(epochMilliseconds: row[2]))")))
            }
            return findings
        }
    }
}
