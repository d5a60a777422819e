import FoodTraceKit
import TraceModel

/// `supplier-blacklisted`: goods received from a supplier on the serious-violation list (黑名单) at receipt
/// time. Only a blacklist entry issued by an entitled party, in force and already recorded at receipt time counts.
enum SupplierBlacklisted: SourceTicketRule {
    static let rule = AuditRule(
        id: "supplier-blacklisted", title: "从黑名单供货者进货", titleEnglish: "Goods received from a blacklisted supplier",
        severity: .critical,
        source: "《市场监督管理严重违法失信名单管理办法》(2021)")

    /// The blacklist entries against `supplier` in force and known at `time`.
    static func entries(_ index: AuditIndex, supplier: String, at time: Int64) -> [AuditDocument] {
        index.documents.standing(.blacklist, subject: supplier, at: time, knownBy: time)
    }

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        return receipts.compactMap { receipt in
            let entries = entries(index, supplier: receipt.sender, at: receipt.at)
            guard !entries.isEmpty else { return nil }
            let (receiver, sender, at) = (
                index.name(of: receipt.receiver), index.name(of: receipt.sender), Describe.time(receipt.at)
            )
            let numbers = entries.map(\.number).joined(separator: ", ")
            return finding(
                subject: receipt.sender,
                text: Message(
                    "source-tickets.supplier-blacklisted",
                    zh: "\(receiver) 于 \(at) 从黑名单供货者 \(sender) 进货（黑名单 \(numbers)）",
                    en: "\(receiver) bought from blacklisted supplier \(sender) at \(at) (blacklist \(numbers))"),
                evidence: [receipt.record] + entries.map(\.record))
        }
    }
}
