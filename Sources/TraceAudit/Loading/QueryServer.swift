import CFoodTracePlugin
import TraceGraph
import TraceModel

/// The host side of `foodtrace_host.query`: answers a plugin's JSON queries from an ``AuditQuery``.
///
/// Lives for one `run` call. The query view is read-only by type, and the store behind it is opened
/// read-only, so nothing a plugin asks can write.
final class QueryServer {
    let query: any AuditQuery
    /// The first failure of the store behind the query (not of the plugin's request): the host reports it as itself
    /// once the plugin returns, whatever the plugin made of the `{"error": ...}` it was answered.
    private(set) var hostFailure: (any Error)?

    init(_ query: any AuditQuery) {
        self.query = query
    }

    /// The JSON answer to a JSON request; errors become `{"error": ...}`.
    func answer(_ request: UnsafePointer<CChar>?) -> String {
        guard let request else { return PluginJSON.error("query request is NULL") }
        let decoded: PluginQueryRequest
        do {
            decoded = try PluginJSON.decode(PluginQueryRequest.self, from: request)
        } catch {
            return PluginJSON.error("malformed query request: \(error)")
        }
        do {
            return try answer(decoded)
        } catch {
            // A query the store cannot answer as asked (an unknown code, a malformed request) is the plugin's to
            // handle; anything else (the store failing, a stored record that no longer reads) is the host's.
            if !(error is PluginCallError || error is TraceError) { hostFailure = hostFailure ?? error }
            return PluginJSON.error("\(decoded.method.rawValue): \(error)")
        }
    }

    private func answer(_ request: PluginQueryRequest) throws -> String {
        func code() throws -> String {
            guard let code = request.code else {
                throw PluginCallError(Message.Plugins.queryNeeds(request.method.rawValue, "\"code\""))
            }
            return code
        }
        let scope = request.scope ?? AuditScope()
        switch request.method {
        case .parties: return try respond(query.parties())
        case .documents: return try respond(query.documents())
        case .receipts: return try respond(query.receipts(scope))
        case .records:
            guard let kind = request.kind else {
                throw PluginCallError(Message.Plugins.queryNeeds("records", "\"kind\""))
            }
            return try respond(query.records(kind: kind, scope))
        case .node: return try respond(query.node(try code()).map(NodeMessage.init))
        case .parents: return try respond(query.parents(of: try code()).map(EdgeMessage.init))
        case .children: return try respond(query.children(of: try code()).map(EdgeMessage.init))
        case .ancestors: return try respond(query.ancestors(of: try code()))
        case .descendants: return try respond(query.descendants(of: try code()))
        case .movements: return try respond(query.movements(of: try code()).map(MovementMessage.init))
        case .batchShipments: return try respond(query.shipments(of: try code()).map(ShipmentMessage.init))
        case .shipments: return try respond(query.shipments(scope).map(ShipmentMessage.init))
        case .traceUp: return try respond(query.traceUp(try code()))
        case .nodesWithoutInputs:
            guard let kinds = request.kinds else {
                throw PluginCallError(Message.Plugins.queryNeeds("nodes-without-inputs", "\"kinds\""))
            }
            return try respond(query.nodesWithoutInputs(createdBy: kinds, scope).map(NodeMessage.init))
        case .documentsQuoted: return try respond(query.documentsQuoted(creating: try code()))
        case .overdrawnBatches:
            guard let outflows = request.movementKinds, let through = request.through else {
                throw PluginCallError(
                    Message.Plugins.queryNeeds("overdrawn-batches", "\"movementKinds\" and \"through\""))
            }
            return try respond(query.overdrawnBatches(outflows: outflows, through: through))
        }
    }

    private func respond<T: Codable & Sendable>(_ result: T?) throws -> String {
        try PluginJSON.encode(PluginQueryResponse(result: result))
    }

    /// The `foodtrace_host` table lending this server to a plugin; valid while `body` runs.
    func withHostTable<T>(_ body: (UnsafePointer<foodtrace_host>) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) {
            var host = foodtrace_host(
                abi_version: PluginABI.version,
                context: Unmanaged.passUnretained(self).toOpaque(),
                query: { context, request in
                    let server = Unmanaged<QueryServer>.fromOpaque(context!).takeUnretainedValue()
                    return CString.make(server.answer(request))
                },
                free_string: { _, string in CString.free(string) })
            return try withUnsafePointer(to: &host) { try body($0) }
        }
    }
}
