import Foundation
import TraceCrypto
import TraceModel

/// A refusal raised while applying one record; becomes an ``IngestRejection``.
struct Refusal: Error {
    var field: String
    /// The reason in Chinese and English.
    var text: Message
    /// The reason in English.
    var reason: String { text.en }
    /// A refusal worded by a lower layer, the same in every language.
    init(_ field: String = "$", _ reason: String) {
        self.field = field
        text = .verbatim(reason)
    }
    /// A refusal from the message catalogue.
    init(_ field: String = "$", _ text: Message) {
        self.field = field
        self.text = text
    }
}

/// What the store knows of a key while ingesting.
struct KeyInfo {
    var party: String
    var alg: String
    var revokedMilliseconds: Int64?
    /// The party's last record that still counts, when a revocation named one (`revoke`'s `lastSeq`).
    var revokedAfterSeq: Int?
    /// The `at` of the `register` record that bound the key; `nil` for a trust anchor.
    var registeredMilliseconds: Int64?
}

/// An issuer's last record in the store: where its chain continues, and the time it may not go back from.
struct ChainTip {
    var seq: Int
    var id: String
    var atMilliseconds: Int64
}

/// Whether a record is in the store already, and with the signature given.
enum Presence {
    case absent
    /// The same id and the same signature, byte for byte.
    case same
    /// The same id (so the same signed content) under another signature: checked before it counts as present.
    case otherSignature
}

/// What the store knows of a graph node while ingesting (a class: looked up for nearly every record, and
/// passed around without copying its strings).
final class NodeInfo {
    let holder: String
    let unit: QuantityUnit
    let type: String
    /// The kind of the record that made the node (`produce`, `transform`, `receive`, `sell`, `use`).
    let kind: String
    /// The quantity the node was made with, in its unit (millionths).
    let quantityMicros: Int64
    /// When the node was made (its record's `at`).
    let atMilliseconds: Int64
    /// The product and origin columns as stored (a batch received or sold takes them from its source).
    let productCode: String?
    let productName: String?
    let category: String?
    let originArea: String?
    let originName: String?

    init(
        holder: String, unit: QuantityUnit, type: String, kind: String, quantityMicros: Int64, atMilliseconds: Int64,
        productCode: String?, productName: String?, category: String?, originArea: String?, originName: String?
    ) {
        self.atMilliseconds = atMilliseconds
        self.holder = holder
        self.unit = unit
        self.type = type
        self.kind = kind
        self.quantityMicros = quantityMicros
        self.productCode = productCode
        self.productName = productName
        self.category = category
        self.originArea = originArea
        self.originName = originName
    }
}

/// The state of one ingest transaction: lookups with small caches over the tables being written, and the
/// statements that write them, each prepared once (``execute(_:_:)``, ``row(_:_:)``).
///
/// When records are applied in savepoints (`journaling`), the cache entries made while applying a record whose
/// savepoint rolls back must go too, or later records of a partial ingest would see parties, keys and batches
/// that are not in the database: ``beginRecord()`` and ``discardRecord()`` bracket each record. Without
/// savepoints any refusal abandons the whole transaction, and with it the context.
final class IngestContext<SQL: IngestSQL> {
    /// The ingest stamp of the records applied (``IngestStamp``).
    let now: Int64
    private let journaling: Bool
    /// The engine's statements, inside its write transaction.
    let statements: SQL
    /// Public keys read from the store to check a signature the parallel phase could not.
    private var verifyingKeys: [String: PublicKey?] = [:]
    /// Sealed heads the writer checked itself.
    private let seals = SealCache()
    private var heads: [String: ChainTip] = [:]
    private var roles: [String: Role] = [:]
    private var keyCache: [String: KeyInfo] = [:]
    private var nodeCache: [String: NodeInfo] = [:]
    private var anchorParties: Set<String>
    /// The store keeps a transparency log (a hub's): a record signed by a revoked key would be logged after the
    /// revocation, so it is refused whatever its `at` (``RecordApplier``).
    let logsRecords: Bool
    /// Cache entries written since ``beginRecord()``.
    private var journal: [CacheEntry] = []

    private enum CacheEntry {
        case head(String)
        case role(String)
        case key(String)
        case node(String)
    }

    /// - Parameter now: the ingest stamp (``IngestStamp/stamp(now:_:)``), read in the same transaction.
    init(statements: SQL, now: Int64, journaling: Bool = true) throws {
        self.statements = statements
        self.now = now
        self.journaling = journaling
        anchorParties = Set(try statements.all("SELECT party FROM anchors", []) { $0.text(0) ?? "" })
        logsRecords = try statements.first("SELECT value FROM config WHERE key = 'log'", []) { $0.text(0) } == "on"
    }

    /// Runs one SQL statement, prepared on first use and kept for the connection's life.
    func execute(_ sql: StaticString, _ arguments: [SQLValue]) throws {
        try statements.execute(sql, arguments)
    }

    /// The first row of a query (for the rarer lookups).
    func row(_ sql: StaticString, _ arguments: [SQLValue]) throws -> FetchedRow? {
        try statements.first(sql, arguments) { FetchedRow($0) }
    }

    /// Every row of a query (for the rare lookups of a few rows).
    func rows(_ sql: StaticString, _ arguments: [SQLValue]) throws -> [FetchedRow] {
        try statements.all(sql, arguments) { FetchedRow($0) }
    }

    /// The first value of a query.
    func value<Value: FetchedValue>(_ type: Value.Type, _ sql: StaticString, _ arguments: [SQLValue]) throws -> Value? {
        try statements.first(sql, arguments) { Value(column: $0.value(0)) } ?? nil
    }

    func isAnchorParty(_ party: String) -> Bool { anchorParties.contains(party) }

    func isAnchorKey(_ keyID: String) throws -> Bool {
        try value(Int64.self, "SELECT count(*) FROM anchors WHERE key_id = ?", [.text(keyID)]) ?? 0 > 0
    }

    /// Checks the signature of a record whose key the parallel phase did not have (registered by another
    /// process since, say), with the key as the store holds it; `nil` when the store has no such key.
    func verifySignature(of record: TraceModel.Record) throws -> Bool? {
        guard let keyID = record.sig?.key else { return nil }
        if verifyingKeys[keyID] == nil {
            let spki =
                try value(Data.self, "SELECT spki FROM keys WHERE id = ?", [.text(keyID)])
                ?? value(Data.self, "SELECT spki FROM anchors WHERE key_id = ?", [.text(keyID)])
            verifyingKeys[keyID] = spki.flatMap { try? PublicKey(spkiDER: Array($0)) }
        }
        guard let key = verifyingKeys[keyID] ?? nil else { return nil }
        return record.verifySignature(with: key, seals: seals)
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

    func head(of issuer: String) throws -> ChainTip? {
        if let cached = heads[issuer] { return cached }
        guard
            let head = try statements.first(
                "SELECT seq, id, at_ms FROM records WHERE issuer = ? ORDER BY seq DESC LIMIT 1", [.text(issuer)],
                { row in
                    ChainTip(seq: Int(row.integer(0) ?? 0), id: row.text(1) ?? "", atMilliseconds: row.integer(2) ?? 0)
                })
        else { return nil }
        heads[issuer] = head
        remember(.head(issuer))
        return head
    }

    func setHead(_ issuer: String, _ tip: ChainTip) {
        heads[issuer] = tip
        remember(.head(issuer))
    }

    func recordID(issuer: String, seq: Int) throws -> String? {
        try value(String.self, "SELECT id FROM records WHERE issuer = ? AND seq = ?", [.text(issuer), .integer(seq)])
    }

    /// Whether the store holds record `id`, of `issuer` at `seq`. Only possible at or below the issuer's head:
    /// the id covers the issuer and seq, and an issuer's seqs are unique. So the record is looked for by issuer and
    /// seq, which needs no index of ids (a first load has none, see ``FirstLoad``).
    func recordExists(_ id: String, issuer: String, seq: Int) throws -> Bool {
        try presence(of: id, issuer: issuer, seq: seq, signed: nil) != .absent
    }

    /// Whether the store holds record `id` (see ``recordExists(_:issuer:seq:)``), and if it does, whether with the
    /// very bytes `signed` (the record with its signature, canonical): a memcmp, no copy of the stored bytes.
    func presence(of id: String, issuer: String, seq: Int, signed: [UInt8]?) throws -> Presence {
        guard let head = try head(of: issuer), seq <= head.seq else { return .absent }
        let found = try statements.first(
            "SELECT id, raw FROM records WHERE issuer = ? AND seq = ?", [.text(issuer), .integer(seq)]
        ) { row -> Presence in
            guard row.text(0) == id else { return .absent }
            guard let signed else { return .same }
            return row.blobEquals(1, signed) ? .same : .otherSignature
        }
        return found ?? .absent
    }

    func role(of party: String) throws -> Role? {
        if let cached = roles[party] { return cached }
        guard
            let text = try statements.first("SELECT role FROM parties WHERE id = ?", [.text(party)], { $0.text(0) })
                ?? nil,
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
        if let info = try statements.first(
            "SELECT party, alg, revoked_ms, revoked_after_seq, registered_ms FROM keys WHERE id = ?", [.text(id)],
            { row in
                KeyInfo(
                    party: row.text(0) ?? "", alg: row.text(1) ?? "", revokedMilliseconds: row.integer(2),
                    revokedAfterSeq: row.integer(3).map { Int($0) }, registeredMilliseconds: row.integer(4))
            })
        {
            keyCache[id] = info
            remember(.key(id))
            return info
        }
        if let info = try statements.first(
            "SELECT party, alg FROM anchors WHERE key_id = ?", [.text(id)],
            { row in KeyInfo(party: row.text(0) ?? "", alg: row.text(1) ?? "", revokedMilliseconds: nil) })
        {
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

    /// A node created earlier in this ingest, or looked up already; no database read.
    func cachedNode(_ code: TraceCode) -> NodeInfo? { nodeCache[code.digits] }

    func node(_ code: TraceCode) throws -> NodeInfo? {
        if let cached = nodeCache[code.digits] { return cached }
        guard
            let found = try statements.first(
                """
                SELECT holder, unit, type, product_code, product_name, category, origin_area, origin_name, kind,
                       quantity_micros, at_ms
                FROM nodes WHERE code = ?
                """,
                [.text(code.digits)],
                { row in
                    NodeInfo(
                        holder: row.text(0) ?? "",
                        unit: try StoredValue.decode(row.text(1) ?? "", column: "nodes.unit"),
                        type: row.text(2) ?? "", kind: row.text(8) ?? "",
                        quantityMicros: row.integer(9) ?? 0, atMilliseconds: row.integer(10) ?? 0,
                        productCode: row.text(3), productName: row.text(4),
                        category: row.text(5), originArea: row.text(6), originName: row.text(7))
                })
        else { return nil }
        let info = found
        nodeCache[code.digits] = info
        remember(.node(code.digits))
        return info
    }

    func setNode(_ code: TraceCode, _ info: NodeInfo) {
        // Slips and meals end the graph: nothing takes from them, so they are rarely looked up again, and caching
        // each sale's slip would grow the cache with the input. (A code used twice is still caught, by the nodes
        // table's primary key, with the same refusal.)
        guard info.type == "batch" else { return }
        nodeCache[code.digits] = info
        remember(.node(code.digits))
    }
}
