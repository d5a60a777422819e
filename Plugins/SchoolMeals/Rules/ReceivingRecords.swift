import FoodTraceKit
import TraceModel

/// `receiving-records` (进货查验记录): a school receipt lacks what the regulation asks the receiving
/// record to hold, as far as a `receive` record can show it: the shelf life / expiry (`expires`) of the
/// goods, and inspection by at least `min-inspectors` people.
///
/// Name, quantity, batch, receipt date and supplier are required fields of every `receive` record (and
/// the supplier's address and contact of its registration), so they cannot be missing. The retention
/// period (6 months after shelf life, or 2 years) cannot be broken in an append-only signed ledger, so
/// it is not checked here.
enum ReceivingRecords: SchoolRule {
    static let rule = AuditRule(
        id: "receiving-records", title: "进货查验记录不完整", titleEnglish: "Receiving record incomplete",
        severity: .warning,
        source: "\(SchoolSources.regulation); 《食品安全法》(2021) 第五十三条",
        parameters: [
            RuleParameter(
                name: "min-inspectors", defaultValue: "2",
                description: "Least number of people who inspect a delivery.", type: .integer,
                descriptionChinese: "验收一批进货的最少人数。"),
            RuleParameter(
                name: "no-expiry-categories", defaultValue: "live-pig,live-cattle,live-sheep,live-poultry",
                description: "Product categories whose receipts need no expiry date.", type: .list,
                choices: ProductCategory.allCases.map(\.rawValue), descriptionChinese: "收货时无须记录保质期的产品类别。"),
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let minInspectors = Int(try integer(data.index.context, "min-inspectors"))
        let exempt = Set(try list(data.index.context, "no-expiry-categories"))
        return try data.receipts.compactMap { receipt in
            var problems: [Message] = []
            if receipt.expires == nil, !exempt.contains(receipt.product?.category.rawValue ?? "") {
                problems.append(
                    Message("school-meals.no-expiry", zh: "未记录保质期/到期日", en: "no shelf life or expiry date recorded"))
            }
            let count = Set(try data.index.inspectors(of: receipt.record)).count
            if count < minInspectors {
                problems.append(
                    Message(
                        "school-meals.inspectors", zh: "验收人 \(count) 人，少于 \(minInspectors) 人",
                        en: "\(count) inspector(s), fewer than \(minInspectors)"))
            }
            guard !problems.isEmpty else { return nil }
            let (receiver, at) = (data.name(of: receipt.receiver), Describe.time(receipt.at))
            return finding(
                subject: receipt.local ?? receipt.batch,
                text: Message(
                    "school-meals.receiving-record",
                    zh: "\(receiver) \(at) 收货记录：\(problems.map(\.zh).joined(separator: "；"))",
                    en: "receipt of \(receiver) at \(at): \(problems.map(\.en).joined(separator: "; "))"),
                evidence: [receipt.record])
        }
    }
}
