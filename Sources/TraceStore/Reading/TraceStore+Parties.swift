import Foundation
import GRDB
import TraceGraph
import TraceModel

/// A registered party with its keys and key revocations, as the trust bundle lists them.
public struct RegisteredParty: Sendable {
    public var info: PartyInfo
    public var keys: [RegisteredKey]
    /// Key id, revocation time and the revoke record's reason.
    public var revocations: [(key: String, from: Timestamp, reason: String, lastSeq: Int?)]
}

extension TraceStore {
    /// Every registered party (anchors excluded) with keys and revocations, in id order.
    public func registeredParties() throws(StoreError) -> [RegisteredParty] {
        try read { db in
            var keys: [String: [RegisteredKey]] = [:]
            var revocations: [String: [(key: String, from: Timestamp, reason: String, lastSeq: Int?)]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT k.id, k.party, k.alg, k.spki, k.revoked_ms, CAST(r.raw AS TEXT), k.revoked_after_seq FROM keys k
                    LEFT JOIN records r ON r.id = k.revoked_by ORDER BY k.rowid
                    """)
            {
                let party: String = row[1]
                let keyID: String = row[0]
                keys[party, default: []].append(
                    RegisteredKey(id: keyID, alg: row[2], spki: (row[3] as Data).base64EncodedString()))
                if let revoked: Int64 = row[4] {
                    var reason = "revoked"
                    if let raw: String = row[5] {
                        let record = try StoredValue.record(Array(raw.utf8), id: "revoking key \(keyID)")
                        if case .revoke(let body) = try StoredValue.body(of: record, id: "revoking key \(keyID)") {
                            reason = body.reason
                        }
                    }
                    revocations[party, default: []].append(
                        (keyID, Timestamp(epochMilliseconds: revoked), reason, row[6]))
                }
            }
            return try Row.fetchAll(
                db,
                sql: "SELECT id, name, role, area, parent, contact FROM parties WHERE record != 'anchor' ORDER BY id"
            )
            .map { row in
                let role: Role = try StoredValue.decode(row[2], column: "parties.role")
                let id: String = row[0]
                return RegisteredParty(
                    info: PartyInfo(id: id, name: row[1], role: role, area: row[3], parent: row[4], contact: row[5]),
                    keys: keys[id] ?? [], revocations: revocations[id] ?? [])
            }
        }
    }

    /// The quantity of a batch on hand now (created − taken out), in its unit, with its holder.
    public func onHand(_ code: String) throws(StoreError) -> (holder: String, quantity: Quantity)? {
        try withGraph { reader in try Self.onHand(code, reader) }
    }

    /// The next free trace code of a party's node for the local date of `time`.
    public func nextTraceCode(for party: String, at time: Timestamp) throws(StoreError) -> TraceCode {
        try read { db in try Self.nextTraceCode(for: party, at: time, db) }
    }
}
