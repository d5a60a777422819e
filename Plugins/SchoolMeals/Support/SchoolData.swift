import FoodTraceKit
import SourceTickets
import TraceGraph
import TraceModel

/// A school meal (`use` record of a school canteen) with its body decoded.
struct SchoolMeal {
    let record: AuditRecord
    let body: UseBody
    var school: String { record.issuer }
    var servedAt: Int64 { body.servedAt.epochMilliseconds }
}

/// What the school rules read for one run: the shared index, the school canteens in scope, their
/// receipts and meals, and memoised per-batch answers (upstream trace, expiry, product).
final class SchoolData {
    let index: AuditIndex
    /// School canteens in scope (all, or the scope's party), by id.
    let schools: [String: AuditParty]
    /// Accepted receipts of school canteens in scope.
    let receipts: [AuditReceipt]
    /// Meals of school canteens in scope, in store order.
    let meals: [SchoolMeal]
    private var traces: [String: TraceResult?] = [:]
    private var expiries: [String: Int64?] = [:]

    init(index: AuditIndex) throws {
        self.index = index
        let context = index.context
        var schools: [String: AuditParty] = [:]
        for party in index.parties.values
        where party.role == .schoolCanteen && context.scope.covers(party.id) {
            schools[party.id] = party
        }
        self.schools = schools
        // One query for all receipts in scope (per-receiver queries cost more than they save on a large store),
        // but only the schools' receipt bodies are decoded.
        receipts = try index.receipts(receivedBy: Set(schools.keys))
        meals = try context.query.records(kind: .use, context.scope).compactMap { record in
            guard schools[record.issuer] != nil, record.at <= context.now else { return nil }
            return SchoolMeal(record: record, body: try record.body(as: UseBody.self))
        }
    }

    /// The upstream trace of a batch, once per batch; `nil` when the store has no such batch.
    func trace(_ code: String) throws -> TraceResult? {
        if let cached = traces[code] { return cached }
        let result: TraceResult? = try index.graph.node(code) == nil ? nil : index.context.query.traceUp(code)
        traces[code] = .some(result)
        return result
    }

    /// A batch's expiry: its own, else the nearest one up its custody chain (receipts copy it, but may omit it).
    func expiry(_ code: String) throws -> Int64? {
        if let cached = expiries[code] { return cached }
        var found = try index.graph.node(code)?.expiresMilliseconds
        if found == nil {
            let parents = try index.graph.parents(code)
            if parents.count == 1, parents[0].kind == .receive { found = try expiry(parents[0].parent) }
        }
        expiries[code] = .some(found)
        return found
    }

    /// The product name of a batch, for messages and banned-food matching.
    func productName(_ code: String) throws -> String? {
        guard let node = try index.graph.node(code) else { return nil }
        return node.product?.name ?? node.productName
    }

    func name(of party: String) -> String { index.name(of: party) }
}
