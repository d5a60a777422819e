import Foundation
import GRDB
import TraceGraph
import TraceStore

/// `trace up` and `trace down` in-process, beside the same walks as plain SQLite recursive CTEs on the same file.
struct TraceBench {
    let store: TraceStore
    let path: String
    let scale: String

    func run() throws {
        let slips = try sample("SELECT code FROM nodes WHERE type = 'slip' AND rowid % 97 = 3 LIMIT 2000")
        let upCTE = try cteSamples(codes: slips, sql: """
            WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
            SELECT n.code, n.holder, n.kind, n.quantity_micros, n.record FROM up JOIN nodes n ON n.code = up.code
            """)
        let up = try store.withGraph { reader in
            try Timing.sample(warmup: 100, iterations: slips.count) { index in
                var tracer = Tracer(reader: reader)
                _ = try tracer.up(from: slips[index % slips.count])
            }
        }
        let cte50 = Timing.percentile(upCTE, 0.5)
        let up50 = Timing.percentile(up, 0.5)
        Metric("trace-up-p50", up50, "ms", scale: scale, baseline: cte50, baselineName: "SQLite recursive CTE walk, same file",
               goal: "p50 ≤ 0.2 ms and no slower than the CTE", met: up50 <= 0.2 && up50 <= cte50,
               note: "walk plus each hop's party, documents, tests and signature status; \(slips.count) slips").emit()
        Metric("trace-up-p99", Timing.percentile(up, 0.99), "ms", scale: scale, baseline: Timing.percentile(upCTE, 0.99),
               baselineName: "SQLite recursive CTE walk, same file").emit()

        let lots = try farmLotsByReach()
        guard !lots.isEmpty else { return }
        let downCTE = try cteSamples(codes: lots.map(\.code), sql: """
            WITH RECURSIVE down(code) AS (SELECT ? UNION SELECT e.child FROM edges e JOIN down ON e.parent = down.code)
            SELECT n.code, n.holder, n.kind, n.quantity_micros, n.record FROM down JOIN nodes n ON n.code = down.code
            """, iterations: max(50, lots.count * 5))
        let down = try store.withGraph { reader in
            try Timing.sample(warmup: 5, iterations: max(50, lots.count * 5)) { index in
                var tracer = Tracer(reader: reader)
                _ = try tracer.down(from: lots[index % lots.count].code)
            }
        }
        let reach = lots.map(\.slips).reduce(0, +) / lots.count
        let down50 = Timing.percentile(down, 0.5)
        Metric("trace-down-p50", down50, "ms", scale: scale, baseline: Timing.percentile(downCTE, 0.5),
               baselineName: "SQLite recursive CTE walk, same file", goal: "p50 ≤ 10 ms for a lot reaching ~1,500 slips",
               met: down50 <= 10, note: "farm lots reaching \(reach) slips on average (\(lots.count) lots)").emit()
        Metric("trace-down-p99", Timing.percentile(down, 0.99), "ms", scale: scale, baseline: Timing.percentile(downCTE, 0.99),
               baselineName: "SQLite recursive CTE walk, same file").emit()
    }

    private func sample(_ sql: String) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: sql) }
    }

    private func cteSamples(codes: [String], sql: String, iterations: Int? = nil) throws -> [Double] {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { db in
            let statement = try db.makeStatement(sql: sql)
            return try Timing.sample(warmup: 20, iterations: iterations ?? codes.count) { index in
                _ = try Row.fetchAll(statement, arguments: [codes[index % codes.count]])
            }
        }
    }

    /// Pig farm lots with the largest reach (about 1,500 slips at city scale), measured once.
    private func farmLotsByReach() throws -> [(code: String, slips: Int)] {
        let lots = try sample("SELECT code FROM nodes WHERE kind = 'produce' AND product_code = '0101' ORDER BY code LIMIT 60")
        let reach = try store.withGraph { reader in
            try lots.map { code -> (String, Int) in
                var tracer = Tracer(reader: reader)
                return (code, try tracer.down(from: code).slips.count)
            }
        }
        return Array(reach.sorted { $0.1 > $1.1 }.prefix(10)).map { (code: $0.0, slips: $0.1) }
    }
}
