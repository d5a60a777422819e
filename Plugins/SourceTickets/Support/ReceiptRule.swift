import FoodTraceKit
import TraceModel

/// One rule of the `source-tickets` plugin: a ``PluginRule`` over the receipts being judged and the run's index.
protocol SourceTicketRule: PluginRule where Run == ReceiptRun {}

extension SourceTicketRule {
    /// `source-tickets`.
    static var plugin: String { SourceTicketsPlugin.pluginName }
}

/// What the `source-tickets` rules read: the receipts judged (all in scope, or a school's, when `school-meals` runs
/// the receipt rules) and the run's index of the store.
public struct ReceiptRun {
    /// The receipts the receipt rules judge; the other rules read the index.
    public var receipts: [AuditReceipt]
    /// The run's index: context, documents, parties, graph.
    public var index: AuditIndex

    /// The receipts `receipts` over `index`.
    public init(receipts: [AuditReceipt], index: AuditIndex) {
        self.receipts = receipts
        self.index = index
    }
}

/// Text helpers for messages.
enum Describe {
    static func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }

    static func product(_ receipt: AuditReceipt) -> String {
        receipt.product.map { "\($0.name) (\($0.category.rawValue))" } ?? "goods"
    }

    static func document(_ reference: DocumentRef) -> String { "\(reference.type.chineseName) \(reference.number)" }
}

/// The source tickets a receipt must quote, by product category (each entry: any one of these types); `foodtrace
/// trace` flags receipt hops by them too.
public enum TicketRequirements {
    public static func required(for category: ProductCategory) -> [[DocumentType]] {
        if category.isLiveAnimal { return [[.animalQuarantine]] }
        if category == .pork { return [[.productQuarantine], [.meatInspection]] }
        if category.isMeat { return [[.productQuarantine]] }
        return [[.complianceProof, .testReport]]
    }
}
