import TraceModel

/// The text rendering of an audit report in one language (`zh+en`: both side by side): a header, findings grouped
/// by rule, the `info` figures apart (they are not faults, so they are neither listed under a rule's severity nor
/// counted as findings), and the totals.
struct TextReport {
    let report: AuditReport
    let language: Language

    init(_ report: AuditReport, language: Language = .zhEn) {
        self.report = report
        self.language = language
    }

    /// The Chinese, the English, or both side by side.
    private func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    /// The Chinese for `zh`, else the English (a phrase `zh+en` shows in English only).
    private func either(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    private func severity(_ value: Severity) -> String { l(value.chineseName, value.rawValue) }

    /// After a label: full-width in Chinese.
    private var colon: String { either("：", ": ") }

    func render() -> String {
        var lines: [String] = []
        lines.append(l("审计报告", "FoodTrace audit") + " — \(report.clock)")
        lines.append(l("范围", "scope") + colon + scopeText)
        lines.append(l("插件", "plugins") + colon + report.plugins.map(pluginText).joined(separator: "; "))
        var figures: [(id: String, rule: AuditRule, finding: ReportFinding)] = []
        for plugin in report.plugins {
            for (id, rule) in plugin.ruleEntries {
                let reported = report.findings(of: plugin, rule: id)
                figures += reported.filter { $0.severity == .info }.map { (id, rule, $0) }
                let findings = reported.filter { $0.severity != .info }
                guard !findings.isEmpty else { continue }
                lines.append("")
                let reporter =
                    id.hasPrefix(plugin.name + "/")
                    ? "" : " (" + either("由 \(plugin.name) 报告", "reported by \(plugin.name)") + ")"
                let title = language.pick(rule.title, rule.titleEnglish, separator: " · ")
                lines.append("[\(severity(rule.severity))] \(id) \(title) — \(findings.count)\(reporter)")
                lines.append("  " + l("依据", "source") + colon + Citation.text(rule.source, in: language))
                for finding in findings {
                    let marker = finding.severity == rule.severity ? "" : " [\(severity(finding.severity))]"
                    lines.append("  - \(finding.subject)\(marker): \(finding.message(in: language))")
                    if !finding.evidence.isEmpty {
                        lines.append("    " + l("证据", "evidence") + colon + evidence(finding.evidence))
                    }
                }
            }
        }
        if !figures.isEmpty {
            lines.append("")
            let heading = language.pick("数据，不计为问题", "figures, not counted as findings", separator: " · ")
            lines.append("[\(severity(.info))] \(heading) — \(figures.count)")
            for figure in figures {
                let title = either(figure.rule.title, language == .en ? figure.rule.titleEnglish : figure.rule.title)
                lines.append(
                    "  - \(figure.id) \(title) · \(figure.finding.subject): \(figure.finding.message(in: language))")
                if !figure.finding.evidence.isEmpty {
                    lines.append("    " + l("证据", "evidence") + colon + evidence(figure.finding.evidence))
                }
            }
        }
        lines.append("")
        let counts = report.counts
        let bySeverity = Severity.allCases.reversed().filter { $0 != .info }.map { "\(severity($0)) \(counts[$0])" }
            .joined(separator: " · ")
        let info = counts.info > 0 ? "; \(severity(.info)) \(counts.info)" : ""
        let reaching = report.findings.filter { $0.severity >= report.failOn }.count
        let failOn = report.failOn.rawValue
        if language == .zh {
            lines.append("合计：\(counts.total) 项 — \(bySeverity)\(info)")
            lines.append(report.failed ? "未通过：\(reaching) 项达到或超过 \(failOn)" : "通过：没有达到或超过 \(failOn) 的问题")
        } else {
            let (total, failed, passed) = language == .zhEn ? ("合计 ", "未通过 ", "通过 ") : ("", "", "")
            lines.append("\(total)total: \(counts.total) finding(s) — \(bySeverity)\(info)")
            lines.append(
                report.failed
                    ? "\(failed)FAILED: \(reaching) finding(s) at or above \(failOn)"
                    : "\(passed)passed: no finding at or above \(failOn)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many record ids a finding shows in text; JSON, JUnit and SARIF list them all.
    static let evidenceShown = 3

    /// The first few evidence ids, shortened to the 12-digit prefix `foodtrace show` takes, and how many more
    /// there are: "a1b2c3d4e5f6, … and 48 more (--format json lists all)".
    func evidence(_ ids: [String]) -> String {
        let shown = ids.prefix(Self.evidenceShown).map { $0.hasPrefix("sha256:") ? RecordID.short($0) : $0 }.joined(
            separator: ", ")
        let more = ids.count - Self.evidenceShown
        guard more > 0 else { return shown }
        return shown + either(" … 另 \(more) 条（--format json 列出全部）", " … and \(more) more (--format json lists all)")
    }

    private var scopeText: String {
        var parts: [String] = []
        if let party = report.scope.party {
            let covered = report.scope.members ?? [party]
            parts.append(
                covered == [party]
                    ? either("参与方 \(party)", "party \(party)")
                    : either("参与方 \(party)（共 \(covered.count) 个）", "party \(party) (\(covered.count) parties)"))
        }
        if let since = report.scope.since { parts.append(either("自 \(since)", "since \(since)")) }
        if let until = report.scope.until { parts.append(either("至 \(until)", "until \(until)")) }
        return parts.isEmpty ? either("全部", "whole store") : parts.joined(separator: either("，", ", "))
    }

    private func pluginText(_ plugin: ReportPlugin) -> String {
        let origin =
            plugin.path.map { either("加载自 \($0)", "loaded from \($0)") }
            ?? either(plugin.origin == "linked" ? "内置" : "已加载", plugin.origin)
        let overrides = plugin.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "\(plugin.name) \(plugin.version) (\(origin))"
            + (overrides.isEmpty ? "" : either("，参数 ", " with ") + overrides.joined(separator: ", "))
    }
}
