import FoodTraceKit

/// `sold-after-expiry`: a sale from a batch whose expiry had passed by more than `grace-hours`.
enum SoldAfterExpiry: ShelfLifeRule {
    static let rule = AuditRule(
        id: "sold-after-expiry", title: "销售超过保质期的食品", titleEnglish: "Food sold after its expiry",
        severity: .violation, source: "中华人民共和国食品安全法 (2021) 第三十四条第（十）项：禁止经营超过保质期的食品",
        parameters: [
            RuleParameter(
                name: "grace-hours", defaultValue: "0", description: "Hours after expiry before a sale is reported.",
                type: .integer)
        ])

    static func check(_ context: AuditContext) throws -> [Finding] {
        let grace = try integer(context, "grace-hours") * 3_600_000
        var findings: [Finding] = []
        for sale in try context.query.records(kind: .sell, context.scope) {
            guard case .sell(let body) = try sale.body(), let batch = try context.query.node(body.batch.digits),
                let expires = batch.expiresMilliseconds, sale.at > expires + grace
            else { continue }
            findings.append(
                finding(
                    subject: body.batch.digits,
                    message:
                        "\(sale.issuer) 于 \(Timestamp(epochMilliseconds: sale.at).text) 销售批次 \(body.batch.digits)，保质期至 \(Timestamp(epochMilliseconds: expires).text)",
                    evidence: [sale.id, batch.record]))
        }
        return findings
    }
}
