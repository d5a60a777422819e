import FoodTraceKit
import TraceGraph
import TraceModel

/// The audit view seen as a ``GraphReader``, so the plugin can run TraceGraph's own checks (``MassBalance``).
///
/// Only what those checks read is answered from the view; parties, documents, tests and signature status
/// are not part of the audit view's graph calls and come back empty.
struct AuditGraphReader: GraphReader {
    let query: any AuditQuery

    func node(_ code: String) throws -> GraphNode? { try query.node(code) }
    func parents(of code: String) throws -> [GraphEdge] { try query.parents(of: code) }
    func children(of code: String) throws -> [GraphEdge] { try query.children(of: code) }
    func party(_ id: String) throws -> PartyInfo? { nil }
    func documents(for code: String) throws -> [HopDocument] { [] }
    func tests(for code: String) throws -> [HopTest] { [] }
    func recordStatus(_ id: String) throws -> RecordStatus? { nil }
    func movements(of code: String) throws -> [Movement] { try query.movements(of: code) }
    func shipments(of code: String) throws -> [Shipment] { try query.shipments(of: code) }
}
