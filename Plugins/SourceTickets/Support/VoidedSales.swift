import FoodTraceKit
import TraceGraph

/// Sales their stall voided (a sale rung up wrong, taken back at the till): they moved nothing, so the rules that add
/// up or list what left a batch leave them out.
enum VoidedSales {
    /// The `sell` records among `movements` of `batch` whose slip a `void` movement of the same ledger names.
    static func records(_ movements: [Movement], of batch: String, _ query: any AuditQuery) throws -> Set<String> {
        let slips = Set(movements.filter { $0.kind == "void" }.compactMap(\.counterparty))
        guard !slips.isEmpty else { return [] }
        return Set(try query.children(of: batch).filter { $0.kind == .sell && slips.contains($0.child) }.map(\.record))
    }

    /// `movements` without the voided sales (and without the voids, which only undo them).
    static func excluded(_ movements: [Movement], of batch: String, _ query: any AuditQuery) throws -> [Movement] {
        let voided = try records(movements, of: batch, query)
        guard !voided.isEmpty else { return movements }
        return movements.filter { $0.kind != "void" && !($0.kind == "sell" && voided.contains($0.record)) }
    }
}
