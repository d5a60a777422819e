import Recall
import TraceAudit
import TraceGraph
import TraceModel
import TraceStore
import TraceStoreAudit

/// Running drills and traces on a store, as `foodtrace recall drill` does.
enum Drills {
    static let start = Timestamp("2026-12-01T09:00:00+08:00")!

    static func run(_ store: TraceStore, lot: String, target: Int64 = RecallDrill.brcgsTarget) throws -> DrillReport {
        let notices = try store.withAuditQuery { try RecallNotices.all($0).map(\.drillNotice) }
        // The store wraps errors thrown inside a read; carry the drill's own error out unchanged.
        let outcome: Result<DrillReport, TraceError> = try store.withGraph { reader in
            do {
                return .success(
                    try RecallDrill(reader: reader, notices: notices).run(
                        lot: lot, scenario: "test", startedAt: start, target: target))
            } catch let error as TraceError {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    static func down(_ store: TraceStore, _ code: String) throws -> TraceResult {
        try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return try tracer.down(from: code)
        }
    }

    static func up(_ store: TraceStore, _ code: String) throws -> TraceResult {
        try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return try tracer.up(from: code)
        }
    }

    /// Every code a drill's forward trace names: its batch ledger, slips and meals.
    static func forwardCodes(_ report: DrillReport) -> Set<String> {
        Set(report.batches.map(\.code) + report.forward.slips.map(\.code) + report.forward.meals.map(\.code))
    }

    /// Every batch a drill's backward trace names: the lot and its supplier lots.
    static func backwardCodes(_ report: DrillReport) -> Set<String> {
        Set([report.lot.code] + report.backward.supplierLots.map(\.code))
    }
}
