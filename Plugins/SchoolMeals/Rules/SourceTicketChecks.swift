import FoodTraceKit
import SourceTickets
import TraceModel

/// `source-tickets`: the source-ticket receipt rules run on school canteens' receipts, by the
/// `source-tickets` plugin's own code (``SourceTicketsPlugin/receiptFindings(_:index:rules:)``).
///
/// Findings **pass through** under their `source-tickets/<rule>` ids (`missing-document`,
/// `document-expired`, `certificate-quantity`, …) with those rules' severities and parameters, so one
/// fault has one rule id whichever plugin reports it; running both plugins reports a school receipt's
/// fault twice, as identical findings. `supplier-blacklisted` is left to this plugin's own rule of that id.
enum SourceTicketChecks: SchoolRule {
    static let rule = AuditRule(
        id: "source-tickets", title: "学校食堂进货索证索票", titleEnglish: "Source tickets of school receipts",
        severity: .violation,
        source: "\(SchoolSources.regulation); 《餐饮服务食品采购索证索票管理规定》(2011); 《食品安全法》(2021) 第五十三条")

    static func check(_ data: SchoolData) throws -> [Finding] {
        let rules = Set(SourceTicketsPlugin.receiptRuleIDs).subtracting(["supplier-blacklisted"])
        return try SourceTicketsPlugin().receiptFindings(data.receipts, index: data.index, rules: rules)
    }
}
