import FoodTraceKit
import TraceModel

/// `missing-step-forward`: a shipment that was never received: the goods left one party and no other took
/// custody (one step forward). A shipment younger than `grace-hours` at the run's `now` is still on its way.
enum MissingStepForward: RecallRule {
    static let rule = AuditRule(
        id: "missing-step-forward", title: "缺少下一环节（发货未收货）", titleEnglish: "No step forward: shipment never received",
        severity: .violation,
        source: "《食品安全法》(2021) 第四十二条; Regulation (EC) No 178/2002 Art. 18(3); 21 CFR §1.1340; 21 CFR §1.1345",
        parameters: [
            RuleParameter(
                name: "grace-hours", defaultValue: "24",
                description: "Hours a shipment may be in transit before its missing receipt is a finding.",
                type: .integer, descriptionChinese: "发货后允许在途的小时数，超过仍无收货记录即报告。")
        ])

    static func check(_ run: RecallRun) throws -> [Finding] {
        let grace = try integer(run.context, "grace-hours")
        let limit = run.context.now - grace * 3_600_000
        return try run.query.shipments(run.context.scope).filter { $0.receivedBy == nil && $0.atMilliseconds <= limit }
            .map { shipment in
                let (at, quantity) = (
                    run.time(shipment.atMilliseconds), Message.amount(shipment.quantity.value, shipment.quantity.unit)
                )
                return finding(
                    subject: shipment.batch,
                    text: Message(
                        "recall.missing-step-forward",
                        zh:
                            "\(shipment.sender) 于 \(at) 发往 \(shipment.receiver) 的发货单 \(shipment.shipment)（批次 \(shipment.batch)，\(quantity.zh)）至今无收货记录",
                        en:
                            "shipment \(shipment.shipment) from \(shipment.sender) to \(shipment.receiver) at \(at) (batch \(shipment.batch), \(quantity.en)) has no receipt yet"
                    ),
                    evidence: [shipment.record])
            }
    }
}
