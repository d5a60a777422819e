import Foundation
import GRDB
import TraceCrypto
import TraceLog
import TraceStore

/// The transparency log: appending the store's records as leaves (RFC 9162 leaf and node hashes, two rows per record)
/// beside plain SHA-256 of the same bytes, and inclusion and consistency proof generation from a log of `--leaves`
/// leaves (default 10 million, a province) kept in SQLite the way a hub keeps it.
struct LogBench {
    let scale: String
    /// SHA-256 hashes per second of messages of the records' mean size (`openssl speed`), measured by scripts/bench.
    let sha256PerSecond: Double?
    let leaves: UInt64

    func run(storePath: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foodtrace-log-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try append(storePath: storePath, directory: directory.path)
        try proofs(directory: directory.path)
    }

    /// `enableLog` on a copy of the store: every record hashed as a leaf, its leaf and completed subtrees written.
    func append(storePath: String, directory: String) throws {
        let copy = directory + "/append.sqlite"
        let source = try DatabaseQueue(
            path: storePath,
            configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }())
        try source.backup(to: try DatabaseQueue(path: copy))
        let store = try TraceStore.open(path: copy)
        let records = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") ?? 0 }
        let start = Date()
        try store.enableLog()
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(records) / seconds
        Metric(
            "log-append-leaves-per-second", rate.rounded(), "leaves/s", scale: scale, baseline: sha256PerSecond,
            baselineName: "openssl speed sha256 at the records' mean size (one core)", goal: "≥ 0.5 of the baseline",
            met: sha256PerSecond.map { rate >= 0.5 * $0 },
            note:
                "\(records) records appended to the log of a copy of the store in one transaction: each read, leaf-hashed, its leaf and completed subtrees written"
        ).emit()
    }

    /// A log of `leaves` synthetic leaves written as a hub writes its own, then proofs at random sizes and leaves.
    func proofs(directory: String) throws {
        let path = directory + "/proofs.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE log_nodes (node INTEGER PRIMARY KEY, hash BLOB NOT NULL)")
            let insert = try db.makeStatement(sql: "INSERT INTO log_nodes(node, hash) VALUES (?, ?)")
            var frontier = MerkleFrontier()
            for index in 0..<leaves {
                var leaf = withUnsafeBytes(of: index.bigEndian, Array.init)
                leaf += Array("synthetic record".utf8)
                for node in frontier.append(leafHash: MerkleHash.leaf(leaf)) {
                    try insert.execute(arguments: [Self.key(node.level, node.index), Data(node.hash)])
                }
            }
        }
        var inclusion: [Double] = []
        var consistency: [Double] = []
        var generator = SystemRandomNumberGenerator()
        try queue.read { db in
            let nodes = BenchNodes(db: db)
            for _ in 0..<2_000 {
                let size = UInt64.random(in: leaves / 2...leaves, using: &generator)
                let leaf = UInt64.random(in: 0..<size, using: &generator)
                var proofs = MerkleProofs(nodes: nodes)
                var start = DispatchTime.now().uptimeNanoseconds
                _ = try proofs.inclusion(leaf: leaf, size: size)
                inclusion.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                var fresh = MerkleProofs(nodes: nodes)
                start = DispatchTime.now().uptimeNanoseconds
                _ = try fresh.consistency(from: UInt64.random(in: 1...size, using: &generator), to: size)
                consistency.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        for (name, times) in [("log-inclusion-proof-p50", inclusion), ("log-consistency-proof-p50", consistency)] {
            let p50 = times.sorted()[times.count / 2]
            Metric(
                name, (p50 * 1000).rounded() / 1000, "ms", scale: scale, goal: "≤ 1 ms at 10 M leaves",
                met: leaves >= 10_000_000 ? p50 <= 1 : nil,
                note:
                    "2,000 proofs at random sizes of a log of \(leaves) leaves in SQLite (complete subtrees by level and index), p99 \(times.sorted()[times.count * 99 / 100]) ms"
            ).emit()
        }
    }

    /// The key a hub's store gives a complete subtree (TraceStore's LogTables: level << 40 | index).
    static func key(_ level: Int, _ index: UInt64) -> Int64 { Int64(level) << 40 | Int64(index) }
}

struct BenchNodes: MerkleNodes {
    let db: Database
    func subtree(level: Int, index: UInt64) throws -> [UInt8] {
        let statement = try db.cachedStatement(sql: "SELECT hash FROM log_nodes WHERE node = ?")
        guard let hash = try Data.fetchOne(statement, arguments: [LogBench.key(level, index)]) else {
            throw LogError(.missingNode, "no subtree \(index) at level \(level)")
        }
        return Array(hash)
    }
}
