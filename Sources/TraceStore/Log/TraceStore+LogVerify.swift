import Foundation
import GRDB
import TraceCrypto
import TraceLog
import TraceModel

/// What `foodtrace log verify` found: the tree rebuilt from the records against the log's stored leaves, subtrees
/// and signed heads.
public struct LogVerification: Sendable {
    /// The records in acceptance order.
    public var records: UInt64 = 0
    /// The log's leaves.
    public var leaves: UInt64 = 0
    public var heads = 0
    /// Each disagreement, in words, with the evidence (sizes, roots, record ids), in Chinese and English.
    public var findings: [Message] = []
    /// Each disagreement in English (``findings``).
    public var problems: [String] { findings.map(\.en) }
    /// The root of the tree rebuilt from every record.
    public var rebuiltRoot: [UInt8] = MerkleHash.empty
}

extension TraceStore {
    /// Rebuilds the tree from the records, in acceptance order, with each record's stored bytes as its leaf, and checks
    /// it against the log: every leaf names the record at its place, every stored subtree and every signed head's root
    /// is the rebuilt tree's, every head's signature verifies. Reads the whole store once.
    public func verifyLog() throws(StoreError) -> LogVerification {
        try scan { db in
            var result = LogVerification()
            var heads: [UInt64: TreeHead] = [:]
            for data in try Data.fetchAll(db, sql: "SELECT head FROM log_heads ORDER BY size") {
                do {
                    let head = try TreeHead.parse(Array(data))
                    try head.verify()
                    heads[head.size] = head
                } catch {
                    result.findings.append(Message.Log.storedHeadFails(.of(error)))
                }
            }
            result.heads = heads.count
            result.leaves = try LogTables.size(db)
            var frontier = MerkleFrontier()
            let leaves = try Row.fetchCursor(db, sql: "SELECT idx, record FROM log_leaves ORDER BY idx")
            let nodes = try db.cachedStatement(sql: "SELECT hash FROM log_nodes WHERE node = ?")
            let records = try Row.fetchCursor(db, sql: "SELECT n, id, raw FROM records ORDER BY n")
            var nodeProblems = 0
            while let row = try records.next() {
                let n: Int64 = row[0]
                let id: String = row[1]
                let index = frontier.size
                let leaf = try leaves.next()
                if index < result.leaves {
                    let logged: Int64? = leaf?[1]
                    if logged != n || (leaf?[0] as Int64?) != Int64(index) {
                        result.findings.append(
                            Message.Log.leafMismatch(index: index, logged: logged, record: n, id: id))
                    }
                }
                for node in frontier.append(leafHash: MerkleHash.leaf(Array(row[2] as Data)))
                where node.index < result.leaves >> node.level {
                    let stored = try Data.fetchOne(
                        nodes, arguments: [LogTables.nodeKey(level: node.level, index: node.index)])
                    if stored.map(Array.init) != node.hash, nodeProblems < 20 {
                        nodeProblems += 1
                        result.findings.append(Message.Log.subtreeDiffers(index: node.index, level: node.level))
                    }
                }
                if let head = heads[frontier.size], head.rootHash != frontier.root {
                    result.findings.append(
                        Message.Log.headRootDiffers(
                            size: head.size, root: head.root, rebuilt: MerkleHash.text(frontier.root)))
                }
            }
            result.records = frontier.size
            result.rebuiltRoot = frontier.root
            if result.leaves > result.records {
                result.findings.append(Message.Log.recordsMissing(leaves: result.leaves, records: result.records))
            }
            for size in heads.keys.sorted() where size > result.records {
                result.findings.append(Message.Log.headBeyondRecords(size: size, records: result.records))
            }
            return result
        }
    }
}
