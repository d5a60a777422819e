import FoodTraceKit

/// `receipt-without-expiry`: an accepted receipt of perishable food that records no expiry date, which the
/// purchase inspection record must hold.
enum ReceiptWithoutExpiry: ShelfLifeRule {
    static let rule = AuditRule(
        id: "receipt-without-expiry", title: "进货查验记录缺少保质期", titleEnglish: "Receipt records no expiry date",
        severity: .warning,
        source: "中华人民共和国食品安全法 (2021) 第五十三条：进货查验记录应如实记录食品的名称、规格、数量、生产日期或者生产批号、保质期",
        parameters: [
            RuleParameter(
                name: "categories", defaultValue: "pork,beef,mutton,poultry-meat,aquatic,dairy",
                description: "Product categories whose receipts must record an expiry.", type: .list,
                choices: ProductCategory.allCases.map(\.rawValue))
        ])

    static func check(_ context: AuditContext) throws -> [Finding] {
        let categories = Set(try list(context, "categories"))
        return try context.query.receipts(context.scope).compactMap { receipt in
            guard receipt.accepted, receipt.expires == nil, let product = receipt.product,
                categories.contains(product.category.rawValue)
            else { return nil }
            return finding(
                subject: receipt.local ?? receipt.batch,
                message: "\(receipt.receiver) 收货 \(product.name) \(receipt.quantity)，未记录保质期",
                evidence: [receipt.record])
        }
    }
}
