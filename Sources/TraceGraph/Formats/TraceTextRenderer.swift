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
        var printed: Set<String> = []
        func walk(_ code: String, prefix: String, last: Bool, root: Bool) {
            guard let node = byCode[code] else { return }
            let branch = root ? "" : (last ? "└─ " : "├─ ")
            let again = printed.contains(code)
            lines.append(prefix + branch + headline(node, flags?.of(node.code) ?? []) + (again ? "  (see above)" : ""))
            guard !again else { return }
            printed.insert(code)
            let childPrefix = prefix + (root ? "" : (last ? "   " : "│  "))
            for detail in details(node) { lines.append(childPrefix + (node.next.isEmpty ? "   " : "│  ") + detail) }
            let shown = visibleChildren(of: node, byCode: byCode)
            for (index, next) in shown.codes.enumerated() {
                walk(
                    next, prefix: childPrefix, last: index == shown.codes.count - 1 && shown.hidden.isEmpty, root: false
                )
            }
            if !shown.hidden.isEmpty {
                lines.append(childPrefix + "└─ … " + shown.hidden + " (--format json lists all)")
            }
        }
        walk(result.start, prefix: "", last: true, root: true)
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
        let flagged = result.nodes.filter { !(flags?.of($0.code).isEmpty ?? true) }
        if flags == nil {
            // Nobody judged the hops (a trace made by a library caller): say nothing about compliance.
        } else if flagged.isEmpty {
            lines.append("compliant: yes (no problem on any hop)")
        } else {
            var kinds: [TraceFlag.Kind: Int] = [:]
            for node in flagged {
                for kind in Set((flags?.of(node.code) ?? []).map(\.kind)) { kinds[kind, default: 0] += 1 }
            }
            let counts = TraceFlag.Kind.allCases.compactMap { kind in kinds[kind].map { "\(kind.rawValue) \($0)" } }
            lines.append(
                "compliant: NO — \(flagged.count) hop\(flagged.count == 1 ? "" : "s") flagged (\(counts.joined(separator: ", ")))"
            )
        }
        return lines.joined(separator: "\n")
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

    /// Gaps listed in text; JSON lists them all.
    static let gapsShown = 5

    static func headline(_ node: TraceNode, _ flags: [TraceFlag] = []) -> String {
        var check = node.verified ? "✓" : "✗ UNVERIFIED"
        if !flags.isEmpty {
            check += " ⚠ " + flags.map { "\($0.kind.rawValue): \($0.detail)" }.joined(separator: "; ")
        }
        let product = node.product.map { " \($0)" } ?? ""
        return
            "\(node.code) \(node.type.rawValue)\(product) \(node.quantity) \(node.unit) — \(node.partyName)（\(node.party)）[\(node.role?.rawValue ?? "?")] \(node.kind.rawValue) \(node.at) \(check)"
    }

    static func details(_ node: TraceNode) -> [String] {
        var lines: [String] = []
        if let origin = node.origin, node.kind == .produce { lines.append("origin: \(origin.name) (\(origin.area))") }
        for document in node.documents {
            let status = document.certified ? "issued by \(document.issuer ?? "?")" : "NOT CERTIFIED in the store"
            lines.append("\(document.type.rawValue) \(document.number) — \(status)")
        }
        for test in node.tests { lines.append("test \(test.analyte) \(test.method): \(test.result) (\(test.at))") }
        return lines
    }
}
