import FoodTraceKit
import TraceModel

/// `document-not-certified`: a receipt quotes a document number no `certify` record issued.
enum DocumentNotCertified: SourceTicketRule {
    static let rule = AuditRule(
        id: "document-not-certified", title: "票证编号无签发记录", titleEnglish: "Quoted document was never certified",
        severity: .violation,
        source: "《餐饮服务食品采购索证索票管理规定》(2011); 《食品安全法》(2021) 第五十三条; SB/T 10681-2012")

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        var findings: [Finding] = []
        for receipt in receipts {
            for reference in receipt.documents where index.documents.issued(reference).isEmpty {
                findings.append(
                    finding(
                        subject: reference.number,
                        text: Message(
                            "source-tickets.document-not-certified",
                            zh:
                                "\(index.name(of: receipt.receiver)) 收货时所列 \(Describe.document(reference).zh) 在库中没有签发记录",
                            en:
                                "\(index.name(of: receipt.receiver)) received quoting \(Describe.document(reference).en), which no record in the store issued"
                        ),
                        evidence: [receipt.record]))
            }
        }
        return findings
    }
}
