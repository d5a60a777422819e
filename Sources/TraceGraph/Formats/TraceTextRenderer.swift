import TraceModel

/// A trace as a readable tree: one line per node, indented by depth, with the hop's documents and tests.
public enum TraceTextRenderer {
    /// `result` as text; with `flags`, each hop shows its flags beside its ✓ and the summary says whether the
    /// trace is compliant.
    public static func render(_ result: TraceResult, flags: TraceFlags? = nil) -> String {
        var lines: [String] = []
        let arrow = result.direction == .up ? "upstream" : "downstream"
        lines.append(
            "\(arrow) trace from \(result.start): \(result.nodes.count) nodes, \(result.parties.count) parties")
        let byCode = Dictionary(result.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        // The edges between two nodes (a batch used in three dishes of one meal), to say so once on the meal's line.
        var between: [String: [TraceEdge]] = [:]
        for edge in result.edges { between[edge.parent + ">" + edge.child, default: []].append(edge) }
        var printed: Set<String> = []
        func walk(_ code: String, from parent: String?, prefix: String, last: Bool, root: Bool) {
            guard let node = byCode[code] else { return }
            let branch = root ? "" : (last ? "└─ " : "├─ ")
            let again = printed.contains(code)
            var line = prefix + branch + headline(node, flags?.of(node.code) ?? [])
            if node.type == .meal, let parent {
                let key = result.direction == .up ? code + ">" + parent : parent + ">" + code
                line += Self.mealShare(between[key] ?? [], batch: result.direction == .up ? nil : parent)
            }
            lines.append(line + (again ? "  (see above)" : ""))
            guard !again else { return }
            printed.insert(code)
            let childPrefix = prefix + (root ? "" : (last ? "   " : "│  "))
            for detail in details(node) { lines.append(childPrefix + (node.next.isEmpty ? "   " : "│  ") + detail) }
            let shown = visibleChildren(of: node, byCode: byCode)
            for (index, next) in shown.codes.enumerated() {
                walk(
                    next, from: code, prefix: childPrefix,
                    last: index == shown.codes.count - 1 && shown.hidden.isEmpty, root: false)
            }
            if !shown.hidden.isEmpty {
                lines.append(childPrefix + "└─ … " + shown.hidden + " (--format json lists all)")
            }
        }
        walk(result.start, from: nil, prefix: "", last: true, root: true)
        if !result.origins.isEmpty {
            lines.append(
                "origins: "
                    + result.origins.map { "\($0.code) \($0.partyName) (\($0.role?.rawValue ?? "?"))" }.joined(
                        separator: "; "))
        }
        if result.direction == .down {
            lines.append(
                "reached: \(result.slips.count) slips, \(result.meals.count) meals, \(result.parties.count) parties")
        }
        lines.append(result.complete ? "complete: yes (the chain is unbroken)" : "complete: NO")
        for gap in result.gaps.prefix(gapsShown) { lines.append("  gap: \(gap)") }
        if result.gaps.count > gapsShown {
            lines.append("  … and \(result.gaps.count - gapsShown) more gaps (--format json lists all)")
        }
        if let flags {
            lines.append(compliance(result, flags))
        }
        // Nobody judged the hops (a trace made by a library caller): say nothing about compliance.
        return lines.joined(separator: "\n")
    }

    /// `compliant: yes|NO`, with the hops flagged per kind; warnings (a voided sale) are counted apart.
    static func compliance(_ result: TraceResult, _ flags: TraceFlags) -> String {
        func counts(_ serious: Bool) -> (hops: Int, text: String) {
            var kinds: [TraceFlag.Kind: Int] = [:]
            var hops = 0
            for node in result.nodes {
                let chosen = flags.of(node.code).filter { ($0.level >= .violation) == serious }
                guard !chosen.isEmpty else { continue }
                hops += 1
                for kind in Set(chosen.map(\.kind)) { kinds[kind, default: 0] += 1 }
            }
            let text = TraceFlag.Kind.allCases.compactMap { kind in kinds[kind].map { "\(kind.rawValue) \($0)" } }
            return (hops, text.joined(separator: ", "))
        }
        let (flagged, kinds) = counts(true)
        let (warned, warnings) = counts(false)
        let warningText = warned == 0 ? "" : "; \(warned) hop\(warned == 1 ? "" : "s") with a warning (\(warnings))"
        guard flagged > 0 else { return "compliant: yes (no problem on any hop\(warningText))" }
        return "compliant: NO — \(flagged) hop\(flagged == 1 ? "" : "s") flagged (\(kinds))\(warningText)"
    }

    /// Long runs of slips and meals (leaves) are cut to a few, with a count of the rest.
    static func visibleChildren(of node: TraceNode, byCode: [String: TraceNode]) -> (codes: [String], hidden: String) {
        let leafLimit = 4
        var codes: [String] = []
        var hiddenSlips = 0
        var hiddenMeals = 0
        var leaves = 0
        for code in node.next {
            guard let child = byCode[code], child.type != .batch, child.next.isEmpty else {
                codes.append(code)
                continue
            }
            leaves += 1
            if leaves <= leafLimit {
                codes.append(code)
            } else if child.type == .slip {
                hiddenSlips += 1
            } else {
                hiddenMeals += 1
            }
        }
        var parts: [String] = []
        if hiddenSlips > 0 { parts.append("\(hiddenSlips) more slip\(hiddenSlips == 1 ? "" : "s")") }
        if hiddenMeals > 0 { parts.append("\(hiddenMeals) more meal\(hiddenMeals == 1 ? "" : "s")") }
        return (codes, parts.joined(separator: ", "))
    }

    /// What a batch gave a meal, on the meal's line of a downstream trace: `← 3 dishes, 50 kg` (each
    /// ingredient line is an edge).
    static func mealShare(_ edges: [TraceEdge], batch: String?) -> String {
        guard batch != nil, !edges.isEmpty else { return "" }
        var totals: [String: Amount] = [:]
        for edge in edges { totals[edge.unit, default: .zero] += Amount(edge.quantity) ?? .zero }
        let amounts = totals.keys.sorted().map { "\(totals[$0]!.description) \($0)" }.joined(separator: " + ")
        return "  ← \(edges.count) dish\(edges.count == 1 ? "" : "es"), \(amounts)"
    }

    /// Gaps listed in text; JSON lists them all.
    static let gapsShown = 5

    static func headline(_ node: TraceNode, _ flags: [TraceFlag] = []) -> String {
        var check = node.verified ? "✓" : "✗ UNVERIFIED"
        if let attested = node.attested {
            check = (node.verified ? "" : "✗ UNVERIFIED ") + "ATTESTED by \(attested.by)"
        }
        if !flags.isEmpty {
            check += " ⚠ " + flags.map { "\($0.kind.rawValue): \($0.detail)" }.joined(separator: "; ")
        }
        let product = node.product.map { " \($0)" } ?? ""
        return
            "\(node.code) \(node.type.rawValue)\(product) \(node.quantity) \(node.unit) — \(node.partyName)（\(node.party)）[\(node.role?.rawValue ?? "?")] \(node.kind.rawValue) \(node.at) \(check)"
    }

    static func details(_ node: TraceNode) -> [String] {
        var lines: [String] = []
        if let attested = node.attested {
            lines.append(
                "attested by \(attested.by) from document \(attested.document) (sent by \(attested.from)), not signed by the party \(attested.partyKey); event \(attested.event)"
            )
        }
        if let origin = node.origin, node.kind == .produce { lines.append("origin: \(origin.name) (\(origin.area))") }
        for document in node.documents {
            let status = document.certified ? "issued by \(document.issuer ?? "?")" : "NOT CERTIFIED in the store"
            lines.append("\(document.type.rawValue) \(document.number) — \(status)")
        }
        for test in node.tests { lines.append("test \(test.analyte) \(test.method): \(test.result) (\(test.at))") }
        return lines
    }
}
