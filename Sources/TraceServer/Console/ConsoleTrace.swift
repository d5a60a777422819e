import TraceGraph
import TraceModel
import TraceService
import TraceStore

/// A trace as a tree of collapsible hops (`<details>`, so it folds with JavaScript off too), each hop with its
/// party, quantity, time, signature state and flags, and on a hub's store its record's logged time beside its time:
/// the same ``FlaggedTrace`` as `foodtrace trace`, logged-late and logged-after-revocation flags included.
enum ConsoleTrace {
    /// Hops drawn at most; a downstream trace of a farm lot reaches thousands of slips.
    static let limit = 400
    /// Hops this far from the start are drawn open; deeper ones folded.
    static let openDepth = 2

    static func page(store: TraceStore, code: String, up: Bool, language: Language) throws -> ConsolePage? {
        guard try store.recordID(forCode: code) != nil else { return nil }
        let traced = try FlaggedTrace(code: code, direction: up ? .up : .down, store: store)
        let (result, flags) = (traced.result, traced.flags)
        let w = language.word
        var tree = TreeWriter(result: result, flags: flags, logged: traced.logged, language: language)
        tree.hop(result.start, depth: 0)
        let other = up ? "down" : "up"
        let body = """
            <p class="summary" id="summary" data-complete="\(result.complete)" data-compliant="\(flags.compliant)">
            \(result.nodes.count) \(w(Words.hops)) · \(w(result.complete ? Words.complete : Words.incomplete)) ·
            \(flags.compliant ? w(Words.compliant) : "<b class=\"late\">\(w(Words.flags(flags.all.count)))</b>")
            · <a href="/console/trace/\(code)?dir=\(other)\(language.and)">\(w(up ? Words.traceDown : Words.traceUp))</a></p>
            <p class="tools"><button type="button" id="expand-all" hidden>\(w(Words.expandAll))</button>
            <button type="button" id="collapse-all" hidden>\(w(Words.collapseAll))</button></p>
            <div class="tree" id="tree">\(tree.html)</div>
            \(tree.drawn < result.nodes.count ? "<p class=\"hint\" id=\"more\">\(result.nodes.count - tree.drawn) \(w(Words.moreHops))</p>" : "")
            """
        let title = "\(w(up ? Words.traceUp : Words.traceDown)) \((try? TraceCode(validating: code))?.grouped ?? code)"
        return ConsolePage(title: title, language: language, body: body)
    }

    /// Writes the hops depth first from the start; a hop reached twice (a merge) is drawn once and then named.
    struct TreeWriter {
        let nodes: [String: TraceNode]
        let flags: TraceFlags
        /// Logged time by record id (a store with a transparency log).
        let logged: [String: String]
        let language: Language
        var html = ""
        var drawn = 0
        var seen: Set<String> = []

        init(result: TraceResult, flags: TraceFlags, logged: [String: String], language: Language) {
            nodes = Dictionary(result.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            self.flags = flags
            self.logged = logged
            self.language = language
        }

        mutating func hop(_ code: String, depth: Int) {
            guard let node = nodes[code], drawn < ConsoleTrace.limit else { return }
            let line = summary(node)
            guard seen.insert(code).inserted else {
                html += "<div class=\"hop again\">↺ \(line)</div>"
                return
            }
            drawn += 1
            let children = node.next.filter { nodes[$0] != nil }
            if children.isEmpty {
                html += "<div class=\"hop leaf\" data-code=\"\(code)\">\(line)</div>"
                return
            }
            html += "<details class=\"hop\" data-code=\"\(code)\"\(depth < ConsoleTrace.openDepth ? " open" : "")>"
            html += "<summary>\(line)</summary><div class=\"children\">"
            for child in children { hop(child, depth: depth + 1) }
            html += "</div></details>"
        }

        func summary(_ node: TraceNode) -> String {
            let hopFlags = flags.of(node.code)
            let marks = hopFlags.map {
                "<span class=\"flag \($0.level.rawValue)\" data-kind=\"\($0.kind.rawValue)\" title=\"\(language.word($0.text))\">\(language.word(Message.Flag.kind($0.kind.rawValue)))</span>"
            }.joined(separator: " ")
            let product = node.product.map { " \(MarkupText.escape($0))" } ?? ""
            // The time, and on a hub's store the logged time beside it; escaped either way.
            let at =
                logged[node.record].map { language.word(Message.Trace.loggedAt(node.at, logged: $0)) }
                ?? MarkupText.escape(node.at)
            return """
                <span class="kind" data-kind="\(node.kind.rawValue)">\(language.word(Message.Trace.step(node.kind)))</span> \
                <a href="/console/trace/\(node.code)?dir=up\(language.and)"><code>\(MarkupText.escape(node.code))</code></a>\(product) \
                \(MarkupText.escape(node.quantity)) \(language.word(Message.Trace.unit(node.unit))) — \(MarkupText.escape(node.partyName)) <code>\(MarkupText.escape(node.party))</code> \
                <time>\(at)</time> <span class="sig \(node.verified ? "ok" : "bad")" title="\(language.word(node.verified ? Words.signatureGood : Words.signatureBad)) \(MarkupText.escape(node.record))">\
                \(node.verified ? "✓" : "✗")</span> \(marks)
                """
        }
    }
}
