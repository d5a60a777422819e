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
                let unit = Message.Trace.unit(holder.unit)
                let who = "\(holder.name)（\(holder.party)）"
                findings.append(
                    finding(
                        subject: status.notice,
                        text: Message(
                            "recall.overdue",
                            zh:
                                "召回 \(status.notice)（\(status.level) 级，批次 \(status.batch)）应于 \(status.finishDeadline) 前完成；\(who)仍有 \(holder.outstanding) \(unit.zh) 未召回（已召回 \(holder.recovered) \(unit.zh)）",
                            en:
                                "recall \(status.notice) (level \(status.level), batch \(status.batch)) was due by \(status.finishDeadline); \(holder.name) (\(holder.party)) still holds \(holder.outstanding) \(unit.en) (\(holder.recovered) \(unit.en) recovered)"
                        ),
                        evidence: [status.record] + holder.records))
            }
        }
        return findings
    }
}
