import TraceModel

/// Walks the graph hop by hop from a trace code: upstream to the farms, downstream to every slip and meal.
public struct Tracer {
    let reader: any GraphReader
    private var parties: [String: PartyInfo?] = [:]

    public init(reader: any GraphReader) { self.reader = reader }

    /// Every ancestor of `code`, breadth first, with each hop's party, documents, tests and signature status.
    public mutating func up(from code: String) throws -> TraceResult {
        try walk(from: code, direction: .up)
    }

    /// Every descendant of `code`: batches, parties, slips and canteen meals with quantities (the recall scope).
    public mutating func down(from code: String) throws -> TraceResult {
        try walk(from: code, direction: .down)
    }

    private mutating func walk(from code: String, direction: TraceResult.Direction) throws -> TraceResult {
        guard let start = try reader.node(code) else { throw TraceError("no batch, slip or meal with trace code \(code) in the store") }
        var result = TraceResult(direction: direction, start: code, complete: true, gaps: [], origins: [], nodes: [], edges: [], inTransit: [])
        var queue: [(GraphNode, Int)] = [(start, 0)]
        var seen: Set<String> = [code]
        var head = 0
        while head < queue.count {
            let (node, depth) = queue[head]
            head += 1
            let edges = direction == .up ? try reader.parents(of: node.code) : try reader.children(of: node.code)
            var traceNode = try describe(node, depth: depth, details: direction == .up)
            traceNode.next = edges.map { direction == .up ? $0.parent : $0.child }
            if node.type != .batch, let first = try (direction == .up ? edges : reader.parents(of: node.code)).first {
                traceNode.batch = first.parent
            }
            result.nodes.append(traceNode)
            if !traceNode.verified { result.gaps.append("\(node.code): record \(node.record) does not verify (revoked key or equivocation)") }
            for edge in edges {
                if direction == .up || !seen.contains(edge.child) {
                    result.edges.append(TraceEdge(parent: edge.parent, child: edge.child, kind: edge.kind, record: edge.record,
                                                  quantity: edge.quantity.value.description, unit: edge.quantity.unit.rawValue))
                }
                let next = direction == .up ? edge.parent : edge.child
                guard seen.insert(next).inserted else { continue }
                guard let nextNode = try reader.node(next) else {
                    result.gaps.append("\(node.code): \(direction == .up ? "input" : "output") \(next) is not in the store")
                    continue
                }
                queue.append((nextNode, depth + 1))
            }
            if direction == .up, edges.isEmpty { try addOrigin(node, traceNode, to: &result) }
            if direction == .down, node.type == .batch { try addTransit(node, to: &result) }
        }
        result.complete = result.gaps.isEmpty
        return result
    }

    private mutating func addOrigin(_ node: GraphNode, _ traceNode: TraceNode, to result: inout TraceResult) throws {
        result.origins.append(TraceOrigin(code: node.code, party: node.holder, partyName: traceNode.partyName, role: traceNode.role))
        if node.kind != .produce {
            result.gaps.append("\(node.code): made by a \(node.kind.rawValue) record with no input in the store (no step back)")
        } else if traceNode.role != .farm {
            result.gaps.append("\(node.code): origin produced by \(node.holder), which is not a farm")
        }
    }

    private func addTransit(_ node: GraphNode, to result: inout TraceResult) throws {
        for shipment in try reader.shipments(of: node.code) where shipment.receivedBy == nil {
            result.inTransit.append(TraceShipment(
                record: shipment.record, shipment: shipment.shipment, batch: shipment.batch, from: shipment.sender,
                to: shipment.receiver, quantity: shipment.quantity.value.description, unit: shipment.quantity.unit.rawValue))
            result.gaps.append("\(node.code): shipment \(shipment.shipment) to \(shipment.receiver) has no receipt (no step forward)")
        }
    }

    mutating func party(_ id: String) throws -> PartyInfo? {
        if let cached = parties[id] { return cached }
        let info = try reader.party(id)
        parties[id] = info
        return info
    }

    private mutating func describe(_ node: GraphNode, depth: Int, details: Bool) throws -> TraceNode {
        let party = try party(node.holder)
        let status = try reader.recordStatus(node.record)
        return TraceNode(
            code: node.code, type: node.type, batch: node.code, party: node.holder, partyName: party?.name ?? node.holder,
            role: party?.role, kind: node.kind, record: node.record,
            at: status?.at ?? Timestamp(epochMilliseconds: node.atMilliseconds).text,
            quantity: node.quantity.value.description, unit: node.quantity.unit.rawValue,
            product: node.product?.name ?? node.productName, category: node.product?.category, origin: node.origin,
            documents: details ? try reader.documents(for: node.code) : [],
            tests: details ? try reader.tests(for: node.code) : [],
            verified: status?.verified ?? false, depth: depth, next: [])
    }
}
