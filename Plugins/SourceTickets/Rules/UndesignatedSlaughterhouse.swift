import FoodTraceKit
import TraceModel

/// `undesignated-slaughterhouse` (定点屠宰): meat received straight from a slaughterhouse that holds no
/// `slaughter-designation` in force at receipt time.
///
/// Judged at the hop out of the slaughterhouse — the receipt where the receiver could see who slaughtered
/// — so one flow gives one finding, not one per later hop.
enum UndesignatedSlaughterhouse: SourceTicketRule {
    static let rule = AuditRule(
        id: "undesignated-slaughterhouse", title: "肉品来自非定点屠宰厂",
        titleEnglish: "Meat from a slaughterhouse that is not designated",
        severity: .violation, source: "生猪屠宰管理条例 定点屠宰 (DOMAIN: 商务部肉类蔬菜流通追溯体系 2012; article unverified)")

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        return receipts.compactMap { receipt in
            guard receipt.product?.category.isMeat == true, index.role(of: receipt.sender) == .slaughterhouse,
                index.documents.standing(.slaughterDesignation, subject: receipt.sender, at: receipt.at).isEmpty
            else { return nil }
            return finding(
                subject: receipt.sender,
                message:
                    "屠宰厂 \(index.name(of: receipt.sender)) 在 \(Describe.time(receipt.at)) 无有效定点屠宰资格，\(index.name(of: receipt.receiver)) 收其 \(Describe.product(receipt)) \(receipt.quantity)",
                evidence: [receipt.record] + (receipt.shipRecord.map { [$0] } ?? []))
        }
    }
}
