import Foundation
import GRDB
import TraceCrypto
import TraceLog

extension TraceStore {
    /// Whether this store keeps a transparency log (a hub's store: `foodtrace serve` turns it on). In such a store a
    /// record signed by a key whose revocation it holds is refused whatever its `at` (the record would be logged after
    /// the revocation).
    public func logEnabled() throws(StoreError) -> Bool {
        try read { db in try Self.logEnabled(db) }
    }

    static func logEnabled(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = 'log'") == "on"
    }

    /// Turns the log on and appends every record the store holds, in acceptance order.
    public func enableLog() throws(StoreError) {
        try write("enable the log") { db in
            try db.execute(sql: "INSERT OR REPLACE INTO config(key, value) VALUES ('log', 'on')")
        }
        _ = try appendToLog()
    }

    /// Appends the records accepted since the log's last leaf, in acceptance order (rowid order), in one transaction.
    /// - Returns: the log's size and root after.
    @discardableResult
    public func appendToLog() throws(StoreError) -> (size: UInt64, root: [UInt8]) {
        try write("append to the log") { db in try Self.appendToLog(db) }
    }

    static func appendToLog(_ db: Database) throws -> (size: UInt64, root: [UInt8]) {
        let size = try LogTables.size(db)
        var frontier = try MerkleFrontier(size: size, nodes: StoredLogNodes(db: db))
        let last =
            size == 0
            ? 0
            : try Int64.fetchOne(db, sql: "SELECT record FROM log_leaves WHERE idx = ?", arguments: [Int64(size - 1)])
                ?? 0
        let leafInsert = try db.cachedStatement(sql: "INSERT INTO log_leaves(idx, record) VALUES (?, ?)")
        let nodeInsert = try db.cachedStatement(sql: "INSERT INTO log_nodes(node, hash) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT n, raw FROM records WHERE n > ? ORDER BY n", arguments: [last])
        while let row = try rows.next() {
            let n: Int64 = row[0]
            let raw: Data = row[1]
            let index = frontier.size
            for node in frontier.append(leafHash: MerkleHash.leaf(Array(raw))) {
                try nodeInsert.execute(
                    arguments: [LogTables.nodeKey(level: node.level, index: node.index), Data(node.hash)])
            }
            try leafInsert.execute(arguments: [Int64(index), n])
        }
        return (frontier.size, frontier.root)
    }

    /// Appends what is not yet logged and signs a head over the whole log with `key` at `now`, unless the latest head
    /// already has the log's size and that key (it is returned then). One write transaction: two callers at once sign
    /// one after the other, and a head once stored is never replaced (its timestamp is its records' logged time).
    public func signTreeHead(key: PrivateKey, now: Int64) throws(StoreError) -> TreeHead {
        try write("sign a tree head") { db in
            let (size, root) = try Self.appendToLog(db)
            if let latest = try Self.latestTreeHead(db), latest.size == size, latest.key.id == key.publicKey.keyID {
                return latest
            }
            let head = try TreeHead.sign(size: size, root: root, timestamp: now, key: key)
            try db.execute(
                sql: "INSERT OR IGNORE INTO log_heads(size, root, timestamp_ms, head) VALUES (?, ?, ?, ?)",
                arguments: [Int64(size), Data(root), now, Data(head.json.utf8)])
            return try Self.latestTreeHead(db) ?? head
        }
    }

    static func latestTreeHead(_ db: Database) throws -> TreeHead? {
        try Data.fetchOne(db, sql: "SELECT head FROM log_heads ORDER BY size DESC LIMIT 1").flatMap {
            try? TreeHead.parse(Array($0))
        }
    }

    /// Keeps a witness's co-signature of the head of its size (checked against the stored head first).
    /// - Throws: ``StoreError/Code/badInput`` when the log signed no head of that size, the head differs from the
    ///   stored one, or the co-signature does not verify.
    public func keepCosignature(_ cosignature: Cosignature, of head: TreeHead) throws(StoreError) {
        guard let stored = try treeHead(size: head.size), stored == head else {
            throw StoreError(.badInput, "this log signed no such head of size \(head.size)")
        }
        do { try cosignature.verify(head: stored) } catch { throw StoreError(.badInput, error.message) }
        let encoded = (try? JSONEncoder().encode(cosignature)) ?? Data()
        try write("keep the co-signature") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO log_cosignatures(size, witness, cosignature) VALUES (?, ?, ?)",
                arguments: [Int64(head.size), cosignature.key.id, encoded])
        }
    }

    /// The co-signatures kept for the head of `size`.
    public func cosignatures(size: UInt64) throws(StoreError) -> [Cosignature] {
        try read { db in
            try Data.fetchAll(
                db, sql: "SELECT cosignature FROM log_cosignatures WHERE size = ? ORDER BY witness",
                arguments: [Int64(size)]
            ).compactMap { try? JSONDecoder().decode(Cosignature.self, from: $0) }
        }
    }

    /// The latest signed tree head, if any.
    public func latestTreeHead() throws(StoreError) -> TreeHead? {
        try read { db in
            try Self.latestTreeHead(db)
        }
    }

    /// The signed head of this size, if the log signed one.
    public func treeHead(size: UInt64) throws(StoreError) -> TreeHead? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT head FROM log_heads WHERE size = ?", arguments: [Int64(size)]).flatMap {
                try? TreeHead.parse(Array($0))
            }
        }
    }

    /// Every signed head, smallest first.
    public func treeHeads() throws(StoreError) -> [TreeHead] {
        try read { db in
            try Data.fetchAll(db, sql: "SELECT head FROM log_heads ORDER BY size").compactMap {
                try? TreeHead.parse(Array($0))
            }
        }
    }

    func write<T>(_ what: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot \(what): \(error)")
        }
    }
}
