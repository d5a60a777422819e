import FoodTraceKit
import TraceModel

/// `certificate-quantity`: a batch certificate quoted beyond what it covers.
///
/// Two checks. *One certificate, many uses* (一证多用): a receipt quotes a certificate issued for a batch the
/// received goods do not come from (the certified batch is not the shipped batch nor one of its ancestors).
/// *Quantity*: receipts of the certified batch itself, quoting it, add up to more than the quantity on the
/// certificate (plus the `tolerance` parameter, in the certificate's unit). Receipts in other units than
/// the certificate's, with no exact conversion, are not added. With a party scope only that party's
/// receipts are added up.
enum CertificateQuantity: SourceTicketRule {
    static let rule = AuditRule(
        id: "certificate-quantity", title: "一证多用或证货数量不符",
        titleEnglish: "Certificate used beyond the batch or quantity it covers",
        severity: .violation,
        source: "《餐饮服务食品采购索证索票管理规定》(2011); SB/T 10681-2012",
        parameters: [
            RuleParameter(
                name: "tolerance", defaultValue: "0",
                description: "Quantity the receipts may exceed the certificate by, in the certificate's unit.",
                type: .decimal, descriptionChinese: "收货数量允许超出证明数量的部分，以证明的单位计。")
        ])

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        var findings: [Finding] = []
        // Totals in 128 bits: a certificate may be quoted for the largest amount many times over.
        var received: [String: (document: AuditDocument, total: Int128, receipts: [String])] = [:]
        for receipt in receipts {
            for reference in receipt.documents {
                let batchDocuments = index.documents.issued(reference).filter { $0.batch != nil }
                guard !batchDocuments.isEmpty else { continue }
                if let own = batchDocuments.first(where: { $0.batch == receipt.batch }) {
                    guard let quantity = own.quantity, let amount = receipt.quantity.converted(to: quantity.unit) else {
                        continue
                    }
                    var entry = received[own.record] ?? (own, 0, [])
                    entry.total += Int128(amount.micros)
                    entry.receipts.append(receipt.record)
                    received[own.record] = entry
                    continue
                }
                let ancestors = try index.graph.ancestors(receipt.batch)
                guard !batchDocuments.contains(where: { ancestors.contains($0.batch ?? "") }) else { continue }
                let certified = batchDocuments.compactMap(\.batch).joined(separator: ", ")
                let (receiver, quoted) = (index.name(of: receipt.receiver), Describe.document(reference))
                findings.append(
                    finding(
                        subject: reference.number,
                        text: Message(
                            "source-tickets.certificate-reused",
                            zh:
                                "一证多用：\(receiver) 收货批次 \(receipt.batch) 所列 \(quoted.zh) 签发给批次 \(certified)，所收货物并非来自该批次",
                            en:
                                "certificate reused: \(receiver) received batch \(receipt.batch) quoting \(quoted.en), issued for batch \(certified); the goods received do not come from that batch"
                        ),
                        evidence: [receipt.record] + batchDocuments.map(\.record)))
            }
        }
        let tolerance = try decimal(index.context, "tolerance")
        for entry in received.values.sorted(by: { $0.document.at < $1.document.at }) {
            guard let quantity = entry.document.quantity,
                entry.total > Int128(quantity.value.micros) + Int128(tolerance.micros)
            else { continue }
            let document = Describe.document(entry.document.type, entry.document.number)
            let (covered, unit) = (Describe.quantity(quantity), Message.unitName(quantity.unit))
            let total = Amount.text(micros: entry.total)
            findings.append(
                finding(
                    subject: entry.document.number,
                    text: Message(
                        "source-tickets.certificate-exceeded",
                        zh: "\(document.zh) 证载 \(covered.zh)，依该证收货合计 \(total) \(unit.zh)",
                        en: "\(document.en) covers \(covered.en); receipts on it total \(total) \(unit.en)"),
                    evidence: entry.receipts + [entry.document.record]))
        }
        return findings
    }
}
