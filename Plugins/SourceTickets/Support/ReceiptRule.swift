import TraceAudit
import TraceModel

/// One rule of the `source-tickets` plugin: its metadata and its check over the run's index.
protocol SourceTicketRule {
    static var rule: AuditRule { get }
    /// Findings over `receipts` (the receipt rules) or over the whole index (the others).
    static func check(_ receipts: [AuditReceipt], _ index: AuditIndex) throws -> [Finding]
}

extension SourceTicketRule {
    /// A finding of this rule, named `source-tickets/<id>`, at the rule's severity, evidence without repeats.
    static func finding(subject: String, message: String, evidence: [String]) -> Finding {
        var seen: Set<String> = []
        return Finding(
            rule: "\(SourceTicketsPlugin.pluginName)/\(rule.id)", severity: rule.severity, subject: subject,
            message: message, evidence: evidence.filter { seen.insert($0).inserted })
    }

    static func parameter(_ index: AuditIndex, _ name: String) -> String { index.context.parameter(rule, name) }
    static func amount(_ index: AuditIndex, _ name: String) -> Amount { index.context.amount(rule, name) }
}

/// Text helpers for messages.
enum Describe {
    static func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }

    static func product(_ receipt: AuditReceipt) -> String {
        receipt.product.map { "\($0.name) (\($0.category.rawValue))" } ?? "goods"
    }

    static func document(_ reference: DocumentRef) -> String { "\(reference.type.chineseName) \(reference.number)" }
}

/// The source tickets a receipt must quote, by product category (each entry: any one of these types).
enum TicketRequirements {
    static func required(for category: ProductCategory) -> [[DocumentType]] {
        if category.isLiveAnimal { return [[.animalQuarantine]] }
        if category == .pork { return [[.productQuarantine], [.meatInspection]] }
        if category.isMeat { return [[.productQuarantine]] }
        return [[.complianceProof, .testReport]]
    }
}
