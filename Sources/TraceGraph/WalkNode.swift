import TraceModel

/// A node as a walk reads it: the node, the status of the record that created it and how many edges lead into it.
///
/// A class: a walk hands each one through several lists, and a reference is cheaper to pass on than the node's
/// dozen strings.
public final class WalkNode: Sendable, Hashable {
    public let node: GraphNode
    /// The creating record's status, `nil` when that record is not in the store.
    public let status: RecordStatus?
    /// How many edges lead into the node (the length of ``GraphReader/parents(of:)-(String)``): a walk need not
    /// ask for the inputs of a node without, nor for a slip's only input when it reached the slip by it.
    public let inputs: Int

    public init(node: GraphNode, status: RecordStatus?, inputs: Int) {
        self.node = node
        self.status = status
        self.inputs = inputs
    }

    public static func == (lhs: WalkNode, rhs: WalkNode) -> Bool {
        lhs.node == rhs.node && lhs.status == rhs.status && lhs.inputs == rhs.inputs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
        hasher.combine(status)
        hasher.combine(inputs)
    }
}

/// An edge a walk takes and the node at its far end (the parent going up, the child going down), as
/// ``GraphReader/walkNodes(_:)`` reads it; `nil` when that node is not in the store.
public struct WalkStep: Sendable, Hashable {
    /// The edge taken.
    public var edge: GraphEdge
    /// The node the edge reaches, or `nil` when the store does not hold it.
    public var node: WalkNode?

    public init(edge: GraphEdge, node: WalkNode?) {
        self.edge = edge
        self.node = node
    }
}

extension GraphReader {
    /// Reads each node, its record's status and its inputs, one code at a time.
    public func walkNodes(_ codes: [String]) throws -> [WalkNode?] {
        try codes.map { code in
            guard let node = try node(code) else { return nil }
            return WalkNode(node: node, status: try recordStatus(node.record), inputs: try parents(of: code).count)
        }
    }

    public func nodes(_ codes: [String]) throws -> [GraphNode?] { try codes.map { try node($0) } }

    public func movements(of codes: [String]) throws -> [[Movement]] { try codes.map { try movements(of: $0) } }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] { try codes.map { try parents(of: $0) } }
    public func children(of codes: [String]) throws -> [[GraphEdge]] { try codes.map { try children(of: $0) } }
    public func parties(_ ids: [String]) throws -> [PartyInfo?] { try ids.map { try party($0) } }
    public func evidence(for codes: [String]) throws -> [HopEvidence] {
        try codes.map { HopEvidence(documents: try documents(for: $0), tests: try tests(for: $0)) }
    }
    public func shipments(of codes: [String]) throws -> [[Shipment]] { try codes.map { try shipments(of: $0) } }

    /// The edges into each code, then ``walkNodes(_:)`` of their parents (each asked once).
    public func inputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(parents(of: codes), end: \.parent) }

    /// The edges out of each code, then ``walkNodes(_:)`` of their children (each asked once).
    public func outputSteps(of codes: [String]) throws -> [[WalkStep]] { try steps(children(of: codes), end: \.child) }

    private func steps(_ edges: [[GraphEdge]], end: KeyPath<GraphEdge, String>) throws -> [[WalkStep]] {
        var ends: [String] = []
        var positions: [String: Int] = [:]
        for edge in edges.joined() where positions[edge[keyPath: end]] == nil {
            positions[edge[keyPath: end]] = ends.count
            ends.append(edge[keyPath: end])
        }
        let nodes = try walkNodes(ends)
        return edges.map { list in list.map { WalkStep(edge: $0, node: nodes[positions[$0[keyPath: end]]!]) } }
    }
}
