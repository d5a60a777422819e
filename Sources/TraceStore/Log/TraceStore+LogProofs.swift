import Foundation
import GRDB
import TraceLog
import TraceModel

/// A record's place in the log: its leaf, the proof that the leaf is in the tree of `size` leaves, and when it was
/// first logged (the first signed head that includes it).
public struct LogInclusion: Sendable, Equatable {
    public var record: String
    public var index: UInt64
    public var size: UInt64
    public var leafHash: [UInt8]
    public var path: [[UInt8]]
    /// The first signed head that includes the leaf (its timestamp is the record's logged time), if one does yet.
    public var firstHead: TreeHead?
}

extension TraceStore {
    /// The leaf index of a record in the log, or `nil` when it is not logged (yet).
    public func logIndex(of recordID: String) throws(StoreError) -> UInt64? {
        try read { db in try Self.logIndex(of: recordID, db) }
    }

    static func logIndex(of recordID: String, _ db: Database) throws -> UInt64? {
        try Int64.fetchOne(
            db,
            sql: "SELECT l.idx FROM records r JOIN log_leaves l ON l.record = r.n WHERE r.id = ?",
            arguments: [recordID]
        ).map(UInt64.init)
    }

    /// The inclusion proof of a record in the tree of `size` leaves (default: the latest signed head's size).
    /// - Throws: ``StoreError/Code/badInput`` when the record is not logged in a tree of that size.
    public func inclusionProof(of recordID: String, size: UInt64? = nil) throws(StoreError) -> LogInclusion {
        try read { db in
            guard let index = try Self.logIndex(of: recordID, db) else {
                throw StoreError(.badInput, Message.Log.recordNotLogged(recordID))
            }
            let logSize = try LogTables.size(db)
            let latest = try Int64.fetchOne(db, sql: "SELECT max(size) FROM log_heads").map(UInt64.init)
            let size = size ?? latest ?? logSize
            guard index < size, size <= logSize else {
                throw StoreError(
                    .badInput,
                    Message.Log.recordNotInTree(
                        record: recordID, index: index, size: size, logSize: size > logSize ? logSize : nil))
            }
            var proofs = MerkleProofs(nodes: StoredLogNodes(db: db))
            let path = try proofs.inclusion(leaf: index, size: size)
            let leaf = try StoredLogNodes(db: db).subtree(level: 0, index: index)
            return LogInclusion(
                record: recordID, index: index, size: size, leafHash: leaf, path: path,
                firstHead: try Self.firstHead(including: index, db))
        }
    }

    /// The consistency proof between the log's first `old` and first `new` leaves.
    public func consistencyProof(from old: UInt64, to new: UInt64) throws(StoreError) -> [[UInt8]] {
        try read { db in
            let size = try LogTables.size(db)
            guard old <= new, new <= size else {
                throw StoreError(.badInput, Message.Log.noConsistencyProof(from: old, to: new, size: size))
            }
            var proofs = MerkleProofs(nodes: StoredLogNodes(db: db))
            return try proofs.consistency(from: old, to: new)
        }
    }

    /// The root of the log's first `size` leaves.
    public func logRoot(size: UInt64) throws(StoreError) -> [UInt8] {
        try read { db in
            guard size <= (try LogTables.size(db)) else {
                throw StoreError(.badInput, "the log has fewer than \(size) leaves")
            }
            var proofs = MerkleProofs(nodes: StoredLogNodes(db: db))
            return try proofs.root(size: size)
        }
    }

    /// The first signed head whose tree includes leaf `index`: its timestamp is the leaf's logged time.
    static func firstHead(including index: UInt64, _ db: Database) throws -> TreeHead? {
        try Data.fetchOne(
            db, sql: "SELECT head FROM log_heads WHERE size > ? ORDER BY size LIMIT 1", arguments: [Int64(index)]
        ).flatMap { try? TreeHead.parse(Array($0)) }
    }

    /// When a record was first logged: the timestamp of the first signed head that includes it (milliseconds since
    /// 1970), or `nil` when no head includes it yet (or the store keeps no log).
    public func loggedTime(of recordID: String) throws(StoreError) -> Int64? {
        try read { db in
            guard try db.tableExists("log_leaves"), let index = try Self.logIndex(of: recordID, db) else { return nil }
            return try Int64.fetchOne(
                db, sql: "SELECT timestamp_ms FROM log_heads WHERE size > ? ORDER BY size LIMIT 1",
                arguments: [Int64(index)])
        }
    }
}
