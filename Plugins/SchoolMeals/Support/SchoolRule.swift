import TraceAudit
import TraceModel

/// One rule of the `school-meals` plugin: its metadata and its check over the run's school data.
protocol SchoolRule {
    static var rule: AuditRule { get }
    static func check(_ data: SchoolData) throws -> [Finding]
}

extension SchoolRule {
    /// A finding of this rule, named `school-meals/<id>`, at `severity` (default: the rule's), evidence without repeats.
    static func finding(subject: String, message: String, evidence: [String], severity: Severity? = nil) -> Finding {
        var seen: Set<String> = []
        return Finding(
            rule: "\(SchoolMealsPlugin.pluginName)/\(rule.id)", severity: severity ?? rule.severity, subject: subject,
            message: message, evidence: evidence.filter { seen.insert($0).inserted })
    }

    static func parameter(_ data: SchoolData, _ name: String) -> String { data.index.context.parameter(rule, name) }
    static func list(_ data: SchoolData, _ name: String) -> [String] { data.index.context.list(rule, name) }
    static func amount(_ data: SchoolData, _ name: String) -> Amount { data.index.context.amount(rule, name) }
}

enum Describe {
    static func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }
}

/// Where the school rules come from.
enum SchoolSources {
    static let regulation = "学校食品安全与营养健康管理规定 (2019)"
}
