import TraceModel

/// Walks the graph hop by hop from a trace code: upstream to the farms, downstream to every slip and meal.
///
/// The walk is breadth first, one level at a time: each level's edges, the nodes they reach, their holders and
/// (upstream) documents and tests are read with one batched ``GraphReader`` call each, then the level's nodes are
/// taken in queue order, so the result is the same as visiting them one by one.
public struct Tracer {
    let reader: any GraphReader
    /// Each holder's name and role, read once per walk (`nil`: not a registered party).
    private var parties: [String: (name: String, role: Role)?] = [:]
    /// Quantities as text, by millionths: a walk shows the same few quantities many times.
    private var amounts: [Int64: String] = [:]

    public init(reader: any GraphReader) { self.reader = reader }

    /// Every ancestor of `code`, breadth first, with each hop's party, documents, tests and signature status.
    public mutating func up(from code: String) throws -> TraceResult {
        try walk(from: code, direction: .up)
    }

    /// Every descendant of `code`: batches, parties, slips and canteen meals with quantities (the recall scope).
    public mutating func down(from code: String) throws -> TraceResult {
        try walk(from: code, direction: .down)
    }

    /// A node to visit and, downstream, the parent of the edge it was first reached by.
    private typealias Visit = (node: WalkNode, from: String?)

    /// What the reader answered for one level, aligned with the level's nodes.
    private struct LevelReads {
        var edges: [[GraphEdge]]
        /// The batch of each slip or meal (the parent of its first input edge).
        var batches: [String?]
        /// For each edge, in order: whether it reaches its far end first (the end was not seen before it).
        var reachesFirst: [Bool]
        /// The nodes the level reaches first that are in the store, in the order reached: the next level.
        var reached: [Visit]
        /// Codes the level reaches first that are not in the store.
        var missing: Set<String>
        /// Upstream only (empty downstream).
        var evidence: [HopEvidence]
        /// Shipments of the level's batches (downstream), by code.
        var shipments: [String: [Shipment]]
    }

    private mutating func walk(from code: String, direction: TraceResult.Direction) throws -> TraceResult {
        guard let start = try reader.walkNodes([code]).first ?? nil else {
            throw TraceError("no batch, slip or meal with trace code \(code) in the store")
        }
        var result = TraceResult(direction: direction, start: code, complete: true, gaps: [], origins: [], nodes: [], edges: [], inTransit: [])
        var seen: Set<String> = [code]
        var level: [Visit] = [(start, nil)]
        var depth = 0
        while !level.isEmpty {
            let reads = try read(level, direction: direction, seen: &seen)
            var edgeIndex = 0
            for index in level.indices {
                // The class reference, not a copy of the node's strings.
                let walkNode = level[index].node
                let edges = reads.edges[index]
                var traceNode = describe(walkNode, depth: depth, evidence: reads.evidence.isEmpty ? nil : reads.evidence[index])
                traceNode.next = edges.map { direction == .up ? $0.parent : $0.child }
                if walkNode.node.type != .batch, let batch = reads.batches[index] {
                    traceNode.batch = batch
                }
                result.nodes.append(traceNode)
                if !traceNode.verified {
                    result.gaps.append("\(walkNode.node.code): record \(walkNode.node.record) does not verify (revoked key or equivocation)")
                }
                for edge in edges {
                    let first = reads.reachesFirst[edgeIndex]
                    edgeIndex += 1
                    // Downstream, an edge into a node already reached is not listed again.
                    if direction == .up || first {
                        result.edges.append(TraceEdge(parent: edge.parent, child: edge.child, kind: edge.kind, record: edge.record,
                                                      quantity: text(edge.quantity.value), unit: edge.quantity.unit.rawValue))
                    }
                    let next = direction == .up ? edge.parent : edge.child
                    if first, !reads.missing.isEmpty, reads.missing.contains(next) {
                        result.gaps.append("\(walkNode.node.code): \(direction == .up ? "input" : "output") \(next) is not in the store")
                    }
                }
                if direction == .up, edges.isEmpty { addOrigin(walkNode.node, traceNode, to: &result) }
                if direction == .down, walkNode.node.type == .batch {
                    addTransit(walkNode.node, reads.shipments[walkNode.node.code] ?? [], to: &result)
                }
            }
            level = reads.reached
            depth += 1
        }
        result.complete = result.gaps.isEmpty
        return result
    }

    /// One batched read per concern for the whole level. Marks what the level reaches as `seen`, in the order the
    /// level's edges reach it, so the next level is in breadth-first order.
    private mutating func read(_ level: [Visit], direction: TraceResult.Direction, seen: inout Set<String>) throws -> LevelReads {
        let codes = level.map(\.node.node.code)
        // Only nodes with edges on the walk's side are asked for them (an origin has no input, a slip no output).
        var edges = [[GraphEdge]](repeating: [], count: level.count)
        let asked = level.indices.filter { direction == .down || level[$0].node.inputs > 0 }
        let answers = direction == .up ? try reader.parents(of: asked.map { codes[$0] }) : try reader.children(of: asked.map { codes[$0] })
        for (index, list) in zip(asked, answers) { edges[index] = list }

        // A slip's or meal's batch: upstream its first input; downstream the node it was reached from when that is
        // its only input, else its first input, asked for.
        var batches = [String?](repeating: nil, count: level.count)
        var unknown: [Int] = []
        for index in level.indices where level[index].node.node.type != .batch {
            if direction == .up {
                batches[index] = edges[index].first?.parent
            } else if level[index].node.inputs == 1, let from = level[index].from {
                batches[index] = from
            } else if level[index].node.inputs > 0 {
                unknown.append(index)
            }
        }
        for (index, parents) in zip(unknown, try reader.parents(of: unknown.map { codes[$0] })) { batches[index] = parents.first?.parent }

        var fresh: [String] = []
        var from: [String] = []
        var reachesFirst: [Bool] = []
        reachesFirst.reserveCapacity(edges.reduce(0) { $0 + $1.count })
        for edge in edges.joined() {
            let next = direction == .up ? edge.parent : edge.child
            let first = seen.insert(next).inserted
            reachesFirst.append(first)
            if first {
                fresh.append(next)
                from.append(edge.parent)
            }
        }
        var reached: [Visit] = []
        reached.reserveCapacity(fresh.count)
        var missing: Set<String> = []
        for (index, node) in try reader.walkNodes(fresh).enumerated() {
            if let node { reached.append((node, direction == .down ? from[index] : nil)) } else { missing.insert(fresh[index]) }
        }

        var holders: [String] = []
        var holdersAsked: Set<String> = []
        for visit in level where parties[visit.node.node.holder] == nil && holdersAsked.insert(visit.node.node.holder).inserted {
            holders.append(visit.node.node.holder)
        }
        for (id, info) in zip(holders, try reader.parties(holders)) { parties[id] = info.map { ($0.name, $0.role) } }

        var shipments: [String: [Shipment]] = [:]
        if direction == .down {
            let lots = codes.indices.filter { level[$0].node.node.type == .batch }.map { codes[$0] }
            for (code, list) in zip(lots, try reader.shipments(of: lots)) { shipments[code] = list }
        }
        return LevelReads(
            edges: edges, batches: batches, reachesFirst: reachesFirst, reached: reached, missing: missing,
            evidence: direction == .up ? try reader.evidence(for: codes) : [],
            shipments: shipments)
    }

    private func addOrigin(_ node: GraphNode, _ traceNode: TraceNode, to result: inout TraceResult) {
        result.origins.append(TraceOrigin(code: node.code, party: node.holder, partyName: traceNode.partyName, role: traceNode.role))
        if node.kind != .produce {
            result.gaps.append("\(node.code): made by a \(node.kind.rawValue) record with no input in the store (no step back)")
        } else if traceNode.role != .farm {
            result.gaps.append("\(node.code): origin produced by \(node.holder), which is not a farm")
        }
    }

    private func addTransit(_ node: GraphNode, _ shipments: [Shipment], to result: inout TraceResult) {
        for shipment in shipments where shipment.receivedBy == nil {
            result.inTransit.append(TraceShipment(
                record: shipment.record, shipment: shipment.shipment, batch: shipment.batch, from: shipment.sender,
                to: shipment.receiver, quantity: shipment.quantity.value.description, unit: shipment.quantity.unit.rawValue))
            result.gaps.append("\(node.code): shipment \(shipment.shipment) to \(shipment.receiver) has no receipt (no step forward)")
        }
    }

    private mutating func text(_ amount: Amount) -> String {
        if let text = amounts[amount.micros] { return text }
        let text = amount.description
        amounts[amount.micros] = text
        return text
    }

    private mutating func describe(_ walkNode: WalkNode, depth: Int, evidence: HopEvidence?) -> TraceNode {
        let party = parties[walkNode.node.holder] ?? nil
        let status = walkNode.status
        return TraceNode(
            code: walkNode.node.code, type: walkNode.node.type, batch: walkNode.node.code, party: walkNode.node.holder,
            partyName: party?.name ?? walkNode.node.holder, role: party?.role, kind: walkNode.node.kind, record: walkNode.node.record,
            at: status?.at ?? Timestamp(epochMilliseconds: walkNode.node.atMilliseconds).text,
            quantity: text(walkNode.node.quantity.value), unit: walkNode.node.quantity.unit.rawValue,
            product: walkNode.node.product?.name ?? walkNode.node.productName, category: walkNode.node.product?.category,
            origin: walkNode.node.origin,
            documents: evidence?.documents ?? [], tests: evidence?.tests ?? [], verified: status?.verified ?? false, depth: depth, next: [])
    }
}
