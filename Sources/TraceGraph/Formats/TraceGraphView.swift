import TraceModel

/// What a picture of a trace shows: the nodes and edges of a ``TraceResult``, cut to a depth and with the slips
/// and meals of each batch drawn as one node ("68 slips, 81.6 kg"), so that a lot sold in hundreds of slips stays
/// readable in Graphviz and within Mermaid's size limit.
public struct TraceGraphView: Sendable {
    /// A box of the picture: a node of the trace, or the slips or meals of one batch taken together.
    public struct Box: Sendable, Hashable {
        public var id: String
        /// Lines of the label, first the code or the count.
        public var lines: [String]
        public var verified: Bool
        public var flagged: Bool
        /// A batch (a box), or a slip, meal or group of them (a note).
        public var isBatch: Bool
    }

    /// An arrow between two boxes, labelled with the kind of step and the quantity.
    public struct Arrow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var label: String
    }

    /// How slips and meals are drawn.
    public enum Collapse: String, Sendable, CaseIterable {
        /// One node per slip and per meal.
        case none
        /// One node per batch for its slips, one for its meals.
        case slips
    }

    /// Beyond this many slips, a downstream picture collapses them unless asked not to.
    public static let collapseAbove = 50

    public private(set) var boxes: [Box] = []
    public private(set) var arrows: [Arrow] = []

    /// The picture of `result`: nodes deeper than `depth` hops left out, slips and meals grouped per `collapse`
    /// (default: grouped for a downstream trace of more than ``collapseAbove`` slips); labels in `language`
    /// (names, products and codes as the records have them).
    public init(
        _ result: TraceResult, flags: TraceFlags? = nil, collapse: Collapse? = nil, depth: Int? = nil,
        language: Language = .en
    ) {
        let grouping =
            collapse ?? (result.direction == .down && result.slips.count > Self.collapseAbove ? .slips : .none)
        let kept = result.nodes.filter { node in depth.map { node.depth <= $0 } ?? true }
        let keptCodes = Set(kept.map(\.code))
        let byCode = Dictionary(kept.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        // Slips and meals drawn inside a group: code → group id.
        var grouped: [String: String] = [:]
        var groups: [String: (type: GraphNode.NodeType, count: Int, totals: [String: Amount], flagged: Bool)] = [:]
        var groupOrder: [String] = []
        if grouping == .slips {
            for edge in result.edges where keptCodes.contains(edge.parent) && keptCodes.contains(edge.child) {
                let (batch, leaf) = result.direction == .up ? (edge.child, edge.parent) : (edge.parent, edge.child)
                guard let node = byCode[leaf], node.type != .batch, byCode[batch]?.type == .batch,
                    grouped[leaf] == nil
                else { continue }
                let id = "g\(batch)\(node.type.rawValue)"
                if groups[id] == nil {
                    groups[id] = (node.type, 0, [:], false)
                    groupOrder.append(id)
                }
                groups[id]?.count += 1
                groups[id]?.totals[node.unit, default: .zero] += Amount(node.quantity) ?? .zero
                if !(flags?.of(node.code).isEmpty ?? true) { groups[id]?.flagged = true }
                grouped[leaf] = id
            }
        }
        for node in kept where grouped[node.code] == nil {
            boxes.append(
                Box(
                    id: node.code, lines: Self.lines(node, flags?.of(node.code) ?? [], language),
                    verified: node.verified,
                    flagged: !(flags?.of(node.code).isEmpty ?? true),
                    isBatch: node.type == .batch))
        }
        for id in groupOrder {
            guard let group = groups[id] else { continue }
            let label = Message.TracePicture.group(
                slips: group.type == .slip, count: group.count, amounts: Self.amounts(group.totals))
            boxes.append(
                Box(
                    id: id, lines: [label.text(language)], verified: true, flagged: group.flagged, isBatch: false))
        }
        // One arrow per pair of boxes; the edges between them (a batch in three dishes of a meal) add up.
        var arrowIndex: [String: Int] = [:]
        var sums: [(kind: RecordKind, lines: Int, totals: [String: Amount], collapsed: Bool)] = []
        for edge in result.edges where keptCodes.contains(edge.parent) && keptCodes.contains(edge.child) {
            let from = grouped[edge.parent] ?? edge.parent
            let to = grouped[edge.child] ?? edge.child
            let collapsed = grouped[edge.parent] != nil || grouped[edge.child] != nil
            let key = from + ">" + to
            let index: Int
            if let known = arrowIndex[key] {
                index = known
            } else {
                index = arrows.count
                arrowIndex[key] = index
                arrows.append(Arrow(from: from, to: to, label: ""))
                sums.append((edge.kind, 0, [:], collapsed))
            }
            sums[index].lines += 1
            sums[index].totals[edge.unit, default: .zero] += Amount(edge.quantity) ?? .zero
        }
        for index in arrows.indices {
            let sum = sums[index]
            arrows[index].label = Message.TracePicture.arrow(
                step: .Trace.step(sum.kind), amounts: sum.collapsed ? [] : Self.amounts(sum.totals), lines: sum.lines
            ).text(language)
        }
    }

    /// Totals per unit, units in the catalogue's words: `81.6 千克` / `81.6 kg`.
    private static func amounts(_ totals: [String: Amount]) -> [Message] {
        totals.keys.sorted().map { unit in Message.Trace.unit(unit).map { "\(totals[unit]!.description) \($0)" } }
    }

    private static func lines(_ node: TraceNode, _ flags: [TraceFlag], _ language: Language) -> [String] {
        let what = node.product ?? Message.Trace.nodeType(node.type.rawValue).text(language)
        var lines = [
            node.code, "\(what) \(node.quantity) \(Message.Trace.unit(node.unit).text(language))",
            "\(node.partyName)（\(node.party)）",
        ]
        if let attested = node.attested { lines.append(Message.TracePicture.attested(by: attested.by).text(language)) }
        if !flags.isEmpty {
            let kinds = Set(flags.map(\.kind))
            let named = TraceFlag.Kind.allCases.filter { kinds.contains($0) }.map(\.name)
            lines.append(Message.TracePicture.flags(named).text(language))
        }
        return lines
    }
}
