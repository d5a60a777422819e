import CFoodTracePlugin
import TraceGraph
import TraceModel

/// The plugin side of `foodtrace_host.query`: an ``AuditQuery`` that asks the host, as JSON.
///
/// A plugin built as a shared library gets this as its ``AuditContext/query``; valid only during the
/// `run` it was made for, on that thread.
struct QueryProxy: AuditQuery {
    let host: UnsafePointer<foodtrace_host>

    private func call<T: Codable & Sendable>(_ request: PluginQueryRequest, _ type: T.Type) throws -> T? {
        guard let query = host.pointee.query else { throw PluginCallError(Message.Plugins.noQueryFunction) }
        let text = try PluginJSON.encode(request)
        guard let answer = text.withCString({ query(host.pointee.context, $0) }) else {
            throw PluginCallError(Message.Plugins.hostAnsweredNull(request.method.rawValue))
        }
        defer { host.pointee.free_string?(host.pointee.context, answer) }
        let response: PluginQueryResponse<T>
        do {
            response = try PluginJSON.decode(PluginQueryResponse<T>.self, from: answer)
        } catch {
            throw PluginCallError(
                Message.Plugins.hostMalformed(request.method.rawValue, detail: "\(error)"))
        }
        if let error = response.error { throw PluginCallError(error) }
        return response.result
    }

    private func require<T: Codable & Sendable>(_ request: PluginQueryRequest, _ type: T.Type) throws -> T {
        guard let result = try call(request, type) else {
            throw PluginCallError(Message.Plugins.hostNoResult(request.method.rawValue))
        }
        return result
    }

    func parties() throws -> [AuditParty] { try require(.init(method: .parties), [AuditParty].self) }
    func documents() throws -> [AuditDocument] { try require(.init(method: .documents), [AuditDocument].self) }

    func receipts(_ scope: AuditScope) throws -> [AuditReceipt] {
        try require(.init(method: .receipts, scope: scope), [AuditReceipt].self)
    }

    func records(kind: RecordKind, _ scope: AuditScope) throws -> [AuditRecord] {
        try require(.init(method: .records, scope: scope, kind: kind), [AuditRecord].self)
    }

    func node(_ code: String) throws -> GraphNode? {
        try call(.init(method: .node, code: code), NodeMessage.self)?.node
    }

    func parents(of code: String) throws -> [GraphEdge] {
        try require(.init(method: .parents, code: code), [EdgeMessage].self).map(\.edge)
    }

    func children(of code: String) throws -> [GraphEdge] {
        try require(.init(method: .children, code: code), [EdgeMessage].self).map(\.edge)
    }

    func nodesWithoutInputs(createdBy kinds: [RecordKind], _ scope: AuditScope) throws -> [GraphNode] {
        try require(.init(method: .nodesWithoutInputs, scope: scope, kinds: kinds), [NodeMessage].self).map(\.node)
    }

    func ancestors(of code: String) throws -> [String] {
        try require(.init(method: .ancestors, code: code), [String].self)
    }
    func descendants(of code: String) throws -> [String] {
        try require(.init(method: .descendants, code: code), [String].self)
    }

    func movements(of code: String) throws -> [Movement] {
        try require(.init(method: .movements, code: code), [MovementMessage].self).map { try $0.movement() }
    }

    func shipments(of code: String) throws -> [Shipment] {
        try require(.init(method: .batchShipments, code: code), [ShipmentMessage].self).map(\.value)
    }

    func documentsQuoted(creating code: String) throws -> [DocumentRef]? {
        try call(.init(method: .documentsQuoted, code: code), [DocumentRef].self)
    }

    func overdrawnBatches(outflows: [String], through: Int64) throws -> [String] {
        try require(.init(method: .overdrawnBatches, movementKinds: outflows, through: through), [String].self)
    }

    func shipments(_ scope: AuditScope) throws -> [Shipment] {
        try require(.init(method: .shipments, scope: scope), [ShipmentMessage].self).map(\.value)
    }

    func traceUp(_ code: String) throws -> TraceResult {
        try require(.init(method: .traceUp, code: code), TraceResult.self)
    }
}
