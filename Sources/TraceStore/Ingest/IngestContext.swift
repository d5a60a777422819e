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
    /// The product and origin columns as stored (a batch received or sold takes them from its source).
    var productCode: String?
    var productName: String?
    var category: String?
    var originArea: String?
    var originName: String?
}

/// The state of one ingest transaction: lookups with small caches over the tables being written, and the
/// statements that write them, each prepared once (``execute(_:_:)``, ``row(_:_:)``).
///
/// When records are applied in savepoints (`journaling`), the cache entries made while applying a record whose
/// savepoint rolls back must go too, or later records of a partial ingest would see parties, keys and batches
/// that are not in the database: ``beginRecord()`` and ``discardRecord()`` bracket each record. Without
/// savepoints any refusal abandons the whole transaction, and with it the context.
final class IngestContext {
    let db: Database
    let now: Int64
    private let journaling: Bool
    /// Public keys read from the store to check a signature the parallel phase could not.
    private var verifyingKeys: [String: PublicKey?] = [:]
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

    init(db: Database, now: Int64, journaling: Bool = true) throws {
        self.db = db
        self.now = now
        self.journaling = journaling
        anchorParties = Set(try String.fetchAll(db, sql: "SELECT party FROM anchors"))
    }

    /// Runs one SQL statement, prepared on first use and kept for the connection's life.
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The first row of a query, through a statement prepared once.
    func row(_ sql: String, _ arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first value of a query, through a statement prepared once.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ type: Value.Type, _ sql: String, _ arguments: StatementArguments
    ) throws -> Value? {
        try Value.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    func isAnchorParty(_ party: String) -> Bool { anchorParties.contains(party) }

    func isAnchorKey(_ keyID: String) throws -> Bool {
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM anchors WHERE key_id = ?)", [keyID]) ?? false
    }

    /// Checks the signature of a record whose key the parallel phase did not have (registered by another
    /// process since, say), with the key as the store holds it; `nil` when the store has no such key.
    func verifySignature(of record: TraceModel.Record) throws -> Bool? {
        guard let keyID = record.sig?.key else { return nil }
        if verifyingKeys[keyID] == nil {
            let spki = try value(Data.self, "SELECT spki FROM keys WHERE id = ?", [keyID])
                ?? value(Data.self, "SELECT spki FROM anchors WHERE key_id = ?", [keyID])
            verifyingKeys[keyID] = spki.flatMap { try? PublicKey(spkiDER: Array($0)) }
        }
        guard let key = verifyingKeys[keyID] ?? nil else { return nil }
        return record.verifySignature(with: key)
    }

    /// Starts applying one record: cache entries from here on belong to it.
    func beginRecord() { journal.removeAll(keepingCapacity: true) }

    private func remember(_ entry: CacheEntry) {
        if journaling { journal.append(entry) }
    }

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
        guard let row = try self.row("SELECT seq, id FROM records WHERE issuer = ? ORDER BY seq DESC LIMIT 1", [issuer]) else {
            return nil
        }
        let head = (seq: row[0] as Int, id: row[1] as String)
        heads[issuer] = head
        remember(.head(issuer))
        return head
    }

    func setHead(_ issuer: String, seq: Int, id: String) {
        heads[issuer] = (seq, id)
        remember(.head(issuer))
    }

    func recordID(issuer: String, seq: Int) throws -> String? {
        try value(String.self, "SELECT id FROM records WHERE issuer = ? AND seq = ?", [issuer, seq])
    }

    func recordExists(_ id: String) throws -> Bool {
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM records WHERE id = ?)", [id]) ?? false
    }

    func role(of party: String) throws -> Role? {
        if let cached = roles[party] { return cached }
        guard let text = try value(String.self, "SELECT role FROM parties WHERE id = ?", [party]),
            let role = Role(rawValue: text)
        else { return nil }
        roles[party] = role
        remember(.role(party))
        return role
    }

    func setRole(_ role: Role, of party: String) {
        roles[party] = role
        remember(.role(party))
    }

    func key(_ id: String) throws -> KeyInfo? {
        if let cached = keyCache[id] { return cached }
        if let row = try self.row("SELECT party, alg, revoked_ms FROM keys WHERE id = ?", [id]) {
            let info = KeyInfo(party: row[0], alg: row[1], revokedMilliseconds: row[2])
            keyCache[id] = info
            remember(.key(id))
            return info
        }
        if let row = try self.row("SELECT party, alg FROM anchors WHERE key_id = ?", [id]) {
            let info = KeyInfo(party: row[0], alg: row[1], revokedMilliseconds: nil)
            keyCache[id] = info
            remember(.key(id))
            return info
        }
        return nil
    }

    func setKey(_ id: String, _ info: KeyInfo) {
        keyCache[id] = info
        remember(.key(id))
    }

    func node(_ code: TraceCode) throws -> NodeInfo? {
        if let cached = nodeCache[code.digits] { return cached }
        guard let row = try self.row(
            "SELECT holder, unit, type, product_code, product_name, category, origin_area, origin_name FROM nodes WHERE code = ?",
            [code.digits]),
            let unit = QuantityUnit(rawValue: row[1])
        else { return nil }
        let info = NodeInfo(holder: row[0], unit: unit, type: row[2], productCode: row[3], productName: row[4], category: row[5],
                            originArea: row[6], originName: row[7])
        nodeCache[code.digits] = info
        remember(.node(code.digits))
        return info
    }

    func setNode(_ code: TraceCode, _ info: NodeInfo) {
        nodeCache[code.digits] = info
        remember(.node(code.digits))
    }
}
