import GRDB
import TraceGraph

extension StoreGraphReader {
    /// The attestation behind each record that is one (an `attest` record), `nil` for a record signed for its own
    /// act: one query for all of them, none when the store holds no attestation.
    public func attestations(of records: [String]) throws -> [HopAttestation?] {
        var found = [HopAttestation?](repeating: nil, count: records.count)
        guard !records.isEmpty, try state.holdsAttestations() else { return found }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.attester, a.document, a.sender, a.event_id, a.party_key, a.party_name, j.key
                FROM json_each(?) j JOIN attestations a ON a.record = j.value
                """,
            arguments: [String(decoding: StoreGraphSQL.jsonArray(records), as: UTF8.self)])
        while let row = try rows.next() {
            found[row[6]] = HopAttestation(
                by: row[0], document: row[1], from: row[2], event: row[3], partyKey: row[4], partyName: row[5])
        }
        return found
    }
}
