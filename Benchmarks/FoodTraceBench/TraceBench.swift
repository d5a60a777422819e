import Foundation
import GRDB
import TraceGraph
import TraceStore

/// `trace up` and `trace down` in-process, beside the same queries as plain SQLite recursive CTEs on the same file
/// (and `trace up` beside the bare walk too).
struct TraceBench {
    let store: TraceStore
    let path: String
    let scale: String

    func run() throws {
        let slips = try sample("SELECT code FROM nodes WHERE type = 'slip' AND rowid % 97 = 3 LIMIT 2000")
        let current =
            try store.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'batch_documents')")
            } ?? false
        // Each query timed over all the sample codes in turn, the CTEs first, on one connection in one read
        // transaction. Order matters: glibc's heap, trimmed after the walk frees its results, slows SQLite's own
        // allocations afterwards (a CTE timed after the walk took twice as long), so the baselines go first.
        let queries = current ? [Self.bareWalk, Self.upWithDetails] : [Self.bareWalk]
        let (up, baselines) = try store.read { db in
            func timed(_ body: (String) throws -> Void) throws -> [Double] {
                try Timing.sample(warmup: 100, iterations: slips.count) { index in try body(slips[index % slips.count])
                }
            }
            let ctes = try queries.map { sql in
                let statement = try db.makeStatement(sql: sql)
                return try timed { _ = try Row.fetchAll(statement, arguments: [$0]) }
            }
            let reader = StoreGraphReader(db)
            let walks = try timed { code in
                var tracer = Tracer(reader: reader)
                _ = try tracer.up(from: code)
            }
            return (walks, ctes)
        }
        let up50 = Timing.percentile(up, 0.5)
        let schema =
            current ? "store at schema v4" : "store predates schema v4 (opened read-only, not migrated: slower reads)"
        // The goal's baseline is the same query as one recursive CTE: the walk with what a trace shows of each hop
        // (schema v4 tables). Beside it, the bare walk over codes and node rows, which reads less.
        if current {
            let same50 = Timing.percentile(baselines[1], 0.5)
            Metric(
                "trace-up-p50", up50, "ms", scale: scale, baseline: same50, baselineName: Self.sameQueryName,
                goal: "p50 ≤ 0.2 ms and no slower than the same query as a CTE", met: up50 <= 0.2 && up50 <= same50,
                note: "walk plus each hop's party, documents, tests and signature status; \(slips.count) slips, "
                    + "\(schema)"
            ).emit()
            Metric(
                "trace-up-p99", Timing.percentile(up, 0.99), "ms", scale: scale,
                baseline: Timing.percentile(baselines[1], 0.99),
                baselineName: Self.sameQueryName
            ).emit()
        }
        Metric(
            "trace-up-p50-beside-bare-walk", up50, "ms", scale: scale, baseline: Timing.percentile(baselines[0], 0.5),
            baselineName: "SQLite recursive CTE walking codes and node rows only (no hop details)",
            note: "the same trace up p50 beside a CTE that reads less than a trace shows; \(schema)"
        ).emit()

        let lots = try farmLotsNearReach()
        guard !lots.isEmpty else { return }
        let downCTE = try cteSamples(
            codes: lots.map(\.code),
            sql: Self.downWalk, iterations: max(50, lots.count * 5))
        let down = try store.withGraph { reader in
            try Timing.sample(warmup: 5, iterations: max(50, lots.count * 5)) { index in
                var tracer = Tracer(reader: reader)
                _ = try tracer.down(from: lots[index % lots.count].code)
            }
        }
        let reach = lots.map(\.slips).reduce(0, +) / lots.count
        let slipRange = "\(lots.map(\.slips).min()!)–\(lots.map(\.slips).max()!) slips each"
        let down50 = Timing.percentile(down, 0.5)
        Metric(
            "trace-down-p50", down50, "ms", scale: scale, baseline: Timing.percentile(downCTE, 0.5),
            baselineName: "SQLite recursive CTE walk, same file and connection",
            goal: "p50 ≤ 10 ms for a lot reaching ~1,500 slips",
            met: down50 <= 10 && abs(reach - 1_500) <= 300,
            note:
                "farm lots reaching \(reach) slips on average (\(lots.count) lots, \(slipRange)); the goal is for ~1,500"
        ).emit()
        Metric(
            "trace-down-p99", Timing.percentile(down, 0.99), "ms", scale: scale,
            baseline: Timing.percentile(downCTE, 0.99),
            baselineName: "SQLite recursive CTE walk, same file and connection"
        ).emit()
    }

    static let bareWalk = """
        WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
        SELECT n.code, n.holder, n.kind, n.quantity_micros, n.record FROM up JOIN nodes n ON n.code = up.code
        """

    /// The downstream walk over codes and node rows.
    static let downWalk = """
        WITH RECURSIVE down(code) AS (SELECT ? UNION SELECT e.child FROM edges e JOIN down ON e.parent = down.code)
        SELECT n.code, n.holder, n.kind, n.quantity_micros, n.record FROM down JOIN nodes n ON n.code = down.code
        """

    static let sameQueryName =
        "the same query as one SQLite recursive CTE (each hop's party, key status, inputs, documents, tests), same file and connection"

    /// The upstream walk with each hop's details as the trace shows them (schema v4): holder's name and role, the
    /// signing key's revocation, the inputs, the documents quoted for the batch with their certificates, the
    /// documents issued for it and its tests.
    static let upWithDetails = """
        WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
        SELECT n.code, n.type, n.holder, p.name, p.role, n.record, n.kind, n.at, n.quantity_micros, n.unit, n.product_name,
               k.revoked_ms,
               (SELECT json_group_array(json_array(e.parent, e.kind, e.record, e.quantity_micros, e.unit))
                  FROM edges e WHERE e.child = n.code),
               (SELECT json_group_array(json_array(b.type, b.number, d.issuer, d.valid_until_ms, d.result))
                  FROM batch_documents b LEFT JOIN documents d ON d.type = b.type AND d.number = b.number
                  WHERE b.batch = n.code),
               (SELECT json_group_array(json_array(d.type, d.number, d.issuer, d.valid_until_ms, d.result))
                  FROM documents d WHERE d.batch = n.code),
               (SELECT json_group_array(json_array(t.analyte, t.method, t.result, t.at_ms, t.issuer))
                  FROM tests t WHERE t.batch = n.code)
        FROM up JOIN nodes n ON n.code = up.code LEFT JOIN parties p ON p.id = n.holder LEFT JOIN keys k ON k.id = n.key_id
        """

    private func sample(_ sql: String) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: sql) }
    }

    /// The recursive CTE timed on the store's own connection (same file, same connection settings as the walk).
    private func cteSamples(codes: [String], sql: String, iterations: Int? = nil) throws -> [Double] {
        try store.read { db in
            let statement = try db.makeStatement(sql: sql)
            return try Timing.sample(warmup: 20, iterations: iterations ?? codes.count) { index in
                _ = try Row.fetchAll(statement, arguments: [codes[index % codes.count]])
            }
        }
    }

    /// The farm lots whose trace down reaches closest to 1,500 slips (the figure), with the slips each
    /// reaches, counted once by a recursive CTE. A smaller city has no such lot: its largest are taken.
    private func farmLotsNearReach(_ target: Int = 1_500, count: Int = 10) throws -> [(code: String, slips: Int)] {
        let lots = try sample("SELECT code FROM nodes WHERE kind = 'produce' ORDER BY code")
        let reach = try store.read { db in
            let statement = try db.makeStatement(
                sql: """
                    WITH RECURSIVE down(code) AS (SELECT ? UNION SELECT e.child FROM edges e JOIN down ON e.parent = down.code)
                    SELECT count(*) FROM down JOIN nodes n ON n.code = down.code WHERE n.type = 'slip'
                    """)
            return try lots.map { code in (code: code, slips: try Int.fetchOne(statement, arguments: [code]) ?? 0) }
        }
        return Array(
            reach.sorted { (abs($0.slips - target), $0.code) < (abs($1.slips - target), $1.code) }.prefix(count))
    }
}
