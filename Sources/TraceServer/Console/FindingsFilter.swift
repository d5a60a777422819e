import FoodTraceKit
import TraceModel
import TraceReport

/// What the findings page and the report download show, from the query: the month (`period=YYYY-MM`, default the
/// hub's current month in China time), the scope (`market=` a market and its stalls, or `area=` an area code), and on
/// the findings page the least severity shown (`severity=`, default warning), one rule (`rule=`) and one party
/// (`party=`).
struct FindingsFilter: Sendable {
    var period: ReportPeriod
    var area: String?
    var market: String?
    var minimum: Severity = .warning
    var rule: String?
    var party: String?

    /// The filter a request asks for. - Throws: ``ConsoleProblem`` (400) for a period that is not `YYYY-MM` or a
    /// severity that is not one of the four.
    init(_ value: (String) -> String?, nowMilliseconds: Int64) throws(ConsoleProblem) {
        func given(_ name: String) -> String? {
            guard let text = value(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        if let text = given("period") {
            guard let period = ReportPeriod(text) else { throw ConsoleProblem(.badRequest, Words.badPeriod(text)) }
            self.period = period
        } else {
            self.period = Self.month(of: nowMilliseconds)
        }
        market = given("market")?.uppercased()
        area = market == nil ? given("area") : nil
        if let text = given("severity") {
            guard let severity = Severity(rawValue: text) else {
                throw ConsoleProblem(
                    .badRequest,
                    .optionChoice(
                        option: "severity", value: text, choices: Severity.allCases.map(\.rawValue)))
            }
            minimum = severity
        }
        rule = given("rule")
        party = given("party")
    }

    /// The month (China Standard Time) of an instant.
    static func month(of milliseconds: Int64) -> ReportPeriod {
        let text = Timestamp(epochMilliseconds: milliseconds, offsetMinutes: 480).text
        return ReportPeriod(String(text.prefix(7))) ?? ReportPeriod("2026-01")!
    }

    /// The months before and after.
    var previous: ReportPeriod {
        ReportPeriod(period.month == 1 ? "\(period.year - 1)-12" : Self.text(period.year, period.month - 1))!
    }
    var next: ReportPeriod {
        ReportPeriod(period.month == 12 ? "\(period.year + 1)-01" : Self.text(period.year, period.month + 1))!
    }
    static func text(_ year: Int, _ month: Int) -> String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// The query of this filter with `changes` applied (`nil` drops an item), always with the period, and the
    /// language kept.
    func query(
        period: ReportPeriod? = nil, severity: Severity? = nil, rule: String?? = .none, party: String?? = .none,
        scopeOnly: Bool = false, language: Language
    ) -> String {
        var items = [("period", (period ?? self.period).description)]
        if let market { items.append(("market", market)) }
        if let area { items.append(("area", area)) }
        if !scopeOnly {
            let severity = severity ?? minimum
            if severity != .warning { items.append(("severity", severity.rawValue)) }
            if let rule = rule ?? self.rule { items.append(("rule", rule)) }
            if let party = party ?? self.party { items.append(("party", party)) }
        }
        if language == .en { items.append(("lang", "en")) }
        return "?" + items.map { "\($0.0)=\(queryEscape($0.1))" }.joined(separator: "&amp;")
    }

    /// The findings of `report` this filter keeps, in the report's order.
    func entries(_ report: PeriodReport) -> [PeriodReport.Entry] {
        report.findings.filter { entry in
            entry.finding.severity >= minimum && (rule == nil || entry.finding.rule == rule)
                && (party == nil || (entry.party ?? "") == party)
        }
    }
}
