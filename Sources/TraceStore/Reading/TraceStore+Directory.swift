import GRDB
import TraceModel

/// A party as `foodtrace parties` lists it, and as commands resolve `--party` against it.
public struct DirectoryEntry: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var role: Role
    /// GB/T 2260 area code of the party's premises.
    public var area: String
    /// The market a stall belongs to.
    public var parent: String?
    /// A trust anchor (a regulator trusted without a `register` record).
    public var anchor: Bool
    public var licences: [Licence]
    /// Keys registered for the party, and how many of them are revoked.
    public var keys: Int
    public var revokedKeys: Int
}

extension TraceStore {
    /// Every party the store knows (anchors included), with licences and key counts, in id order.
    public func directory() throws(StoreError) -> [DirectoryEntry] {
        try read { db in
            let licences = try TraceStore.licencesByParty(db)
            var keys: [String: (all: Int, revoked: Int)] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT party, COUNT(*), COUNT(revoked_ms) FROM keys GROUP BY party")
            {
                keys[row[0]] = (row[1], row[2])
            }
            var anchorKeys: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT party, COUNT(*) FROM anchors GROUP BY party") {
                anchorKeys[row[0]] = row[1]
            }
            return try Row.fetchAll(db, sql: "SELECT id, name, role, area, parent, record FROM parties ORDER BY id")
                .map { row in
                    let role: Role = try StoredValue.decode(row[2], column: "parties.role")
                    let id: String = row[0]
                    let anchor = (row[5] as String) == "anchor"
                    let counted = keys[id] ?? (0, 0)
                    return DirectoryEntry(
                        id: id, name: row[1], role: role, area: row[3], parent: row[4], anchor: anchor,
                        licences: licences[id] ?? [], keys: counted.all + (anchorKeys[id] ?? 0),
                        revokedKeys: counted.revoked)
                }
        }
    }

    /// Up to `limit` trace codes of the store starting with `prefix`, in code order.
    public func traceCodes(withPrefix prefix: String, limit: Int) throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT code FROM nodes WHERE code >= ? AND code < ? ORDER BY code LIMIT ?",
                arguments: [prefix, prefix + ":", limit])
        }
    }
}

extension TraceStore {
    /// The parties that signed two different records with one sequence number.
    public func equivocatingIssuers() throws(StoreError) -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT DISTINCT issuer FROM equivocations")) }
    }
}
