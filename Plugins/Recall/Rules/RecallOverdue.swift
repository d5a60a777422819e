import FoodTraceKit
import TraceModel

/// `recall-overdue`: the finish deadline of a recall (10/20/30 working days for levels 1/2/3) has passed at
/// the run's `now` and a holder still has quantity outstanding (on hand, or in transit to them).
/// One finding per notice and holder; holidays are not modelled (see ``RecallDeadlines``).
enum RecallOverdue: RecallRule {
    static let rule = AuditRule(
        id: "recall-overdue", title: "召回逾期未完成", titleEnglish: "Recall past its deadline with quantity outstanding",
        severity: .violation,
        source: "《食品召回管理办法》(2015)")

    static func check(_ run: RecallRun) throws -> [Finding] {
        var findings: [Finding] = []
        for status in try run.statuses() where status.state == "overdue" {
            for holder in status.holders
            where holder.state == "overdue" && run.context.scope.covers(holder.party) {
                findings.append(
                    finding(
                        subject: status.notice,
                        message:
                            "召回 \(status.notice)（\(status.level) 级，批次 \(status.batch)）应于 \(status.finishDeadline) 前完成；\(holder.name)（\(holder.party)）仍有 \(holder.outstanding) \(holder.unit) 未召回（已召回 \(holder.recovered) \(holder.unit)）",
                        evidence: [status.record] + holder.records))
            }
        }
        return findings
    }
}
