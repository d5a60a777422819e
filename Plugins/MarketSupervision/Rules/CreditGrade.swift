import FoodTraceKit

/// `credit-grade`: each market's credit grade for the period, computed from this plugin's findings about it.
///
/// The rule, stated in every finding: **A** — no finding at warning or above; **B** — warnings only, or at most
/// `b-max-violations` violations and nothing critical; **C** — more violations, or any critical finding. A finding is
/// about a market when its subject is the market, one of its stalls, `market/category`, or a supplier whose receipt
/// at the market it names. A grade below `min-grade` is a warning; otherwise the grade is information.
enum CreditGrade: PluginRule {
    static let plugin = MarketSupervisionPlugin.pluginName
    static let rule = AuditRule(
        id: "credit-grade", title: "市场信用等级（本期）", titleEnglish: "Market credit grade for the period",
        severity: .warning, source: "\(MarketSources.targets); \(Citation.practice)",
        parameters: [
            RuleParameter(
                name: "b-max-violations", defaultValue: "1", description: "Most violations a grade-B market may have.",
                type: .integer, descriptionChinese: "B 级市场最多允许的违规数。"),
            RuleParameter(
                name: "min-grade", defaultValue: "B", description: "Lowest grade reported as information only.",
                choices: ["A", "B", "C"], descriptionChinese: "仅作提示报告的最低等级。"),
        ])

    /// Not run on its own: ``grade(_:findings:)`` needs the other rules' findings.
    static func check(_ run: MarketRun) throws -> [Finding] { try grade(run, findings: []) }

    /// The grade of each market in `run` from `findings`, the other rules' findings of the same run.
    static func grade(_ run: MarketRun, findings: [Finding]) throws -> [Finding] {
        let allowed = try integer(run.context, "b-max-violations")
        let floor = try text(run.context, "min-grade")
        return run.markets.compactMap { market in
            let stalls = Set((run.stalls[market.id] ?? []).map(\.id))
            let receipts = Set((run.receipts[market.id] ?? []).map(\.record))
            let about = findings.filter { finding in
                finding.subject == market.id || stalls.contains(finding.subject)
                    || finding.subject.hasPrefix(market.id + "/") || finding.evidence.contains(where: receipts.contains)
            }
            guard !about.isEmpty || run.receipts[market.id] != nil else { return nil }
            let violations = about.filter { $0.severity == .violation }
            let grade: String
            if about.contains(where: { $0.severity == .critical }) || violations.count > allowed {
                grade = "C"
            } else if about.contains(where: { $0.severity >= .warning }) {
                grade = "B"
            } else {
                grade = "A"
            }
            let warnings = about.filter { $0.severity == .warning }.count
            return finding(
                subject: market.id,
                text: Message(
                    "market-supervision.credit-grade",
                    zh:
                        "\(market.name) 本期信用等级 \(grade)（违规 \(violations.count) 项、警告 \(warnings) 项；A：无警告及以上，B：仅警告或违规不超过 \(allowed) 项且无严重，C：其余）",
                    en:
                        "\(market.name) credit grade for the period \(grade) (\(violations.count) violations, \(warnings) warnings; A: nothing at warning or above, B: warnings only or at most \(allowed) violations and nothing critical, C: otherwise)"
                ),
                evidence: [market.record] + about.flatMap(\.evidence),
                severity: grade > floor ? nil : .info)
        }
    }
}
