/// The text rendering of an audit report: a header, findings grouped by rule, and the totals.
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
        for plugin in report.plugins {
            for (id, rule) in plugin.ruleEntries {
                let findings = report.findings(of: plugin, rule: id)
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
                        lines.append("    证据 evidence: \(finding.evidence.joined(separator: ", "))")
                    }
                }
            }
        }
        lines.append("")
        let counts = report.counts
        let bySeverity = Severity.allCases.reversed().map { "\($0.chineseName) \($0.rawValue) \(counts[$0])" }.joined(
            separator: " · ")
        lines.append("合计 total: \(counts.total) finding(s) — \(bySeverity)")
        let reaching = report.findings.filter { $0.severity >= report.failOn }.count
        lines.append(
            report.failed
                ? "未通过 FAILED: \(reaching) finding(s) at or above \(report.failOn.rawValue)"
                : "通过 passed: no finding at or above \(report.failOn.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    private var scopeText: String {
        var parts: [String] = []
        if let party = report.scope.party { parts.append("party \(party)") }
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
