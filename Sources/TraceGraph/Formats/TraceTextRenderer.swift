import TraceModel

/// A trace as a readable tree: one line per node, indented by depth, with the hop's documents and tests.
public enum TraceTextRenderer {
    /// `result` as text in `language`; with `flags`, each hop shows its flags beside its ✓ and the summary says
    /// whether the trace is compliant. Names, products and places keep the records' text.
    ///
    /// `logged` gives, by record id, the logged time to show beside a hop's `at` (a hub's store).
    public static func render(
        _ result: TraceResult, flags: TraceFlags? = nil, language: Language = .en, logged: [String: String] = [:]
    ) -> String {
        var lines: [String] = []
        func say(_ message: Message) -> String { message.text(language) }
        lines.append(
            say(
                .Trace.header(
                    up: result.direction == .up, start: result.start, nodes: result.nodes.count,
                    parties: result.parties.count)))
        let byCode = Dictionary(result.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        // The edges between two nodes (a batch used in three dishes of one meal), to say so once on the meal's line.
        var between: [String: [TraceEdge]] = [:]
        for edge in result.edges { between[edge.parent + ">" + edge.child, default: []].append(edge) }
        var printed: Set<String> = []
        func walk(_ code: String, from parent: String?, prefix: String, last: Bool, root: Bool) {
            guard let node = byCode[code] else { return }
            let branch = root ? "" : (last ? "└─ " : "├─ ")
            let again = printed.contains(code)
            var line = say(headline(node, flags?.of(node.code) ?? [], logged: logged[node.record]))
            if node.type == .meal, let parent, result.direction == .down,
                let share = mealShare(between[parent + ">" + code] ?? [])
            {
                line += say(share)
            }
            lines.append(prefix + branch + line + (again ? say(.Trace.seeAbove) : ""))
            guard !again else { return }
            printed.insert(code)
            let childPrefix = prefix + (root ? "" : (last ? "   " : "│  "))
            for detail in details(node) {
                lines.append(childPrefix + (node.next.isEmpty ? "   " : "│  ") + say(detail))
            }
            let shown = visibleChildren(of: node, byCode: byCode)
            for (index, next) in shown.codes.enumerated() {
                walk(
                    next, from: code, prefix: childPrefix, last: index == shown.codes.count - 1 && shown.hidden == nil,
                    root: false)
            }
            if let hidden = shown.hidden { lines.append(childPrefix + "└─ " + say(hidden)) }
        }
        walk(result.start, from: nil, prefix: "", last: true, root: true)
        if !result.origins.isEmpty {
            lines.append(say(.Trace.origins(result.origins.map { ($0.code, $0.partyName, $0.role) })))
        }
        if result.direction == .down {
            lines.append(
                say(.Trace.reached(slips: result.slips.count, meals: result.meals.count, parties: result.parties.count))
            )
        }
        lines.append(say(.Trace.complete(result.complete)))
        let gaps = result.gapTexts.count == result.gaps.count ? result.gapTexts : result.gaps.map(Message.verbatim)
        for gap in gaps.prefix(gapsShown) { lines.append(say(.Trace.gap(gap))) }
        if gaps.count > gapsShown { lines.append(say(.Trace.moreGaps(gaps.count - gapsShown))) }
        // Nobody judged the hops (a trace made by a library caller): say nothing about compliance.
        if let flags { lines.append(say(compliance(result, flags))) }
        return lines.joined(separator: "\n")
    }

    /// `compliant: yes|NO`, with the hops flagged per kind; warnings (a voided sale) are counted apart.
    static func compliance(_ result: TraceResult, _ flags: TraceFlags) -> Message {
        func counts(_ serious: Bool) -> (hops: Int, kinds: [(kind: Message, count: Int)]) {
            var kinds: [TraceFlag.Kind: Int] = [:]
            var hops = 0
            for node in result.nodes {
                let chosen = flags.of(node.code).filter { ($0.level >= .violation) == serious }
                guard !chosen.isEmpty else { continue }
                hops += 1
                for kind in Set(chosen.map(\.kind)) { kinds[kind, default: 0] += 1 }
            }
            return (hops, TraceFlag.Kind.allCases.compactMap { kind in kinds[kind].map { (kind.name, $0) } })
        }
        let (flagged, kinds) = counts(true)
        let (warned, warnings) = counts(false)
        return Message.Trace.compliance(hops: flagged, counts: kinds, warnedHops: warned, warnings: warnings)
    }

    /// What a batch gave a meal, on the meal's line of a downstream trace: `← 3 dishes, 50 kg` (each ingredient
    /// line is an edge).
    static func mealShare(_ edges: [TraceEdge]) -> Message? {
        guard !edges.isEmpty else { return nil }
        var totals: [String: Amount] = [:]
        for edge in edges { totals[edge.unit, default: .zero] += Amount(edge.quantity) ?? .zero }
        let amounts = totals.keys.sorted().map { unit in
            Message.Trace.unit(unit).map { "\(totals[unit]!.description) \($0)" }
        }
        return Message.Trace.mealShare(dishes: edges.count, amounts: amounts)
    }

    /// Long runs of slips and meals (leaves) are cut to a few, with a count of the rest.
    static func visibleChildren(of node: TraceNode, byCode: [String: TraceNode]) -> (codes: [String], hidden: Message?)
    {
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
        let hidden = hiddenSlips + hiddenMeals > 0 ? Message.Trace.hidden(slips: hiddenSlips, meals: hiddenMeals) : nil
        return (codes, hidden)
    }

    /// Gaps listed in text; JSON lists them all.
    static let gapsShown = 5

    static func headline(_ node: TraceNode, _ flags: [TraceFlag] = [], logged: String? = nil) -> Message {
        var check = Message.Trace.check(verified: node.verified)
        if let attested = node.attested {
            let by = Message(
                "trace.attested", zh: "由 \(attested.by) 证明（非签名）", en: "ATTESTED by \(attested.by)")
            check = node.verified ? by : check.appending(by, zhSeparator: " ", enSeparator: " ")
        }
        if !flags.isEmpty {
            check = check.appending(
                .Trace.flags(flags.map { ($0.kind.name, $0.text) }), zhSeparator: " ", enSeparator: " ")
        }
        let (type, unit, step) = (
            Message.Trace.nodeType(node.type.rawValue), Message.Trace.unit(node.unit), Message.Trace.step(node.kind)
        )
        let role = Message.Trace.role(node.role)
        let product = node.product.map { " \($0)" } ?? ""
        let who = "\(node.partyName)（\(node.party)）"
        let at = logged.map { Message.Trace.loggedAt(node.at, logged: $0) } ?? .verbatim(node.at)
        return Message(
            "trace.hop",
            zh:
                "\(node.code) \(type.zh)\(product) \(node.quantity) \(unit.zh) — \(who)[\(role.zh)] \(step.zh) \(at.zh) \(check.zh)",
            en:
                "\(node.code) \(type.en)\(product) \(node.quantity) \(unit.en) — \(who)[\(role.en)] \(step.en) \(at.en) \(check.en)"
        )
    }

    static func details(_ node: TraceNode) -> [Message] {
        var lines: [Message] = []
        if let attested = node.attested {
            lines.append(
                Message(
                    "trace.attested-detail",
                    zh:
                        "由 \(attested.by) 依据 \(attested.from) 发送的文件 \(attested.document) 证明，并非该方 \(attested.partyKey) 签名；事件 \(attested.event)",
                    en:
                        "attested by \(attested.by) from document \(attested.document) (sent by \(attested.from)), not signed by the party \(attested.partyKey); event \(attested.event)"
                ))
            if let declaration = attested.declaredInErrorBy {
                lines.append(
                    Message(
                        "trace.attested-declared-in-error",
                        zh: "发送方已声明该事件有误（记录 \(declaration)）",
                        en: "DECLARED IN ERROR by the partner (errorDeclaration, record \(declaration))"))
            }
        }
        if let origin = node.origin, node.kind == .produce {
            lines.append(.Trace.origin(name: origin.name, area: origin.area))
        }
        for document in node.documents {
            lines.append(
                .Trace.document(
                    document.type, number: document.number, issuer: document.issuer, certified: document.certified))
        }
        for test in node.tests {
            lines.append(.Trace.test(analyte: test.analyte, method: test.method, result: test.result, at: test.at))
        }
        return lines
    }
}
