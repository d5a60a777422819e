import TraceModel

/// The text rendering of an audit report: a header, findings grouped by rule, the `info` figures apart (they are
/// not faults, so they are neither listed under a rule's severity nor counted as findings), and the totals.
struct TextReport {
    let report: AuditReport

    init(_ report: AuditReport) {
        self.report = report
    }

    func render() -> String {
        var lines: [String] = []
        lines.append("审计报告 FoodTrace audit — \(report.clock)")
        lines.append("范围 scope: \(scopeText)")
        lines.append("插件 plugins: " + report.plugins.map(pluginText).joined(separator: "; "))
        var figures: [(id: String, rule: AuditRule, finding: ReportFinding)] = []
        for plugin in report.plugins {
            for (id, rule) in plugin.ruleEntries {
                let reported = report.findings(of: plugin, rule: id)
                figures += reported.filter { $0.severity == .info }.map { (id, rule, $0) }
                let findings = reported.filter { $0.severity != .info }
                guard !findings.isEmpty else { continue }
                lines.append("")
                let reporter = id.hasPrefix(plugin.name + "/") ? "" : " (reported by \(plugin.name))"
                lines.append(
                    "[\(rule.severity.chineseName) \(rule.severity.rawValue)] \(id) \(rule.title) · \(rule.titleEnglish) — \(findings.count)\(reporter)"
                )
                lines.append("  依据 source: \(rule.source)")
                for finding in findings {
                    let marker =
                        finding.severity == rule.severity
                        ? "" : " [\(finding.severity.chineseName) \(finding.severity.rawValue)]"
                    lines.append("  - \(finding.subject)\(marker): \(finding.message)")
                    if !finding.evidence.isEmpty {
                        lines.append("    证据 evidence: \(Self.evidence(finding.evidence))")
                    }
                }
            }
        }
        if !figures.isEmpty {
            lines.append("")
            lines.append("[提示 info] 数据，不计为问题 · figures, not counted as findings — \(figures.count)")
            for figure in figures {
                lines.append(
                    "  - \(figure.id) \(figure.rule.title) · \(figure.finding.subject): \(figure.finding.message)")
                if !figure.finding.evidence.isEmpty {
                    lines.append("    证据 evidence: \(Self.evidence(figure.finding.evidence))")
                }
            }
        }
        lines.append("")
        let counts = report.counts
        let bySeverity = Severity.allCases.reversed().filter { $0 != .info }.map {
            "\($0.chineseName) \($0.rawValue) \(counts[$0])"
        }.joined(separator: " · ")
        lines.append(
            "合计 total: \(counts.total) finding(s) — \(bySeverity)" + (counts.info > 0 ? "; 提示 info \(counts.info)" : "")
        )
        let reaching = report.findings.filter { $0.severity >= report.failOn }.count
        lines.append(
            report.failed
                ? "未通过 FAILED: \(reaching) finding(s) at or above \(report.failOn.rawValue)"
                : "通过 passed: no finding at or above \(report.failOn.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many record ids a finding shows in text; JSON, JUnit and SARIF list them all.
    static let evidenceShown = 3

    /// The first few evidence ids, shortened to the 12-digit prefix `foodtrace show` takes, and how many more
    /// there are: "a1b2c3d4e5f6, … and 48 more (--format json lists all)".
    static func evidence(_ ids: [String]) -> String {
        let shown = ids.prefix(evidenceShown).map { $0.hasPrefix("sha256:") ? RecordID.short($0) : $0 }.joined(
            separator: ", ")
        let more = ids.count - evidenceShown
        return more > 0 ? "\(shown) … and \(more) more (--format json lists all)" : shown
    }

    private var scopeText: String {
        var parts: [String] = []
        if let party = report.scope.party {
            let covered = report.scope.members ?? [party]
            parts.append(covered == [party] ? "party \(party)" : "party \(party) (\(covered.count) parties)")
        }
        if let since = report.scope.since { parts.append("since \(since)") }
        if let until = report.scope.until { parts.append("until \(until)") }
        return parts.isEmpty ? "whole store" : parts.joined(separator: ", ")
    }

    private func pluginText(_ plugin: ReportPlugin) -> String {
        let origin = plugin.path.map { "loaded from \($0)" } ?? plugin.origin
        let overrides = plugin.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "\(plugin.name) \(plugin.version) (\(origin))"
            + (overrides.isEmpty ? "" : " with " + overrides.joined(separator: ", "))
    }
}
