import Foundation
import GRDB
import TraceModel

extension TraceStore {
    /// The rows ingest derives from `register` and `revoke` records — parties, keys, licences, key revocations —
    /// derived again from the signed records and compared: a row no record supports (a key written into the store
    /// file by hand, say, to let forged records in), a row that differs from its record, and a revocation a record
    /// makes that the `keys` table has lost are each a `derived` finding. Anchors are the store's configuration and
    /// are taken as they are.
    func checkDerivedRows() throws(StoreError) -> [VerifyFinding] {
        try read { db in
            var expected = DerivedRows()
            let anchors = Set(try String.fetchAll(db, sql: "SELECT party FROM anchors"))
            for row in try Row.fetchAll(
                db, sql: "SELECT id, raw FROM records WHERE kind IN ('register', 'revoke') ORDER BY n")
            {
                guard let record = try? TraceModel.Record.parse(Array(row["raw"] as Data)),
                    let body = try? record.decodedBody()
                else { continue }
                expected.apply(body, record: row["id"], at: record.at.epochMilliseconds)
            }
            var findings: [VerifyFinding] = []
            func report(_ record: String?, _ text: Message) {
                findings.append(VerifyFinding(check: "derived", record: record, text))
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, role, record FROM parties") {
                let id: String = row["id"]
                if anchors.contains(id) { continue }
                guard let party = expected.parties[id] else {
                    report(nil, .Verify.partyUnregistered(id))
                    continue
                }
                if party.role != row["role"] || party.record != row["record"] {
                    report(row["record"], .Verify.partyOtherwise(id, role: row["role"]))
                }
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT id, party, alg, spki, record, revoked_ms, revoked_after_seq FROM keys")
            {
                let id: String = row["id"]
                guard let key = expected.keys[id] else {
                    report(nil, .Verify.keyUnbound(id, party: row["party"]))
                    continue
                }
                if key.party != row["party"] || key.alg != row["alg"] || key.spki != (row["spki"] as Data)
                    || key.record != row["record"]
                {
                    report(row["record"], .Verify.keyOtherwise(id))
                }
                if key.revokedMilliseconds != row["revoked_ms"] || key.revokedAfterSeq != row["revoked_after_seq"] {
                    report(key.revokedBy, .Verify.revocationDiffers(id))
                }
            }
            var stored: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT party, type, number, record FROM licences") {
                let licence = "\(row["party"] as String) \(row["type"] as String) \(row["number"] as String)"
                stored[licence + " " + (row["record"] as String), default: 0] += 1
            }
            for (licence, count) in stored where (expected.licences[licence] ?? 0) < count {
                report(nil, .Verify.licenceUngranted(licence))
            }
            return findings
        }
    }
}

/// What `register` and `revoke` records make of parties, keys and licences, as ingest applies them.
private struct DerivedRows {
    struct Party {
        var role: String
        var record: String
    }

    struct Key {
        var party: String
        var alg: String
        var spki: Data
        var record: String
        var revokedMilliseconds: Int64?
        var revokedAfterSeq: Int?
        var revokedBy: String?
    }

    var parties: [String: Party] = [:]
    var keys: [String: Key] = [:]
    /// "party type number record" → how many rows.
    var licences: [String: Int] = [:]

    mutating func apply(_ body: AnyBody, record: String, at: Int64) {
        switch body {
        case .register(let register):
            if parties[register.party] == nil {
                parties[register.party] = Party(role: register.role.rawValue, record: record)
            }
            for key in register.keys where keys[key.id] == nil {
                guard let spki = Data(base64Encoded: key.spki) else { continue }
                keys[key.id] = Key(party: register.party, alg: key.alg, spki: spki, record: record)
            }
            for licence in register.licences ?? [] {
                licences["\(register.party) \(licence.type.rawValue) \(licence.number) \(record)", default: 0] += 1
            }
        case .revoke(let revoke):
            let ids =
                revoke.key.map { [$0] }
                ?? revoke.party.map { party in keys.filter { $0.value.party == party }.map(\.key) } ?? []
            for id in ids where keys[id] != nil {
                let from = revoke.from.epochMilliseconds
                keys[id]!.revokedMilliseconds = min(keys[id]!.revokedMilliseconds ?? from, from)
                keys[id]!.revokedBy = record
                if let last = revoke.lastSeq {
                    keys[id]!.revokedAfterSeq = min(keys[id]!.revokedAfterSeq ?? last, last)
                }
            }
        default: break
        }
    }
}
