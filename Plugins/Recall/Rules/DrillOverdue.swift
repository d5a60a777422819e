import FoodTraceKit
import TraceModel

/// `drill-overdue`: a party of one of the configured roles has no stored recall drill (a `test` record with
/// `analyte: mock-recall`) in the `months` before the run's `now`, or never ran one.
///
/// `roles` is empty by default: which parties must drill is the operator's decision (BRCGS, SQF and IFS bind
/// certified sites, not every stall), and the demo city stores no drills. Set e.g.
/// `--param drill-overdue.roles=slaughterhouse,processor,wholesale-market`. Farms cannot issue `test` records,
/// so a farm's drills cannot be stored and listing `farm` flags every farm.
enum DrillOverdue: RecallRule {
    static let rule = AuditRule(
        id: "drill-overdue", title: "未按期开展模拟召回演练", titleEnglish: "No recall drill in the last 12 months",
        severity: .warning,
        source: "BRCGS Food Safety Issue 9 §3.9",
        parameters: [
            RuleParameter(
                name: "roles", defaultValue: "",
                description: "Roles whose parties must run drills (comma-separated); empty: none.", type: .list,
                choices: Role.allCases.map(\.rawValue), descriptionChinese: "须定期演练的参与方角色（逗号分隔）；留空：不要求。"),
            RuleParameter(
                name: "months", defaultValue: "12",
                description: "How recent the last drill must be, in months of 365.2425/12 days.", type: .integer,
                descriptionChinese: "最近一次演练须在多少个月内（每月按 365.2425/12 天计）。"),
        ])

    static func check(_ run: RecallRun) throws -> [Finding] {
        let roles = Set(try list(run.context, "roles"))
        guard !roles.isEmpty else { return [] }
        let months = try integer(run.context, "months")
        let since = run.context.now - months * 2_629_746_000
        var latest: [String: StoredDrill] = [:]
        for drill in try StoredDrills.all(run.query) where drill.atMilliseconds <= run.context.now {
            if let known = latest[drill.party], known.atMilliseconds >= drill.atMilliseconds { continue }
            latest[drill.party] = drill
        }
        var findings: [Finding] = []
        for party in try run.query.parties() where roles.contains(party.role.rawValue) {
            guard run.context.scope.covers(party.id) else { continue }
            let last = latest[party.id]
            if let last, last.atMilliseconds >= since { continue }
            let message =
                last.map {
                    Message(
                        "recall.drill-overdue", zh: "\(party.name)（\(party.id)）最近一次模拟召回演练在 \($0.at)，已超过 \(months) 个月",
                        en:
                            "\(party.name) (\(party.id)) last stored a recall drill at \($0.at), more than \(months) months ago"
                    )
                }
                ?? Message(
                    "recall.drill-never", zh: "\(party.name)（\(party.id)）从未存档模拟召回演练（要求每 \(months) 个月至少一次）",
                    en:
                        "\(party.name) (\(party.id)) never stored a recall drill (one is required every \(months) months)"
                )
            findings.append(
                finding(
                    subject: party.id, text: message, evidence: [party.record] + (last.map { [$0.record] } ?? [])))
        }
        return findings
    }
}
