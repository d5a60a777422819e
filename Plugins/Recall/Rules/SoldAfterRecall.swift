import FoodTraceKit
import TraceModel

/// `sold-after-recall`: a recalled batch, or anything made from it, sold at a stall or used in a canteen meal
/// at or after the recall notice's time. One finding per sale or meal, naming every notice it breaks.
enum SoldAfterRecall: RecallRule {
    static let rule = AuditRule(
        id: "sold-after-recall", title: "召回后继续销售或使用", titleEnglish: "Recalled batch sold or used after the notice",
        severity: .critical,
        source: "《食品安全法》(2021) 第六十三条; 《食品召回管理办法》(2015); Regulation (EC) No 178/2002 Art. 19")

    static func check(_ run: RecallRun) throws -> [Finding] {
        var order: [String] = []
        var outlets: [String: (RecallOutlet, [RecallStatus])] = [:]
        for status in try run.statuses() {
            for outlet in status.afterNotice where run.inScope(party: outlet.party, at: outlet.atMilliseconds) {
                if outlets[outlet.record] == nil {
                    order.append(outlet.record)
                    outlets[outlet.record] = (outlet, [])
                }
                outlets[outlet.record]?.1.append(status)
            }
        }
        return order.compactMap { record in
            guard let (outlet, statuses) = outlets[record] else { return nil }
            let meal = outlet.type == "meal"
            let notices = statuses.map { "\($0.notice)（\($0.issuedAt) 召回批次 \($0.batch)）" }.joined(separator: "、")
            let english = statuses.map { "\($0.notice) (recalling batch \($0.batch) at \($0.issuedAt))" }
                .joined(separator: ", ")
            let unit = Message.Trace.unit(outlet.unit)
            return finding(
                subject: outlet.code,
                text: Message(
                    "recall.sold-after-recall",
                    zh:
                        "\(outlet.party) 在召回通知 \(notices) 之后，于 \(outlet.at) 将批次 \(outlet.batch) 的 \(outlet.quantity) \(unit.zh) \(meal ? "用于餐次" : "销售，小票") \(outlet.code)",
                    en:
                        "\(outlet.party), after recall notice \(english), \(meal ? "used" : "sold") \(outlet.quantity) \(unit.en) of batch \(outlet.batch) at \(outlet.at) (\(meal ? "meal" : "slip") \(outlet.code))"
                ),
                evidence: statuses.map(\.record) + [outlet.record])
        }
    }
}
