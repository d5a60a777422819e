import FoodTraceKit
import TraceModel

/// `supplier-licence`: the supplier of a receipt holds no business or production licence in force at
/// receipt time, or its unified social credit code (GB 32100) or SC production licence number fails its
/// check character.
///
/// The SC check digit algorithm is not published in the project's sources; ``LicenceNumbers`` uses
/// ISO 7064 MOD 11,10 as a documented default, so that check can be switched off (`check-sc-number`).
enum SupplierLicence: SourceTicketRule {
    static let rule = AuditRule(
        id: "supplier-licence", title: "供货者证照缺失、过期或编号校验不符",
        titleEnglish: "Supplier licence missing, expired or malformed",
        severity: .violation,
        source: "《食品安全法》(2021) 第五十三条; 《餐饮服务食品采购索证索票管理规定》(2011); GB 32100-2015",
        parameters: [
            RuleParameter(
                name: "check-sc-number", defaultValue: "true",
                description:
                    "Also check the SC licence number's last digit as an ISO 7064 MOD 11,10 check character (no "
                    + "published rule names the algorithm; false skips the check).",
                type: .boolean, descriptionChinese: "同时按 ISO 7064 MOD 11,10 校验 SC 许可证编号的最后一位（尚无公开规定指明该算法；false 不作此项检查）。"
            )
        ])

    static func check(_ run: ReceiptRun) throws -> [Finding] {
        let receipts = run.receipts
        let index = run.index
        let checkSC = try flag(index.context, "check-sc-number")
        var findings: [Finding] = []
        for receipt in receipts {
            guard let supplier = index.parties[receipt.sender] else { continue }
            var problems: [Message] = []
            let licences = supplier.licences.filter { $0.type == .businessLicence || $0.type == .productionLicence }
            let inForce = licences.filter { licence in
                licence.validFrom.epochMilliseconds <= receipt.at
                    && (licence.validUntil.map { receipt.at <= $0.epochMilliseconds } ?? true)
            }
            if licences.isEmpty {
                problems.append(
                    Message(
                        "source-tickets.no-licence", zh: "无营业执照或食品生产许可证",
                        en: "no business licence or food production licence"))
            } else if inForce.isEmpty {
                let at = Describe.time(receipt.at)
                problems.append(
                    Message(
                        "source-tickets.licence-lapsed", zh: "证照在 \(at) 不在有效期内", en: "no licence in force at \(at)"))
            }
            if let code = supplier.creditCode, !LicenceNumbers.isValidCreditCode(code) {
                problems.append(
                    Message(
                        "source-tickets.credit-code", zh: "统一社会信用代码 \(code) 校验码不符",
                        en: "unified social credit code \(code) fails its check digit"))
            }
            if checkSC {
                for licence in licences
                where licence.type == .productionLicence && !LicenceNumbers.isValidProductionLicence(licence.number) {
                    problems.append(
                        Message(
                            "source-tickets.sc-number", zh: "食品生产许可证编号 \(licence.number) 校验不符",
                            en: "food production licence number \(licence.number) fails its check"))
                }
            }
            guard !problems.isEmpty else { continue }
            findings.append(
                finding(
                    subject: supplier.id,
                    text: Message(
                        "source-tickets.supplier-licence",
                        zh:
                            "\(index.name(of: receipt.receiver)) 收货的供货者 \(supplier.name)：\(problems.map(\.zh).joined(separator: "；"))",
                        en:
                            "supplier \(supplier.name) of \(index.name(of: receipt.receiver)): \(problems.map(\.en).joined(separator: "; "))"
                    ),
                    evidence: [receipt.record, supplier.record]))
        }
        return findings
    }
}
