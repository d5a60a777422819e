import Foundation
import TraceGraph
import TraceStorePostgres

/// `trace up` and `trace down` on a PostgreSQL store in-process (``PostgresGraphReader``), each beside the same walk
/// as one PostgreSQL recursive CTE on the same connection, in the same read-only snapshot.
struct PostgresTraceBench {
    let store: PostgresStore
    let scale: String

    func run() throws {
        let (up, upCTE, down, downCTE, lots) = try store.withGraph { reader in
            let slips = try reader.firstColumn(
                "SELECT code FROM nodes WHERE type = 'slip' ORDER BY md5(code) LIMIT 2000", [])
            func timed(_ codes: [String], warmup: Int, iterations: Int, _ body: (String) throws -> Void) throws
                -> [Double]
            {
                try Timing.sample(warmup: warmup, iterations: iterations) { try body(codes[$0 % codes.count]) }
            }
            // The CTE first, as the SQLite scenario does.
            let upCTE = try timed(slips, warmup: 100, iterations: slips.count) {
                _ = try reader.firstColumn(Self.upWithDetails, [$0])
            }
            let up = try timed(slips, warmup: 100, iterations: slips.count) { code in
                var tracer = Tracer(reader: reader)
                _ = try tracer.up(from: code)
            }
            let lots = try farmLotsNearReach(reader)
            let codes = lots.map(\.code)
            let iterations = max(50, lots.count * 5)
            let downCTE = try timed(codes, warmup: 5, iterations: iterations) {
                _ = try reader.firstColumn(Self.down, [$0])
            }
            let down = try timed(codes, warmup: 5, iterations: iterations) { code in
                var tracer = Tracer(reader: reader)
                _ = try tracer.down(from: code)
            }
            return (up, upCTE, down, downCTE, lots)
        }
        let up50 = Timing.percentile(up, 0.5)
        let same50 = Timing.percentile(upCTE, 0.5)
        Metric(
            "postgres-trace-up-p50", up50, "ms", scale: scale, baseline: same50, baselineName: Self.sameQueryName,
            goal: "p50 ≤ 1 ms and no slower than the same query as a CTE", met: up50 <= 1 && up50 <= same50,
            note: "PostgresGraphReader: the walk's steps in one recursive statement, then one statement per concern, "
                + "all prepared, in one REPEATABLE READ snapshot (the CTE prepared too); walk plus each hop's party, "
                + "documents, tests and signature status; \(up.count) slips"
        ).emit()
        Metric(
            "postgres-trace-up-p99", Timing.percentile(up, 0.99), "ms", scale: scale,
            baseline: Timing.percentile(upCTE, 0.99), baselineName: Self.sameQueryName
        ).emit()
        guard !lots.isEmpty else { return }
        let reach = lots.map(\.slips).reduce(0, +) / lots.count
        let down50 = Timing.percentile(down, 0.5)
        Metric(
            "postgres-trace-down-p50", down50, "ms", scale: scale, baseline: Timing.percentile(downCTE, 0.5),
            baselineName: "PostgreSQL recursive CTE walk, same connection and snapshot",
            goal: "p50 ≤ 20 ms for a lot reaching ~1,500 slips", met: down50 <= 20 && abs(reach - 1_500) <= 300,
            note: "farm lots reaching \(reach) slips on average (\(lots.count) lots); the goal is for ~1,500"
        ).emit()
        Metric(
            "postgres-trace-down-p99", Timing.percentile(down, 0.99), "ms", scale: scale,
            baseline: Timing.percentile(downCTE, 0.99),
            baselineName: "PostgreSQL recursive CTE walk, same connection and snapshot"
        ).emit()
    }

    static let sameQueryName =
        "the same query as one PostgreSQL recursive CTE (each hop's party, key status, inputs, documents, tests), same connection"

    /// The upstream walk with each hop's details as the trace shows them, and the downstream walk: the SQLite
    /// scenario's queries (``TraceBench``) in PostgreSQL's words.
    static let upWithDetails = postgres(TraceBench.upWithDetails)
    static let down = postgres(TraceBench.downWalk)

    private static func postgres(_ sql: String) -> String {
        sql.replacingOccurrences(of: "SELECT ? UNION", with: "SELECT $1::text UNION")
            .replacingOccurrences(of: "json_group_array(json_array(", with: "json_agg(json_build_array(")
    }

    /// The farm lots whose trace down reaches closest to 1,500 slips, with the slips each reaches (a smaller city's
    /// largest when it has no such lot).
    private func farmLotsNearReach(_ reader: PostgresGraphReader, _ target: Int = 1_500, count: Int = 10) throws
        -> [(code: String, slips: Int)]
    {
        let reach = try reader.firstColumn(
            """
            SELECT l.code || ' ' || (
                WITH RECURSIVE down(code) AS (
                    SELECT l.code UNION SELECT e.child FROM edges e JOIN down ON e.parent = down.code)
                SELECT count(*) FROM down JOIN nodes n ON n.code = down.code WHERE n.type = 'slip')
            FROM nodes l WHERE l.kind = 'produce' ORDER BY l.code COLLATE "C"
            """, []
        ).compactMap { line -> (code: String, slips: Int)? in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let slips = Int(parts[1]) else { return nil }
            return (String(parts[0]), slips)
        }
        return Array(
            reach.sorted { (abs($0.slips - target), $0.code) < (abs($1.slips - target), $1.code) }.prefix(count))
    }
}
