import GRDB
import TraceModel

/// A licence as the `licences` table keeps it, on either engine.
package struct LicenceRow {
    package var party: String
    package var type: String
    package var number: String
    package var validFrom: Int64
    package var validUntil: Int64?

    package init(party: String, type: String, number: String, validFrom: Int64, validUntil: Int64?) {
        self.party = party
        self.type = type
        self.number = number
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}

extension TraceStore {
    /// Every party's licences as the store derived them from `register` records, in the order they were stored.
    /// One reading for the party directory and the audit query view.
    package static func licencesByParty(_ db: Database) throws -> [String: [Licence]] {
        try licencesByParty(
            Row.fetchAll(
                db, sql: "SELECT party, type, number, valid_from_ms, valid_until_ms FROM licences ORDER BY rowid"
            ).map { LicenceRow(party: $0[0], type: $0[1], number: $0[2], validFrom: $0[3], validUntil: $0[4]) })
    }

    /// The licences of `rows` (in the order stored) by party.
    package static func licencesByParty(_ rows: [LicenceRow]) throws(StoreError) -> [String: [Licence]] {
        var licences: [String: [Licence]] = [:]
        for row in rows {
            let type: DocumentType = try StoredValue.decode(row.type, column: "licences.type")
            licences[row.party, default: []].append(
                Licence(
                    type: type, number: row.number, validFrom: Timestamp(epochMilliseconds: row.validFrom),
                    validUntil: row.validUntil.map { Timestamp(epochMilliseconds: $0) }))
        }
        return licences
    }
}
