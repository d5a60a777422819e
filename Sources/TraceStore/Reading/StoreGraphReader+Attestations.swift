import GRDB
import TraceGraph
import TraceModel

extension StoreGraphReader {
    /// The attestation behind each record that is one (an `attest` record), `nil` for a record signed for its own
    /// act, with the error declaration of its event when the store holds one: one query for all of them, none when
    /// the store holds no attestation.
    public func attestations(of records: [String]) throws -> [HopAttestation?] {
        var found = [HopAttestation?](repeating: nil, count: records.count)
        guard !records.isEmpty, try state.holdsAttestations() else { return found }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.attester, a.document, a.sender, a.event_id, a.party_key, a.party_name, j.key, d.record
                FROM json_each(?) j JOIN attestations a ON a.record = j.value
                LEFT JOIN attestations d ON d.event_id = a.event_id || ? AND d.part = 0
                """,
            arguments: [
                String(decoding: StoreGraphSQL.jsonArray(records), as: UTF8.self), AttestBody.declarationSuffix,
            ])
        while let row = try rows.next() {
            var attestation = HopAttestation(
                by: row[0], document: row[1], from: row[2], event: row[3], partyKey: row[4], partyName: row[5])
            attestation.declaredInErrorBy = row[7]
            found[row[6]] = attestation
        }
        return found
    }
}
