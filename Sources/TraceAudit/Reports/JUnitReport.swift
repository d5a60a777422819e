import TraceModel

/// The JUnit XML rendering, so CI systems show audits as they show tests.
///
/// One `testsuite` per plugin, one `testcase` per rule (`classname` the plugin, `name` the rule id;
/// a reused rule of another plugin, `name` `plugin/rule`), and one `failure` per finding at or above fail-on. Findings below it are listed in the test case's
/// `system-out` and do not fail it. `tests` counts rules and `failures` counts failing rules, as JUnit
/// counts tests; each failing rule carries one `failure` element per finding.
struct JUnitReport {
    let report: AuditReport

    init(_ report: AuditReport) {
        self.report = report
    }

    func render() -> String {
        let suites = report.plugins.map(suite)
        let tests = report.plugins.reduce(0) { $0 + $1.ruleEntries.count }
        let failures = report.plugins.reduce(0) { total, plugin in
            total + plugin.ruleEntries.filter { failing(plugin, $0.id) }.count
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml +=
            #"<testsuites name="foodtrace audit" tests="\#(tests)" failures="\#(failures)" errors="0" skipped="0" time="0">"#
            + "\n"
        for suite in suites { xml += suite }
        xml += "</testsuites>\n"
        return xml
    }

    private func failing(_ plugin: ReportPlugin, _ id: String) -> Bool {
        report.findings(of: plugin, rule: id).contains { $0.severity >= report.failOn }
    }

    private func suite(_ plugin: ReportPlugin) -> String {
        let failures = plugin.ruleEntries.filter { failing(plugin, $0.id) }.count
        var xml =
            "  <testsuite name=\"\(MarkupText.escape(plugin.name))\" tests=\"\(plugin.ruleEntries.count)\" failures=\"\(failures)\""
            + " errors=\"0\" skipped=\"0\" time=\"0\" timestamp=\"\(MarkupText.escape(report.clock.text))\">\n"
        xml += "    <properties>\n"
        var properties = [("version", plugin.version), ("origin", plugin.origin), ("fail-on", report.failOn.rawValue)]
        if let path = plugin.path { properties.append(("path", path)) }
        for (key, value) in plugin.parameters.sorted(by: { $0.key < $1.key }) {
            properties.append(("param." + key, value))
        }
        for (name, value) in properties {
            xml += "      <property name=\"\(MarkupText.escape(name))\" value=\"\(MarkupText.escape(value))\"/>\n"
        }
        xml += "    </properties>\n"
        for (id, rule) in plugin.ruleEntries { xml += testcase(plugin, id: id, rule) }
        xml += "  </testsuite>\n"
        return xml
    }

    private func testcase(_ plugin: ReportPlugin, id: String, _ rule: AuditRule) -> String {
        let findings = report.findings(of: plugin, rule: id)
        let name = id == plugin.qualifiedID(rule) ? rule.id : id
        var xml =
            "    <testcase name=\"\(MarkupText.escape(name))\" classname=\"\(MarkupText.escape(plugin.name))\" time=\"0\">\n"
        for finding in findings where finding.severity >= report.failOn {
            xml +=
                "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(MarkupText.escape("\(finding.subject): \(finding.message)"))\">"
            xml += MarkupText.escape(details(finding))
            xml += "</failure>\n"
        }
        var out = ["\(rule.title) · \(rule.titleEnglish)", "依据 source: \(rule.source)"]
        let below = findings.filter { $0.severity < report.failOn }
        if !below.isEmpty {
            out.append("below fail-on (\(report.failOn.rawValue)):")
            out += below.map { "[\($0.severity.rawValue)] \($0.subject): \($0.message)" }
        }
        xml += "      <system-out>\(MarkupText.escape(out.joined(separator: "\n")))</system-out>\n"
        xml += "    </testcase>\n"
        return xml
    }

    private func details(_ finding: ReportFinding) -> String {
        var lines = [
            "rule: \(finding.rule)", "severity: \(finding.severity.rawValue)", "subject: \(finding.subject)",
            finding.message,
        ]
        if !finding.evidence.isEmpty { lines.append("evidence: " + finding.evidence.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
