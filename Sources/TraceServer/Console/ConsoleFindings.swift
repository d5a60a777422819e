import FoodTraceKit
import TraceModel
import TraceReport

/// The findings page: a month's audit findings in a market or area (the period report's, ``PeriodReportCache``), by
/// severity, rule and party, each count a link that narrows the list, and the list itself with each finding's
/// evidence linked to the record page. A form of plain links and a GET form: it works with JavaScript off.
enum ConsoleFindings {
    /// Findings listed at most; the counts above the list cover them all.
    static let limit = 500
    /// Parties listed at most in the by-party table.
    static let partyLimit = 50

    static func page(report: PeriodReport, filter: FindingsFilter, language: Language) -> ConsolePage {
        let w = language.word
        let kept = filter.entries(report)
        var body = form(filter, language)
        body += """
            <p class="actions"><a id="previous" href="/console/findings\(filter.query(period: filter.previous, language: language))">\
            ← \(w(Words.previousMonth))</a> · <a id="next" href="/console/findings\(filter.query(period: filter.next, language: language))">\
            \(w(Words.nextMonth)) →</a> · <a id="download" href="/console/report\(filter.query(scopeOnly: true, language: language))">\
            \(w(Words.downloadReport))</a></p>
            <p id="scope">\(w(Message.Report.scope))\(language.pick("：", ": ")) \(w(report.scope.text)) · \(w(Words.period)) \
            <b>\(MarkupText.escape(report.period.description))</b> · \(w(Message.Report.generated)) \
            <time>\(MarkupText.escape(report.generated))</time></p>
            """
        guard !kept.isEmpty else {
            return ConsolePage(
                title: Words.findings.text(language), language: language,
                body: body + "<p id=\"no-findings\">\(w(Words.noFindings))</p>")
        }
        body += bySeverity(kept, filter, language) + byRule(kept, report, filter, language)
        body += byParty(kept, filter, language) + list(kept, report, language)
        return ConsolePage(title: Words.findings.text(language), language: language, body: body)
    }

    /// The filters as a GET form; the rule and party chosen by a link ride along as hidden fields.
    static func form(_ filter: FindingsFilter, _ language: Language) -> String {
        let w = language.word
        let options = Severity.allCases.reversed().map { severity in
            "<option value=\"\(severity.rawValue)\"\(severity == filter.minimum ? " selected" : "")>"
                + "\(w(Message.severityName(severity.rawValue)))</option>"
        }.joined()
        var hidden = ""
        var chosen: [String] = []
        if let rule = filter.rule {
            hidden += "<input type=\"hidden\" name=\"rule\" value=\"\(MarkupText.escape(rule))\">"
            chosen.append("\(w(Words.onlyRule)) <code id=\"only-rule\">\(MarkupText.escape(rule))</code>")
        }
        if let party = filter.party {
            hidden += "<input type=\"hidden\" name=\"party\" value=\"\(MarkupText.escape(party))\">"
            chosen.append("\(w(Words.onlyParty)) <code id=\"only-party\">\(MarkupText.escape(party))</code>")
        }
        if language == .en { hidden += "<input type=\"hidden\" name=\"lang\" value=\"en\">" }
        let clear =
            chosen.isEmpty
            ? ""
            : "<p class=\"chosen\">\(chosen.joined(separator: " · ")) · <a id=\"clear\" href=\"/console/findings"
                + "\(filter.query(rule: .some(nil), party: .some(nil), language: language))\">\(w(Words.clearFilters))</a></p>"
        return """
            <form method="get" action="/console/findings" class="filters" id="filters">
            <label>\(w(Words.period)) <input name="period" id="period" value="\(filter.period)" \
            pattern="\\d{4}-\\d{2}" placeholder="\(w(Words.periodHelp))" size="8"></label>
            <label>\(w(Words.market)) <input name="market" id="market" value="\(MarkupText.escape(filter.market ?? ""))" \
            placeholder="\(w(Words.marketHelp))" size="14"></label>
            <label>\(w(Words.area)) <input name="area" id="area" value="\(MarkupText.escape(filter.area ?? ""))" \
            placeholder="\(w(Words.areaHelp))" size="7"></label>
            <label>\(w(Words.minimumSeverity)) <select name="severity" id="severity">\(options)</select></label>
            \(hidden)<button type="submit">\(w(Words.filter))</button></form>\(clear)
            """
    }

    static func bySeverity(_ kept: [PeriodReport.Entry], _ filter: FindingsFilter, _ language: Language) -> String {
        let w = language.word
        var rows = ""
        for severity in Severity.allCases.reversed() where severity >= filter.minimum {
            let count = kept.filter { $0.finding.severity == severity }.count
            rows += "<tr data-severity=\"\(severity.rawValue)\"><td><a class=\"sev sev-\(severity.rawValue)\" "
            rows += "href=\"/console/findings\(filter.query(severity: severity, language: language))\">"
            rows += "\(w(Message.severityName(severity.rawValue)))</a></td><td class=\"num\">\(count)</td></tr>"
        }
        return """
            <section id="by-severity"><h2>\(w(Message.Report.bySeverity))</h2><table><thead><tr>\
            <th>\(w(Message.Report.severity))</th><th class="num">\(w(Message.Report.count))</th></tr></thead>\
            <tbody>\(rows)</tbody></table></section>
            """
    }

    static func byRule(
        _ kept: [PeriodReport.Entry], _ report: PeriodReport, _ filter: FindingsFilter, _ language: Language
    ) -> String {
        let w = language.word
        var counts: [String: (count: Int, worst: Severity)] = [:]
        for entry in kept {
            let previous = counts[entry.finding.rule] ?? (0, .info)
            counts[entry.finding.rule] = (previous.count + 1, max(previous.worst, entry.finding.severity))
        }
        let order = counts.keys.sorted { (counts[$0]!.count, $1) > (counts[$1]!.count, $0) }
        var rows = ""
        for id in order {
            rows += "<tr data-rule=\"\(MarkupText.escape(id))\"><td><a href=\"/console/findings"
            rows +=
                "\(filter.query(rule: .some(id), language: language))\">\(MarkupText.escape(ruleTitle(id, report, language)))</a> "
            rows +=
                "<code>\(MarkupText.escape(id))</code></td><td>\(w(Message.severityName(counts[id]!.worst.rawValue)))</td>"
            rows += "<td class=\"num\">\(counts[id]!.count)</td></tr>"
        }
        return """
            <section id="by-rule"><h2>\(w(Message.Report.byRule))</h2><table><thead><tr>\
            <th>\(w(Message.Report.rule))</th><th>\(w(Message.Report.severity))</th>\
            <th class="num">\(w(Message.Report.count))</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }

    static func byParty(_ kept: [PeriodReport.Entry], _ filter: FindingsFilter, _ language: Language) -> String {
        let w = language.word
        var counts: [String: (name: String, count: Int)] = [:]
        for entry in kept {
            let key = entry.party ?? ""
            counts[key] = (entry.partyName ?? entry.party ?? "", (counts[key]?.count ?? 0) + 1)
        }
        let order = counts.keys.sorted { (counts[$0]!.count, $1) > (counts[$1]!.count, $0) }
        var rows = ""
        for id in order.prefix(partyLimit) {
            let name =
                id.isEmpty
                ? w(Words.noParty)
                : "<a href=\"/console/findings\(filter.query(party: .some(id), language: language))\">"
                    + "\(MarkupText.escape(counts[id]!.name))</a> <code>\(MarkupText.escape(id))</code>"
            rows +=
                "<tr data-party=\"\(MarkupText.escape(id))\"><td>\(name)</td><td class=\"num\">\(counts[id]!.count)</td></tr>"
        }
        return """
            <section id="by-party"><h2>\(w(Message.Report.byParty))</h2><table><thead><tr>\
            <th>\(w(Message.Report.party))</th><th class="num">\(w(Message.Report.count))</th></tr></thead>\
            <tbody>\(rows)</tbody></table></section>
            """
    }

    /// The findings, each with its evidence records linked to the record page and its subject to its trace.
    static func list(_ kept: [PeriodReport.Entry], _ report: PeriodReport, _ language: Language) -> String {
        let w = language.word
        var rows = ""
        for (index, entry) in kept.prefix(limit).enumerated() {
            let finding = entry.finding
            let links = finding.evidence.map { id in
                "<a class=\"evidence\" href=\"/console/records/\(pathEscape(id))\(language.query)\">"
                    + "<code>\(MarkupText.escape(RecordID.short(id)))</code></a>"
            }.joined(separator: " ")
            let party =
                entry.party.map { "\(MarkupText.escape(entry.partyName ?? $0)) <code>\(MarkupText.escape($0))</code>" }
                ?? w(Words.noParty)
            let subject =
                (try? TraceCode(validating: finding.subject)) != nil
                ? "<a href=\"/console/trace/\(finding.subject)?dir=up\(language.and)\"><code>\(finding.subject)</code></a>"
                : "<code>\(MarkupText.escape(finding.subject))</code>"
            rows += "<tr id=\"f-\(index + 1)\" class=\"finding sev-\(finding.severity.rawValue)\" "
            rows += "data-severity=\"\(finding.severity.rawValue)\" data-rule=\"\(MarkupText.escape(finding.rule))\" "
            rows += "data-party=\"\(MarkupText.escape(entry.party ?? ""))\">"
            rows += "<td><span class=\"sev sev-\(finding.severity.rawValue)\">"
            rows += "\(w(Message.severityName(finding.severity.rawValue)))</span></td>"
            rows +=
                "<td title=\"\(MarkupText.escape(finding.rule))\">\(MarkupText.escape(ruleTitle(finding.rule, report, language)))</td>"
            rows += "<td>\(party)</td><td>\(subject)</td><td>\(MarkupText.escape(finding.message(in: language)))</td>"
            rows += "<td class=\"links\">\(links)</td></tr>"
        }
        let more =
            kept.count > limit ? "<p class=\"hint\" id=\"more\">\(kept.count - limit) \(w(Words.moreFindings))</p>" : ""
        return """
            <section id="list"><h2>\(w(Message.Report.findings)) <small>\(w(Words.findingsCount(kept.count)))</small></h2>
            <table id="findings"><thead><tr><th>\(w(Message.Report.severity))</th><th>\(w(Message.Report.rule))</th>\
            <th>\(w(Message.Report.party))</th><th>\(w(Message.Report.subject))</th><th>\(w(Message.Report.finding))</th>\
            <th>\(w(Words.evidence))</th></tr></thead><tbody>\(rows)</tbody></table>\(more)</section>
            """
    }

    static func ruleTitle(_ id: String, _ report: PeriodReport, _ language: Language) -> String {
        guard let rule = report.rules[id] else { return id }
        return language.pick(rule.title, rule.titleEnglish, separator: " / ")
    }
}
