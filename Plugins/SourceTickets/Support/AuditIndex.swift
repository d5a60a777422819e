import FoodTraceKit
import TraceGraph
import TraceModel

/// What the source-ticket and school-meal rules read, fetched once in bulk and indexed for one run.
///
/// Receipts are those in the run's scope (receiver and time window), accepted, and dated at or before
/// the audit's `now`; documents are every `certify` record known by `now`. Refused deliveries are left
/// out: refusing goods without their tickets is what the rules ask for.
public final class AuditIndex {
    /// The run's context: query view, clock, scope and parameters.
    public let context: AuditContext
    /// Every registered party by id.
    public let parties: [String: AuditParty]
    /// Every `certify` record known by `now`.
    public let documents: DocumentIndex
    /// Memoised graph lookups shared by the rules of the run.
    public let graph: GraphCache
    private var cachedReceipts: [AuditReceipt]?
    private var inspectorsByReceipt: [String: [String]] = [:]
    /// Documents quoted by the receipt that created each batch asked about so far.
    private var quotedByBatch: [String: [DocumentRef]?] = [:]

    /// Reads the parties and documents of the store behind `context` (receipts are read on first use).
    public init(context: AuditContext) throws {
        self.context = context
        var parties: [String: AuditParty] = [:]
        for party in try context.query.parties() { parties[party.id] = party }
        self.parties = parties
        documents = DocumentIndex(try context.query.documents(), now: context.now)
        graph = GraphCache(context.query)
    }

    /// Accepted receipts in scope dated at or before `now`, in store order (fetched once).
    public func receipts() throws -> [AuditReceipt] {
        if let cachedReceipts { return cachedReceipts }
        let reader = try ReceiptReader(context, parties: parties, graph: graph)
        let receipts = reader.receipts.filter(\.accepted)
        cachedReceipts = receipts
        inspectorsByReceipt.merge(reader.inspectors) { _, read in read }
        return receipts
    }

    /// Accepted receipts in scope, dated at or before `now`, of these receivers only, in store order.
    ///
    /// The same as filtering ``receipts()``, but unless every receipt was already read, only the bodies of
    /// these receivers' receipts are read (the school canteens' receipts are a fraction of a city's).
    public func receipts(receivedBy receivers: Set<String>) throws -> [AuditReceipt] {
        if let cachedReceipts { return cachedReceipts.filter { receivers.contains($0.receiver) } }
        let reader = try ReceiptReader(context, parties: parties, graph: graph, receivers: receivers)
        inspectorsByReceipt.merge(reader.inspectors) { _, read in read }
        return reader.receipts.filter(\.accepted)
    }

    /// The people a receipt in scope names as having inspected the delivery.
    public func inspectors(of receipt: String) throws -> [String] {
        if let known = inspectorsByReceipt[receipt] { return known }
        _ = try receipts()
        return inspectorsByReceipt[receipt] ?? []
    }

    /// The role of a party; an issuer with no registration is a trust anchor, i.e. a regulator.
    public func role(of party: String) -> Role {
        parties[party]?.role ?? .regulator
    }

    /// A party as every message names it: `name（id）`, or the id alone for a party with no registration.
    public func name(of party: String) -> String {
        parties[party].map { "\($0.name)（\(party)）" } ?? party
    }

    /// True when a record at `time` by or about `party` falls in the run's scope (time window and party).
    public func inScope(_ time: Int64, parties involved: [String?]) -> Bool {
        guard time <= context.now, context.scope.contains(time) else { return false }
        guard context.scope.parties != nil else { return true }
        return involved.contains { context.scope.covers($0) }
    }

    /// The documents quoted by the receipt that created batch `code`, or `nil` when the batch was not made by
    /// a receipt (a farm lot, a transform output) or that receipt is dated after `now`.
    ///
    /// Asked of the store whatever the scope (the receipt upstream of a scoped one may lie outside it), once
    /// per batch.
    public func documentsQuoted(creating code: String) throws -> [DocumentRef]? {
        guard let node = try graph.node(code), node.kind == .receive, node.atMilliseconds <= context.now else {
            return nil
        }
        if let known = quotedByBatch[code] { return known }
        let quoted = try context.query.documentsQuoted(creating: code)
        quotedByBatch[code] = .some(quoted)
        return quoted
    }
}
