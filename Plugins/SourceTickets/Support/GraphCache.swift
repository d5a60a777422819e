import FoodTraceKit
import TraceGraph
import TraceModel

/// Memoised graph lookups for one audit run: nodes, parent edges and ancestor sets.
///
/// Many receipts and meals share their upstream batches, so each batch is read from the store once.
public final class GraphCache {
    private let query: any AuditQuery
    private var nodes: [String: GraphNode?] = [:]
    private var parentEdges: [String: [GraphEdge]] = [:]
    private var ancestorSets: [String: Set<String>] = [:]

    /// An empty cache over `query`.
    public init(_ query: any AuditQuery) { self.query = query }

    /// The node under `code`, or `nil` when the store has none.
    public func node(_ code: String) throws -> GraphNode? {
        if let cached = nodes[code] { return cached }
        let found = try query.node(code)
        nodes[code] = .some(found)
        return found
    }

    /// The edges into `code` (one step back).
    public func parents(_ code: String) throws -> [GraphEdge] {
        if let cached = parentEdges[code] { return cached }
        let edges = try query.parents(of: code)
        parentEdges[code] = edges
        return edges
    }

    /// `code` and every batch it was made or received from, transitively.
    public func ancestors(_ code: String) throws -> Set<String> {
        if let cached = ancestorSets[code] { return cached }
        var result: Set<String> = [code]
        // The graph is acyclic (a trace code is created once, after its inputs); the guard is for a damaged store.
        ancestorSets[code] = result
        for edge in try parents(code) { result.formUnion(try ancestors(edge.parent)) }
        ancestorSets[code] = result
        return result
    }
}
