import TraceModel

/// A node as a walk reads it: the node, the status of the record that created it and, for a slip or a meal,
/// the batch it was sold or used from.
public struct WalkNode: Sendable, Hashable {
    public var node: GraphNode
    /// The creating record's status, `nil` when that record is not in the store.
    public var status: RecordStatus?
    /// For a slip or a meal, the parent of its first input edge (``GraphReader/parents(of:)-(String)`` order);
    /// `nil` for a batch.
    public var batch: String?

    public init(node: GraphNode, status: RecordStatus?, batch: String?) {
        self.node = node
        self.status = status
        self.batch = batch
    }
}

extension GraphReader {
    /// Reads each node, its record's status and a slip's or meal's first parent, one code at a time.
    public func walkNodes(_ codes: [String]) throws -> [WalkNode?] {
        try codes.map { code in
            guard let node = try node(code) else { return nil }
            let batch = node.type == .batch ? nil : try parents(of: code).first?.parent
            return WalkNode(node: node, status: try recordStatus(node.record), batch: batch)
        }
    }

    public func parents(of codes: [String]) throws -> [[GraphEdge]] { try codes.map { try parents(of: $0) } }
    public func children(of codes: [String]) throws -> [[GraphEdge]] { try codes.map { try children(of: $0) } }
    public func parties(_ ids: [String]) throws -> [PartyInfo?] { try ids.map { try party($0) } }
    public func evidence(for codes: [String]) throws -> [HopEvidence] {
        try codes.map { HopEvidence(documents: try documents(for: $0), tests: try tests(for: $0)) }
    }
    public func shipments(of codes: [String]) throws -> [[Shipment]] { try codes.map { try shipments(of: $0) } }
}
