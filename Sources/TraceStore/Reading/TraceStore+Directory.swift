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

/// A party as the `parties` table keeps it, on either engine.
package struct StoredPartyRow {
    package var id: String
    package var name: String
    package var role: String
    package var area: String
    package var parent: String?
    /// The `register` record, or `anchor` for a trust anchor.
    package var record: String

    package init(id: String, name: String, role: String, area: String, parent: String?, record: String) {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.parent = parent
        self.record = record
    }
}

extension DirectoryEntry {
    /// The directory from the store's rows: `parties` in id order, each party's licences, its registered keys (all,
    /// revoked) and its anchor keys.
    package static func directory(
        parties: [StoredPartyRow], licences: [String: [Licence]], keys: [String: (all: Int, revoked: Int)],
        anchorKeys: [String: Int]
    ) throws(StoreError) -> [DirectoryEntry] {
        try parties.map { row throws(StoreError) in
            let role: Role = try StoredValue.decode(row.role, column: "parties.role")
            let counted = keys[row.id] ?? (0, 0)
            return DirectoryEntry(
                id: row.id, name: row.name, role: role, area: row.area, parent: row.parent,
                anchor: row.record == "anchor", licences: licences[row.id] ?? [],
                keys: counted.all + (anchorKeys[row.id] ?? 0), revokedKeys: counted.revoked)
        }
    }
}

extension TraceStore {
    /// Every party the store knows (anchors included), with licences and key counts, in id order.
    public func directory() throws(StoreError) -> [DirectoryEntry] {
        try read { db in
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
            let parties = try Row.fetchAll(
                db, sql: "SELECT id, name, role, area, parent, record FROM parties ORDER BY id"
            )
            .map { StoredPartyRow(id: $0[0], name: $0[1], role: $0[2], area: $0[3], parent: $0[4], record: $0[5]) }
            return try DirectoryEntry.directory(
                parties: parties, licences: try TraceStore.licencesByParty(db), keys: keys, anchorKeys: anchorKeys)
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
