import GRDB
import TraceModel

extension TraceStore {
    /// Every party's licences as the store derived them from `register` records, in the order they were stored.
    /// One reading for the party directory and the audit query view.
    package static func licencesByParty(_ db: Database) throws -> [String: [Licence]] {
        var licences: [String: [Licence]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT party, type, number, valid_from_ms, valid_until_ms FROM licences ORDER BY rowid")
        {
            let type: DocumentType = try StoredValue.decode(row[1], column: "licences.type")
            let until: Int64? = row[4]
            licences[row[0], default: []].append(
                Licence(
                    type: type, number: row[2], validFrom: Timestamp(epochMilliseconds: row[3]),
                    validUntil: until.map { Timestamp(epochMilliseconds: $0) }))
        }
        return licences
    }
}
