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

/// Text helpers for messages: each part in both languages (names, numbers and codes from records as recorded).
enum Describe {
    static func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }

    /// `白条猪肉（猪肉）` / `白条猪肉 (pork)`: the product's recorded name and its category.
    static func product(_ receipt: AuditReceipt) -> Message {
        guard let product = receipt.product else { return Message("source-tickets.goods", zh: "货物", en: "goods") }
        let category = Message.categoryName(product.category)
        return Message(
            "source-tickets.product", zh: "\(product.name)（\(category.zh)）", en: "\(product.name) (\(category.en))")
    }

    /// `动物检疫合格证明(产品) P51…` / `product-quarantine P51…`.
    static func document(_ reference: DocumentRef) -> Message { document(reference.type, reference.number) }

    static func document(_ type: DocumentType, _ number: String) -> Message {
        Message("source-tickets.document", zh: "\(type.chineseName) \(number)", en: "\(type.rawValue) \(number)")
    }

    /// `70 千克` / `70 kg`.
    static func quantity(_ quantity: Quantity) -> Message { .amount(quantity.value, quantity.unit) }
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
