import Foundation
import GRDB
import TraceGraph
import TraceModel

/// A registered party with its keys and key revocations, as the trust bundle lists them.
public struct RegisteredParty: Sendable {
    public var info: PartyInfo
    public var keys: [RegisteredKey]
    /// Key id, revocation time and the revoke record's reason.
    public var revocations: [(key: String, from: Timestamp, reason: String)]
}

extension TraceStore {
    /// Every registered party (anchors excluded) with keys and revocations, in id order.
    public func registeredParties() throws(StoreError) -> [RegisteredParty] {
        try read { db in
            var keys: [String: [RegisteredKey]] = [:]
            var revocations: [String: [(key: String, from: Timestamp, reason: String)]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT k.id, k.party, k.alg, k.spki, k.revoked_ms, CAST(r.raw AS TEXT) FROM keys k
                LEFT JOIN records r ON r.id = k.revoked_by ORDER BY k.rowid
                """) {
                let party: String = row[1]
                let keyID: String = row[0]
                keys[party, default: []].append(RegisteredKey(id: keyID, alg: row[2], spki: (row[3] as Data).base64EncodedString()))
                if let revoked: Int64 = row[4] {
                    var reason = "revoked"
                    if let raw: String = row[5], let record = try? TraceModel.Record.parse(Array(raw.utf8)),
                        case .revoke(let body)? = try? record.decodedBody() { reason = body.reason }
                    revocations[party, default: []].append((keyID, Timestamp(epochMilliseconds: revoked), reason))
                }
            }
            return try Row.fetchAll(db, sql: "SELECT id, name, role, area, parent, contact FROM parties WHERE record != 'anchor' ORDER BY id")
                .compactMap { row in
                    guard let role = Role(rawValue: row[2]) else { return nil }
                    let id: String = row[0]
                    return RegisteredParty(
                        info: PartyInfo(id: id, name: row[1], role: role, area: row[3], parent: row[4], contact: row[5]),
                        keys: keys[id] ?? [], revocations: revocations[id] ?? [])
                }
        }
    }

    /// The quantity of a batch on hand now (created − taken out), in its unit, with its holder.
    public func onHand(_ code: String) throws(StoreError) -> (holder: String, quantity: Quantity)? {
        try withGraph { reader in
            guard let node = try reader.node(code), node.type == .batch else { return nil }
            let total = try reader.movements(of: code).reduce(Amount.zero) { $0 + $1.delta }
            return (node.holder, Quantity(total, node.quantity.unit))
        }
    }

    /// The next free trace code of a party's node for the local date of `time`.
    public func nextTraceCode(for party: String, at time: Timestamp) throws(StoreError) -> TraceCode {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT area, node FROM parties WHERE id = ?", arguments: [party]) else {
                throw StoreError(.badInput, "party \(party) is not registered")
            }
            let prefix = (row[0] as String) + (row[1] as String) + time.localDateDigits
            let last = try String.fetchOne(
                db, sql: "SELECT MAX(code) FROM nodes WHERE code >= ? AND code < ?", arguments: [prefix, prefix + "A"])
            let serial = last.map { Int($0.dropFirst(15).prefix(4))! + 1 } ?? 0
            guard let code = TraceCode(area: row[0], node: row[1], date: time.localDateDigits, serial: serial) else {
                throw StoreError(.badInput, "party \(party) has used all 10,000 trace codes of \(time.localDateDigits)")
            }
            return code
        }
    }
}
