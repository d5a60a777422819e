import FoodTraceKit
import TraceModel

/// `missing-document`: a receipt does not quote the source tickets its product needs.
///
/// Live animals need the animal quarantine certificate; livestock and poultry meat the product quarantine
/// certificate, pork also the meat inspection certificate; any other food a compliance proof or a test
/// report. The supplier's licence is a registered licence, checked by `supplier-licence`. A receipt whose
/// product is unknown to the store is not judged.
enum MissingDocument: SourceTicketRule {
    static let rule = AuditRule(
        id: "missing-document", title: "进货查验缺少必备票证", titleEnglish: "Receipt lacks a required source ticket",
        severity: .violation,
        source: "《食品安全法》(2021) 第五十三条; 《餐饮服务食品采购索证索票管理规定》(2011); 《学校食品安全与营养健康管理规定》(2019); SB/T 10681-2012")

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        return receipts.compactMap { receipt in
            guard let category = receipt.product?.category else { return nil }
            let quoted = Set(receipt.documents.map(\.type))
            let missing = TicketRequirements.required(for: category).filter { quoted.isDisjoint(with: $0) }
            guard !missing.isEmpty else { return nil }
            let names = missing.map { group in group.map(\.chineseName).joined(separator: "或") }.joined(separator: "、")
            let english = missing.map { group in group.map(\.rawValue).joined(separator: " or ") }.joined(
                separator: ", ")
            let (receiver, sender) = (index.name(of: receipt.receiver), index.name(of: receipt.sender))
            let (product, quantity) = (Describe.product(receipt), Describe.quantity(receipt.quantity))
            return finding(
                subject: receipt.local ?? receipt.batch,
                text: Message(
                    "source-tickets.missing-document",
                    zh: "\(receiver) 收货 \(product.zh) \(quantity.zh)（来自 \(sender)）未查验：\(names)",
                    en:
                        "\(receiver) received \(product.en) \(quantity.en) (from \(sender)) without checking: \(english)"
                ),
                evidence: [receipt.record] + (receipt.shipRecord.map { [$0] } ?? []))
        }
    }
}
