import Foundation
import GRDB
import TraceLog
import TraceModel

/// The transparency log's tables, read and written inside the store's transactions.
///
/// - `log_leaves(idx, record)`: leaf `idx` (from 0) is the record of rowid `record` (`records.n`), in acceptance
///   order; a leaf's bytes are the record's stored canonical bytes (``StoredRecord/raw``), its hash RFC 9162's.
/// - `log_nodes(node, hash)`: every complete subtree, `node = level << 40 | index` (level 0: the leaf hashes), so a
///   proof reads O(log n) rows and an append writes the leaf and the subtrees it completes (two rows on average).
/// - `log_heads(size, …)`: every signed tree head, by size; the first head that includes a leaf gives its logged time.
/// - `log_cosignatures(size, witness, …)`: witnesses' signatures over heads.
enum LogTables {
    static let schema = """
        CREATE TABLE log_leaves (idx INTEGER PRIMARY KEY, record INTEGER NOT NULL);
        CREATE UNIQUE INDEX log_leaves_record ON log_leaves(record);
        CREATE TABLE log_nodes (node INTEGER PRIMARY KEY, hash BLOB NOT NULL);
        CREATE TABLE log_heads (
            size INTEGER PRIMARY KEY, root BLOB NOT NULL, timestamp_ms INTEGER NOT NULL, head BLOB NOT NULL
        );
        CREATE TABLE log_cosignatures (
            size INTEGER NOT NULL, witness TEXT NOT NULL, cosignature BLOB NOT NULL, PRIMARY KEY (size, witness)
        );
        """

    static func nodeKey(level: Int, index: UInt64) -> Int64 { Int64(level) << 40 | Int64(index) }

    /// The number of leaves in the log.
    static func size(_ db: Database) throws -> UInt64 {
        UInt64(try Int64.fetchOne(db, sql: "SELECT max(idx) + 1 FROM log_leaves") ?? 0)
    }
}

/// The complete subtrees of the store's log, read in one transaction.
struct StoredLogNodes: MerkleNodes {
    let db: Database

    func subtree(level: Int, index: UInt64) throws -> [UInt8] {
        let statement = try db.cachedStatement(sql: "SELECT hash FROM log_nodes WHERE node = ?")
        guard let hash = try Data.fetchOne(statement, arguments: [LogTables.nodeKey(level: level, index: index)]) else {
            throw LogError(.missingNode, Message.Log.storeMissingSubtree(index: index, level: level))
        }
        return Array(hash)
    }
}
