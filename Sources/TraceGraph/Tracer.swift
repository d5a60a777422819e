import TraceModel

/// Walks the graph hop by hop from a trace code: upstream to the farms, downstream to every slip and meal.
///
/// The walk is breadth first, one level at a time: each level's edges, with the nodes they reach, are read with
/// one batched ``GraphReader`` call. What the walk shows of its nodes besides (their holders, upstream their
/// documents and tests, downstream their shipments) is then read with one batched call per concern for the whole
/// walk, and the nodes are described in the order visited, so the result is the same as visiting them one by one.
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

    /// A node the walk visits, in the order visited.
    private struct Visit {
        let node: WalkNode
        /// Downstream, the parent of the edge the node was first reached by.
        let from: String?
        let depth: Int
        /// The node's edges on the walk's side, each with the node at its far end.
        var steps: [WalkStep] = []
        /// A slip's or meal's batch, when known (the parent of its first input).
        var batch: String?
    }

    /// What an edge of the walk did, by the order the walk took the edges.
    private enum Reach: UInt8 {
        /// The far end was visited already (or is reached again).
        case again
        /// The far end is reached first by this edge and visited.
        case first
        /// The far end is reached first by this edge and is not in the store.
        case missing
    }

    private mutating func walk(from code: String, direction: TraceResult.Direction) throws -> TraceResult {
        guard let start = try reader.walkNodes([code]).first ?? nil else {
            throw TraceError(Message.noTraceCode(code))
        }
        var visits = [Visit(node: start, from: nil, depth: 0)]
        var reaches: [Reach] = []
        var seen: Set<String> = [code]
        var levelStart = 0
        while levelStart < visits.count {
            let level = levelStart..<visits.count
            levelStart = visits.count
            try step(level, of: &visits, direction: direction, reaches: &reaches, seen: &seen)
        }
        try readBatches(of: &visits, direction: direction)
        try readHolders(of: visits)
        let attestations = try reader.attestations(of: visits.map(\.node.node.record))
        let evidence = direction == .up ? try reader.evidence(for: visits.map(\.node.node.code)) : []
        var shipments: [[Shipment]] = []
        var shipmentIndex: [Int] = []
        if direction == .down {
            let lots = visits.indices.filter { visits[$0].node.node.type == .batch }
            shipments = try reader.shipments(of: lots.map { visits[$0].node.node.code })
            shipmentIndex = Array(repeating: -1, count: visits.count)
            for (position, index) in lots.enumerated() { shipmentIndex[index] = position }
        }

        var result = TraceResult(
            direction: direction, start: code, complete: true, gaps: [], origins: [], nodes: [], edges: [],
            inTransit: [])
        result.nodes.reserveCapacity(visits.count)
        var reachIndex = 0
        for (index, visit) in visits.enumerated() {
            let walkNode = visit.node
            var traceNode = describe(walkNode, depth: visit.depth, evidence: evidence.isEmpty ? nil : evidence[index])
            if let attestation = attestations[index] {
                traceNode.attested = attestation
                if traceNode.partyName == walkNode.node.holder, let name = attestation.partyName {
                    traceNode.partyName = name
                }
            }
            // One entry per node reached, though several edges (a batch in three dishes of a meal) may lead there.
            var nextSeen: Set<String> = []
            traceNode.next = visit.steps.map { direction == .up ? $0.edge.parent : $0.edge.child }.filter {
                nextSeen.insert($0).inserted
            }
            if walkNode.node.type != .batch, let batch = visit.batch {
                traceNode.batch = batch
            }
            result.nodes.append(traceNode)
            if !traceNode.verified {
                result.addGap(Message.Flag.gapUnverified(code: walkNode.node.code, record: walkNode.node.record))
            }
            for step in visit.steps {
                let edge = step.edge
                let reach = reaches[reachIndex]
                reachIndex += 1
                // Every edge is listed, in both directions: one per movement (each ingredient line of a meal, each
                // input of a transform), even into a node already reached.
                result.edges.append(
                    TraceEdge(
                        parent: edge.parent, child: edge.child, kind: edge.kind, record: edge.record,
                        quantity: text(edge.quantity.value), unit: edge.quantity.unit.rawValue))
                if reach == .missing {
                    let next = direction == .up ? edge.parent : edge.child
                    result.addGap(
                        Message.Flag.gapMissing(code: walkNode.node.code, upstream: direction == .up, next: next))
                }
            }
            if direction == .up, visit.steps.isEmpty { addOrigin(walkNode.node, traceNode, to: &result) }
            if direction == .down, walkNode.node.type == .batch {
                addTransit(walkNode.node, shipments[shipmentIndex[index]], to: &result)
            }
        }
        result.complete = result.gaps.isEmpty
        return result
    }

    /// Reads the edges of one level's nodes with the nodes they reach (one batched read), and visits those reached
    /// first, in the order the level's edges reach them: the next level.
    private func step(
        _ level: Range<Int>, of visits: inout [Visit], direction: TraceResult.Direction, reaches: inout [Reach],
        seen: inout Set<String>
    ) throws {
        // Only nodes with edges on the walk's side are asked for them: upstream those with inputs (not an origin),
        // downstream batches (every edge leaves a batch: a transform's inputs, a shipped batch received, a batch sold
        // or used; a slip or meal is where the chain ends).
        let asked = level.filter { direction == .up ? visits[$0].node.inputs > 0 : visits[$0].node.node.type == .batch }
        let codes = asked.map { visits[$0].node.node.code }
        let answers = direction == .up ? try reader.inputSteps(of: codes) : try reader.outputSteps(of: codes)
        for (index, steps) in zip(asked, answers) { visits[index].steps = steps }
        let depth = visits[level.lowerBound].depth + 1
        for index in level {
            for step in visits[index].steps {
                guard seen.insert(direction == .up ? step.edge.parent : step.edge.child).inserted else {
                    reaches.append(.again)
                    continue
                }
                if let node = step.node {
                    reaches.append(.first)
                    visits.append(Visit(node: node, from: direction == .down ? step.edge.parent : nil, depth: depth))
                } else {
                    reaches.append(.missing)
                }
            }
        }
    }

    /// A slip's or meal's batch: upstream its first input; downstream the node it was reached from when that is its
    /// only input, else its first input, asked for (one batched read).
    private func readBatches(of visits: inout [Visit], direction: TraceResult.Direction) throws {
        var unknown: [Int] = []
        for index in visits.indices where visits[index].node.node.type != .batch {
            if direction == .up {
                visits[index].batch = visits[index].steps.first?.edge.parent
            } else if visits[index].node.inputs == 1, let from = visits[index].from {
                visits[index].batch = from
            } else if visits[index].node.inputs > 0 {
                unknown.append(index)
            }
        }
        guard !unknown.isEmpty else { return }
        for (index, parents) in zip(unknown, try reader.parents(of: unknown.map { visits[$0].node.node.code })) {
            visits[index].batch = parents.first?.parent
        }
    }

    /// The name and role of every holder not known yet, in one batched read.
    private mutating func readHolders(of visits: [Visit]) throws {
        var holders: [String] = []
        var asked: Set<String> = []
        for visit in visits
        where parties[visit.node.node.holder] == nil && asked.insert(visit.node.node.holder).inserted {
            holders.append(visit.node.node.holder)
        }
        guard !holders.isEmpty else { return }
        for (id, info) in zip(holders, try reader.parties(holders)) { parties[id] = info.map { ($0.name, $0.role) } }
    }

    private func addOrigin(_ node: GraphNode, _ traceNode: TraceNode, to result: inout TraceResult) {
        result.origins.append(
            TraceOrigin(code: node.code, party: node.holder, partyName: traceNode.partyName, role: traceNode.role))
        if traceNode.attested != nil, node.kind == .produce {
            // A partner's commissioning event: an origin on its word (the node says so); its role is not known.
            return
        }
        if node.kind != .produce {
            result.addGap(Message.Flag.gapNoInput(code: node.code, kind: node.kind))
        } else if traceNode.role != .farm {
            result.addGap(Message.Flag.gapNotFarm(code: node.code, holder: node.holder))
        }
    }

    private func addTransit(_ node: GraphNode, _ shipments: [Shipment], to result: inout TraceResult) {
        for shipment in shipments where shipment.receivedBy == nil {
            result.inTransit.append(
                TraceShipment(
                    record: shipment.record, shipment: shipment.shipment, batch: shipment.batch, from: shipment.sender,
                    to: shipment.receiver, quantity: shipment.quantity.value.description,
                    unit: shipment.quantity.unit.rawValue))
            result.addGap(
                Message.Flag.gapInTransit(code: node.code, shipment: shipment.shipment, receiver: shipment.receiver))
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
            partyName: party?.name ?? walkNode.node.holder, role: party?.role, kind: walkNode.node.kind,
            record: walkNode.node.record,
            at: status?.at ?? Timestamp(epochMilliseconds: walkNode.node.atMilliseconds).text,
            quantity: text(walkNode.node.quantity.value), unit: walkNode.node.quantity.unit.rawValue,
            product: walkNode.node.product?.name ?? walkNode.node.productName,
            category: walkNode.node.product?.category,
            origin: walkNode.node.origin,
            documents: evidence?.documents ?? [], tests: evidence?.tests ?? [], verified: status?.verified ?? false,
            attested: nil, depth: depth, next: [])
    }
}
