import FoodTraceKit
import Recall
import TraceGraph
import TraceModel
import TraceStore

/// The drill history: the recall drills stored in a month (signed `test` records, analyte `mock-recall`), each with
/// its party, lot, result and what it accounted for, linked to its report when the hub holds the report the record's
/// hash names (``DrillReportFolder``).
enum ConsoleDrills {
    static func page(
        store: TraceStore, reports: DrillReportFolder, filter: FindingsFilter, language: Language
    ) throws -> ConsolePage {
        let w = language.word
        let window = AuditScope(
            since: filter.period.start.epochMilliseconds, until: filter.period.end.epochMilliseconds)
        let (drills, names) = try store.withAuditQuery { query in
            let names = Dictionary(try query.parties().map { ($0.id, $0.name) }, uniquingKeysWith: { $1 })
            return (try StoredDrills.all(query, window), names)
        }
        let path = "/console/drills"
        var body = """
            <form method="get" action="\(path)" class="filters" id="filters">
            <label>\(w(Words.period)) <input name="period" id="period" value="\(filter.period)" \
            pattern="\\d{4}-\\d{2}" placeholder="\(w(Words.periodHelp))" size="8"></label>\
            \(language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "")
            <button type="submit">\(w(Words.filter))</button></form>
            <p class="actions"><a id="previous" href="\(path)\(filter.query(period: filter.previous, scopeOnly: true, language: language))">\
            ← \(w(Words.previousMonth))</a> · <a id="next" href="\(path)\(filter.query(period: filter.next, scopeOnly: true, language: language))">\
            \(w(Words.nextMonth)) →</a></p>
            """
        guard !drills.isEmpty else {
            return ConsolePage(
                title: Words.drills.text(language), language: language,
                body: body + "<p id=\"no-drills\">\(w(Words.noDrills))</p>")
        }
        body += "<table id=\"drills\"><thead><tr><th>\(w(Words.time))</th><th>\(w(Words.party))</th>"
        body += "<th>\(w(Words.lot))</th><th>\(w(Words.result))</th><th>\(w(Words.accounted))</th>"
        body += "<th>\(w(Words.report))</th></tr></thead><tbody>"
        for drill in drills.sorted(by: { $0.atMilliseconds > $1.atMilliseconds }) {
            let held = drill.reportSHA256.map { reports.bytes(sha256: $0) != nil } ?? false
            let report =
                held
                ? "<a class=\"report\" href=\"/console/drills/\(pathEscape(drill.record))/report\(language.query)\">"
                    + "\(w(Words.drillReport))</a>"
                : "<span class=\"missing\">\(w(Words.reportMissing))</span>"
            body += "<tr class=\"drill\(drill.passed ? "" : " late")\" data-passed=\"\(drill.passed)\" "
            body += "data-record=\"\(MarkupText.escape(drill.record))\" data-report=\"\(held)\">"
            body += "<td><time>\(MarkupText.escape(drill.at))</time></td>"
            body +=
                "<td>\(MarkupText.escape(names[drill.party] ?? "")) <code>\(MarkupText.escape(drill.party))</code></td>"
            body += "<td><a href=\"/console/trace/\(pathEscape(drill.lot))?dir=down\(language.and)\">"
            body += "<code>\(MarkupText.escape(drill.lot))</code></a></td>"
            body += "<td>\(w(drill.passed ? Words.passed : Words.failed))</td>"
            body += "<td>\(figures(drill.value, language))</td>"
            body +=
                "<td>\(report) <a class=\"record\" href=\"/console/records/\(pathEscape(drill.record))\(language.query)\">"
            body += "<code>\(MarkupText.escape(RecordID.short(drill.record)))</code></a></td></tr>"
        }
        body += "</tbody></table>"
        return ConsolePage(title: Words.drills.text(language), language: language, body: body)
    }

    /// `<accounted>% in <ms> ms; report sha256:…` (``StoredDrill/value(accountedPercent:milliseconds:reportSHA256:)``)
    /// in the page's language; a value of another form as stored.
    static func figures(_ value: String, _ language: Language) -> String {
        guard let match = value.firstMatch(of: /^([0-9.]+)% in ([0-9]+) ms/) else { return MarkupText.escape(value) }
        return language.word(Words.drillFigures(percent: String(match.output.1), milliseconds: String(match.output.2)))
    }

    /// The report of stored drill `record` as its own page (the drill HTML of `foodtrace recall drill`), when the
    /// hub holds the JSON report whose SHA-256 the record names.
    static func report(
        store: TraceStore, reports: DrillReportFolder, record: String, language: Language
    ) throws -> String {
        let drill = try store.withAuditQuery { query in try StoredDrills.all(query).first { $0.record == record } }
        guard let drill else { throw ConsoleProblem(.notFound, Words.noDrill(record)) }
        guard let sha256 = drill.reportSHA256, let bytes = reports.bytes(sha256: sha256),
            let report = DrillReportFolder.decode(bytes)
        else {
            throw ConsoleProblem(
                .notFound, Words.reportMissing.appending(.verbatim("sha256:\(drill.reportSHA256 ?? "—")")))
        }
        return DrillHTMLRenderer.render(report, reportSHA256: sha256, language: language)
    }
}
