import FoodTraceKit
import TraceAudit
import TraceModel

/// The period report as one self-contained HTML page in one language: styles inline, charts as inline SVG, no
/// scripts, no external assets; prints to A4 (`foodtrace report --format pdf` prints it with headless Chromium).
///
/// Every finding links to the records it rests on in the evidence appendix (`#ev-…`), and each appendix entry links
/// back to the findings that cite it.
public struct PeriodReportHTML: Sendable {
    public let report: PeriodReport
    public let language: Language

    public init(_ report: PeriodReport, language: Language) {
        self.report = report
        self.language = language
    }

    /// The findings counted as such: warning and above (info items are figures, shown in their own sections).
    var counted: [PeriodReport.Entry] { report.findings.filter { $0.finding.severity >= .warning } }

    func t(_ message: Message) -> String { MarkupText.escape(message.text(language)) }
    func e(_ text: String) -> String { MarkupText.escape(text) }

    /// The whole page.
    public func render() -> String {
        let sections = [
            summary(), byRule(), byParty(), canteens(), recalls(), drills(), marketSupervision(), findings(),
            evidence(),
        ]
        let contents = sections.map { "<li><a href=\"#\($0.id)\">\(t($0.title))</a></li>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(language.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(Message.Report.title)) \(e(report.period.description))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(t(Message.Report.title))</h1>
            <dl class="meta">
            <dt>\(t(Message.Report.period))</dt><dd id="period">\(e(report.period.description))</dd>
            <dt>\(t(Message.Report.scope))</dt><dd id="scope">\(t(report.scope.text))</dd>
            <dt>\(t(Message.Report.generated))</dt><dd>\(e(report.generated))</dd>
            </dl>
            </header>
            <nav id="contents"><h2>\(t(Message.Report.contents))</h2><ol>\(contents)</ol></nav>
            \(sections.map { "<section id=\"\($0.id)\"><h2>\(t($0.title))</h2>\n\($0.body)</section>" }.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    struct Section {
        var id: String
        var title: Message
        var body: String
    }

    static let severityColours: [Severity: String] = [
        .critical: "#b3001b", .violation: "#e0602b", .warning: "#e8b10c", .info: "#6b8fb3",
    ]

    func summary() -> Section {
        let bars = Severity.allCases.reversed().filter { $0 >= .warning }.map { severity in
            let count = counted.filter { $0.finding.severity == severity }.count
            return SVGBarChart.Bar(
                label: Message.severityName(severity.rawValue).text(language), value: Double(count),
                valueText: "\(count)", colour: Self.severityColours[severity] ?? "#888")
        }
        let failedDrills = report.drills.filter { !$0.passed }.count
        let met = report.canteens.filter(\.met).count
        var body = "<ul class=\"figures\">"
        body += "<li id=\"finding-count\">\(t(Message.Report.findingCount(counted.count)))</li>"
        body += "<li>\(t(Message.Report.canteensMet(met, of: report.canteens.count)))</li>"
        body +=
            "<li>\(t(Message.Report.recallsAndDrills(recalls: report.recalls.count, drills: report.drills.count, failedDrills: failedDrills)))</li>"
        body += "</ul>\n<h3>\(t(Message.Report.bySeverity))</h3>\n"
        body += SVGBarChart(title: Message.Report.bySeverity.text(language), bars: bars).render()
        body += "\n<p class=\"note\">\(t(Message.Report.infoNote))</p>\n"
        return Section(id: "summary", title: Message.Report.summary, body: body)
    }

    func ruleTitle(_ id: String) -> String {
        guard let rule = report.rules[id] else { return id }
        return language.pick(rule.title, rule.titleEnglish, separator: " / ")
    }

    func byRule() -> Section {
        var counts: [String: (count: Int, worst: Severity)] = [:]
        var order: [String] = []
        for entry in counted {
            let id = entry.finding.rule
            if counts[id] == nil { order.append(id) }
            let previous = counts[id] ?? (0, .info)
            counts[id] = (previous.count + 1, max(previous.worst, entry.finding.severity))
        }
        let sorted = order.sorted { (counts[$0]!.count, $1) > (counts[$1]!.count, $0) }
        guard !sorted.isEmpty else { return Section(id: "by-rule", title: Message.Report.byRule, body: none) }
        let bars = sorted.map { id in
            SVGBarChart.Bar(
                label: ruleTitle(id), value: Double(counts[id]!.count), valueText: "\(counts[id]!.count)",
                colour: Self.severityColours[counts[id]!.worst] ?? "#888")
        }
        var body = SVGBarChart(title: Message.Report.byRule.text(language), bars: bars).render()
        body += table(
            [Message.Report.rule, Message.Report.severity, Message.Report.count],
            sorted.map { id in
                [
                    "<span class=\"rule\" title=\"\(e(id))\">\(e(ruleTitle(id)))</span> <code>\(e(id))</code>",
                    t(Message.severityName(counts[id]!.worst.rawValue)), "\(counts[id]!.count)",
                ]
            })
        return Section(id: "by-rule", title: Message.Report.byRule, body: body)
    }

    func byParty() -> Section {
        var counts: [String: (name: String, count: Int)] = [:]
        for entry in counted {
            let key = entry.party ?? ""
            counts[key] = ((entry.partyName ?? entry.party ?? ""), (counts[key]?.count ?? 0) + 1)
        }
        let sorted = counts.keys.sorted { (counts[$0]!.count, $1) > (counts[$1]!.count, $0) }
        guard !sorted.isEmpty else { return Section(id: "by-party", title: Message.Report.byParty, body: none) }
        let label = { (id: String) -> String in
            id.isEmpty ? Message.Report.noParty.text(language) : "\(counts[id]!.name) \(id)"
        }
        let bars = sorted.prefix(15).map { id in
            SVGBarChart.Bar(
                label: label(id), value: Double(counts[id]!.count), valueText: "\(counts[id]!.count)",
                colour: "#e0602b")
        }
        var body = SVGBarChart(title: Message.Report.byParty.text(language), bars: Array(bars)).render()
        body += table(
            [Message.Report.party, Message.Report.count],
            sorted.map { id in
                [
                    id.isEmpty ? t(Message.Report.noParty) : "\(e(counts[id]!.name)) <code>\(e(id))</code>",
                    "\(counts[id]!.count)",
                ]
            })
        return Section(id: "by-party", title: Message.Report.byParty, body: body)
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    func canteens() -> Section {
        guard !report.canteens.isEmpty else {
            return Section(id: "canteens", title: Message.Report.canteens, body: none)
        }
        let target = report.canteens.map(\.target).max() ?? 100
        let bars = report.canteens.map { canteen in
            SVGBarChart.Bar(
                label: canteen.name, value: canteen.percent, valueText: Self.percent(canteen.percent),
                colour: canteen.met ? "#2e8b57" : "#b3001b")
        }
        var body = SVGBarChart(
            title: Message.Report.canteens.text(language), bars: bars, scale: 100,
            target: (target, Message.Report.target.text(language) + " " + Self.percent(target))
        ).render()
        body += table(
            [
                Message.Report.canteen, Message.Report.rate, Message.Report.uses, Message.Report.target,
                Message.Report.result,
            ],
            report.canteens.map { canteen in
                [
                    "\(e(canteen.name)) <code>\(e(canteen.party))</code>", Self.percent(canteen.percent),
                    "\(canteen.traced)/\(canteen.uses)", Self.percent(canteen.target),
                    "<span class=\"\(canteen.met ? "ok" : "bad")\">\(t(canteen.met ? Message.Report.met : Message.Report.notMet))</span>",
                ]
            }, rowClass: "canteen")
        return Section(id: "canteens", title: Message.Report.canteens, body: body)
    }

    func recalls() -> Section {
        guard !report.recalls.isEmpty else { return Section(id: "recalls", title: Message.Report.recalls, body: none) }
        let body = table(
            [
                Message.Report.notice, Message.Report.level, Message.Report.batch, Message.Report.reason,
                Message.Report.issued, Message.Report.state,
            ],
            report.recalls.map { recall in
                [
                    e(recall.notice), "\(recall.level)", "<code>\(e(recall.batch))</code>", e(recall.reason),
                    e(recall.issuedAt), e(recall.state),
                ]
            }, rowClass: "recall")
        return Section(id: "recalls", title: Message.Report.recalls, body: body)
    }

    func drills() -> Section {
        guard !report.drills.isEmpty else { return Section(id: "drills", title: Message.Report.drills, body: none) }
        let body = table(
            [
                Message.Report.time, Message.Report.party, Message.Report.lot, Message.Report.result,
                Message.Report.detail,
            ],
            report.drills.map { drill in
                [
                    e(drill.at), "\(e(drill.partyName)) <code>\(e(drill.party))</code>", "<code>\(e(drill.lot))</code>",
                    "<span class=\"\(drill.passed ? "ok" : "bad")\">\(t(drill.passed ? Message.Report.passed : Message.Report.failed))</span>",
                    e(drill.value),
                ]
            }, rowClass: "drill")
        return Section(id: "drills", title: Message.Report.drills, body: body)
    }

    /// The hook for other plugins' figures (market supervision first): their sections, or a note.
    func marketSupervision() -> Section {
        guard !report.extraSections.isEmpty else {
            return Section(
                id: "market-supervision", title: Message.Report.marketSupervision,
                body: "<p class=\"note\">\(t(Message.Report.marketSupervisionNone))</p>")
        }
        let body = report.extraSections.map { extra in
            "<div class=\"extra\" id=\"\(e(extra.id))\"><h3>\(t(extra.title))</h3>\n\(extra.html)</div>"
        }.joined(separator: "\n")
        return Section(id: "market-supervision", title: Message.Report.marketSupervision, body: body)
    }

    /// How many evidence links a finding shows before "N more" (the appendix lists them all).
    static let shownEvidence = 5

    func findings() -> Section {
        guard !counted.isEmpty else { return Section(id: "findings", title: Message.Report.findings, body: none) }
        let rows = counted.enumerated().map { index, entry in
            let finding = entry.finding
            var links = finding.evidence.prefix(Self.shownEvidence).map { id in
                "<a class=\"evidence\" href=\"#\(PeriodReport.anchor(of: id))\">\(e(RecordID.short(id)))</a>"
            }
            if finding.evidence.count > Self.shownEvidence {
                links.append(t(Message.Report.more(finding.evidence.count - Self.shownEvidence)))
            }
            let party =
                entry.party.map { "\(e(entry.partyName ?? $0)) <code>\(e($0))</code>" } ?? t(Message.Report.noParty)
            return [
                "<span class=\"sev sev-\(finding.severity.rawValue)\">\(t(Message.severityName(finding.severity.rawValue)))</span>",
                "<span title=\"\(e(finding.rule))\">\(e(ruleTitle(finding.rule)))</span>", party,
                "<code>\(e(finding.subject))</code>", e(finding.message(in: language)), links.joined(separator: " "),
            ] + ["f-\(index + 1)"]
        }
        let body = table(
            [
                Message.Report.severity, Message.Report.rule, Message.Report.party, Message.Report.subject,
                Message.Report.finding, Message.Report.evidence,
            ],
            rows.map { Array($0.dropLast()) }, rowClass: "finding", rowIDs: rows.map { $0.last! })
        return Section(id: "findings", title: Message.Report.findings, body: body)
    }

    func evidence() -> Section {
        guard !report.evidence.isEmpty else {
            return Section(id: "evidence", title: Message.Report.evidence, body: none)
        }
        var citing: [String: [Int]] = [:]
        for (index, entry) in counted.enumerated() {
            for id in entry.finding.evidence { citing[id, default: []].append(index + 1) }
        }
        let cited = report.evidence.filter { citing[$0.id] != nil }
        let body = table(
            [
                Message.Report.record, Message.Report.kind, Message.Report.issuer, Message.Report.time,
                Message.Report.about, Message.Report.citedBy,
            ],
            cited.map { record in
                [
                    "<code class=\"id\">\(e(record.id))</code>", t(Message.kindName(record.kind)),
                    "\(e(record.issuerName)) <code>\(e(record.issuer))</code>", e(record.at),
                    record.about.map { "<code>\(e($0))</code>" } ?? "",
                    (citing[record.id] ?? []).map { "<a href=\"#f-\($0)\">#\($0)</a>" }.joined(separator: " "),
                ]
            }, rowClass: "evidence-record", rowIDs: cited.map(\.anchor))
        return Section(id: "evidence", title: Message.Report.evidence, body: body)
    }

    var none: String { "<p class=\"none\">\(t(Message.Report.none))</p>" }

    func table(_ headers: [Message], _ rows: [[String]], rowClass: String? = nil, rowIDs: [String]? = nil) -> String {
        var out = "<table><thead><tr>" + headers.map { "<th>\(t($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            let id = rowIDs.map { " id=\"\($0[index])\"" } ?? ""
            let cls = rowClass.map { " class=\"\($0)\"" } ?? ""
            out += "<tr\(id)\(cls)>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>\n"
    }

    static let style = """
        @page { size: A4; margin: 14mm 12mm; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; color: #222; \
        margin: 24px auto; max-width: 1000px; font-size: 13px; line-height: 1.45; }
        h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; border-bottom: 2px solid #333; \
        padding-bottom: 2px; margin-top: 28px; } h3 { font-size: 14px; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
        dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
        nav ol { columns: 2; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; } th, td { border: 1px solid #bbb; \
        padding: 3px 6px; text-align: left; vertical-align: top; } th { background: #eee; }
        tr:target { background: #fff3c4; }
        code { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 12px; } code.id { word-break: break-all; }
        .sev { font-weight: bold; white-space: nowrap; } .sev-critical { color: #b3001b; } .sev-violation { color: #c4470f; }
        .sev-warning { color: #8a6a00; } .ok { color: #2e7d32; font-weight: bold; } .bad { color: #b3001b; font-weight: bold; }
        .note, .none { color: #555; } svg.chart { display: block; margin: 8px 0; font-size: 12px; \
        font-family: "Noto Sans CJK SC", sans-serif; max-width: 100%; height: auto; }
        a.evidence { white-space: nowrap; }
        @media print { nav { break-after: page; } section { break-inside: auto; } tr { break-inside: avoid; } }
        """
}
