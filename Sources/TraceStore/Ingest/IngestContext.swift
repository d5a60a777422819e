import Foundation
import GRDB
import TraceCrypto
import TraceModel

/// A refusal raised while applying one record; becomes an ``IngestRejection``.
struct Refusal: Error {
    var field: String
    var reason: String
    init(_ field: String = "$", _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// What the store knows of a key while ingesting.
struct KeyInfo {
    var party: String
    var alg: String
    var revokedMilliseconds: Int64?
}

/// What the store knows of a graph node while ingesting.
struct NodeInfo {
    var holder: String
    var unit: QuantityUnit
    var type: String
}

/// The state of one ingest transaction: lookups with small caches over the tables being written.
///
/// Each record is applied in a savepoint. When the savepoint rolls back, the cache entries made while
/// applying that record must go too, or later records of a partial ingest would see parties, keys and
/// batches that are not in the database: ``beginRecord()`` and ``discardRecord()`` bracket each record.
final class IngestContext {
    let db: Database
    let now: Int64
    private var heads: [String: (seq: Int, id: String)] = [:]
    private var roles: [String: Role] = [:]
    private var keyCache: [String: KeyInfo] = [:]
    private var nodeCache: [String: NodeInfo] = [:]
    private var anchorParties: Set<String>
    /// Cache entries written since ``beginRecord()``.
    private var journal: [CacheEntry] = []

    private enum CacheEntry {
        case head(String), role(String), key(String), node(String)
    }

    init(db: Database, now: Int64) throws {
        self.db = db
        self.now = now
        anchorParties = Set(try String.fetchAll(db, sql: "SELECT party FROM anchors"))
    }

    func isAnchorParty(_ party: String) -> Bool { anchorParties.contains(party) }

    func isAnchorKey(_ keyID: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM anchors WHERE key_id = ?)", arguments: [keyID]) ?? false
    }

    /// Starts applying one record: cache entries from here on belong to it.
    func beginRecord() { journal.removeAll(keepingCapacity: true) }

    /// The record's savepoint was rolled back: forget every cache entry made while applying it, so the
    /// next lookup reads the database again.
    func discardRecord() {
        for entry in journal {
            switch entry {
            case .head(let issuer): heads[issuer] = nil
            case .role(let party): roles[party] = nil
            case .key(let id): keyCache[id] = nil
            case .node(let code): nodeCache[code] = nil
            }
        }
        journal.removeAll(keepingCapacity: true)
    }

    func head(of issuer: String) throws -> (seq: Int, id: String)? {
        if let cached = heads[issuer] { return cached }
        guard let row = try Row.fetchOne(
            db, sql: "SELECT seq, id FROM records WHERE issuer = ? ORDER BY seq DESC LIMIT 1", arguments: [issuer])
        else { return nil }
        let head = (seq: row[0] as Int, id: row[1] as String)
        heads[issuer] = head
        journal.append(.head(issuer))
        return head
    }

    func setHead(_ issuer: String, seq: Int, id: String) {
        heads[issuer] = (seq, id)
        journal.append(.head(issuer))
    }

    func recordID(issuer: String, seq: Int) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM records WHERE issuer = ? AND seq = ?", arguments: [issuer, seq])
    }

    func recordExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM records WHERE id = ?)", arguments: [id]) ?? false
    }

    func role(of party: String) throws -> Role? {
        if let cached = roles[party] { return cached }
        guard let text = try String.fetchOne(db, sql: "SELECT role FROM parties WHERE id = ?", arguments: [party]),
            let role = Role(rawValue: text)
        else { return nil }
        roles[party] = role
        journal.append(.role(party))
        return role
    }

    func setRole(_ role: Role, of party: String) {
        roles[party] = role
        journal.append(.role(party))
    }

    func key(_ id: String) throws -> KeyInfo? {
        if let cached = keyCache[id] { return cached }
        if let row = try Row.fetchOne(db, sql: "SELECT party, alg, revoked_ms FROM keys WHERE id = ?", arguments: [id]) {
            let info = KeyInfo(party: row[0], alg: row[1], revokedMilliseconds: row[2])
            keyCache[id] = info
            journal.append(.key(id))
            return info
        }
        if let row = try Row.fetchOne(db, sql: "SELECT party, alg FROM anchors WHERE key_id = ?", arguments: [id]) {
            let info = KeyInfo(party: row[0], alg: row[1], revokedMilliseconds: nil)
            keyCache[id] = info
            journal.append(.key(id))
            return info
        }
        return nil
    }

    func setKey(_ id: String, _ info: KeyInfo) {
        keyCache[id] = info
        journal.append(.key(id))
    }

    func node(_ code: TraceCode) throws -> NodeInfo? {
        if let cached = nodeCache[code.digits] { return cached }
        guard let row = try Row.fetchOne(db, sql: "SELECT holder, unit, type FROM nodes WHERE code = ?", arguments: [code.digits]),
            let unit = QuantityUnit(rawValue: row[1])
        else { return nil }
        let info = NodeInfo(holder: row[0], unit: unit, type: row[2])
        nodeCache[code.digits] = info
        journal.append(.node(code.digits))
        return info
    }

    func setNode(_ code: TraceCode, _ info: NodeInfo) {
        nodeCache[code.digits] = info
        journal.append(.node(code.digits))
    }
}
