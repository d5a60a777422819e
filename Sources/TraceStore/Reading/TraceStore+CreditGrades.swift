import GRDB
import TraceModel

extension TraceStore {
    /// The credit grades (信用等级) in force at `now`, per party: the `result` of the latest `certify` record of type
    /// `credit-grade` with the party as subject, issued by a regulator, valid at `now` and not revoked by then.
    ///
    /// One query over the `documents` index on `(type, number)`: it reads the credit-grade documents only, however
    /// many other documents (certificates, tickets, test reports) the store holds.
    public func creditGrades(at now: Timestamp) throws(StoreError) -> [String: String] {
        let time = now.epochMilliseconds
        return try read { db in
            var latest: [String: (at: Int64, grade: String)] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT d.subject, d.result, r.at_ms
                    FROM documents d JOIN records r ON r.id = d.record JOIN parties p ON p.id = d.issuer
                    WHERE d.type = ? AND p.role = ? AND d.subject IS NOT NULL AND d.result IS NOT NULL
                      AND d.valid_from_ms <= ? AND (d.valid_until_ms IS NULL OR ? <= d.valid_until_ms)
                      AND (d.revoked_ms IS NULL OR ? < d.revoked_ms)
                    ORDER BY r.n
                    """,
                arguments: [DocumentType.creditGrade.rawValue, Role.regulator.rawValue, time, time, time])
            while let row = try rows.next() {
                let subject: String = row[0]
                let at: Int64 = row[2]
                if let known = latest[subject], known.at > at { continue }
                latest[subject] = (at, row[1])
            }
            return latest.mapValues(\.grade)
        }
    }
}
