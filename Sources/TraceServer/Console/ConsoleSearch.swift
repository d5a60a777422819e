import TraceGraph
import TraceModel
import TraceStore

/// The console's search: a trace code (with links up and down), else the parties whose id or name contains the text,
/// the stalls of a market id, or the parties of an area code (a county, a prefecture `5101 00`, a province `51 0000`).
enum ConsoleSearch {
    static let limit = 200

    static func page(store: TraceStore, query: String, language: Language) throws -> ConsolePage {
        let w = language.word
        let text = query.trimmingCharacters(in: .whitespaces)
        var body = """
            <form method="get" action="/console" class="search" role="search">
            <input type="search" name="q" id="q" value="\(MarkupText.escape(text))" placeholder="\(w(Words.searchHelp))" autofocus>
            \(language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "")
            <button type="submit">\(w(Words.search))</button></form>
            """
        guard !text.isEmpty else { return ConsolePage(title: w(Words.search), language: language, body: body) }
        let digits = text.filter { !$0.isWhitespace }
        var found = false
        if digits.count == 20, let code = try? TraceCode(validating: digits),
            try store.recordID(forCode: code.digits) != nil
        {
            found = true
            body += """
                <section id="code-result"><h2>\(w(Words.code)) \(MarkupText.escape(code.grouped))</h2><p>
                <a id="trace-up" href="/console/trace/\(code.digits)?dir=up\(language.and)">\(w(Words.traceUp))</a> ·
                <a id="trace-down" href="/console/trace/\(code.digits)?dir=down\(language.and)">\(w(Words.traceDown))</a></p></section>
                """
        }
        let parties = try store.registeredParties().map(\.info).filter { matches($0, text) }
        if !parties.isEmpty {
            found = true
            body +=
                "<table id=\"parties\"><thead><tr><th>\(w(Words.party))</th><th>\(w(Words.name))</th><th>\(w(Words.role))</th>"
            body += "<th>\(w(Words.area))</th><th>\(w(Words.market))</th></tr></thead><tbody>"
            for party in parties.prefix(limit) {
                body +=
                    "<tr><td><code>\(MarkupText.escape(party.id))</code></td><td>\(MarkupText.escape(party.name))</td>"
                body += "<td>\(w(Message.Trace.role(party.role)))</td><td>\(MarkupText.escape(party.area))</td>"
                body +=
                    "<td>\(party.parent.map { "<a href=\"/console?q=\(queryEscape($0))\(language.and)\">\(MarkupText.escape($0))</a>" } ?? "")</td></tr>"
            }
            body += "</tbody></table>"
            if parties.count > limit {
                body += "<p class=\"hint\">\(w(Words.morePartiesThan(parties.count, shown: limit)))</p>"
            }
        }
        if !found { body += "<p id=\"no-match\">\(w(Words.noMatch))</p>" }
        return ConsolePage(title: w(Words.search), language: language, body: body)
    }

    /// Whether `party` answers `text`: an area code by its level, else its id, its name or its market.
    static func matches(_ party: PartyInfo, _ text: String) -> Bool {
        if text.count == 6, text.allSatisfy(\.isNumber) {
            if text.hasSuffix("0000") { return party.area.hasPrefix(text.prefix(2)) }
            if text.hasSuffix("00") { return party.area.hasPrefix(text.prefix(4)) }
            return party.area == text
        }
        let upper = text.uppercased()
        return party.id.uppercased().contains(upper) || party.name.contains(text) || party.parent == upper
    }
}
