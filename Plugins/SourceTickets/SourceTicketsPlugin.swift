import FoodTraceKit
import TraceModel

/// The `source-tickets` audit plugin (索证索票): every receipt at a slaughterhouse, market, stall or canteen
/// is checked for the tickets its goods need and for its supplier; markets for 场厂挂钩 and their
/// purchase/sales ledgers; every certificate for its issuer's entitlement; positive tests for what
/// still moved.
///
/// The receipt rules are public through ``receiptFindings(_:index:rules:)`` so the `school-meals`
/// plugin runs the same code on school receipts.
public struct SourceTicketsPlugin: AuditPlugin {
    /// The plugin's stable name, the prefix of its findings' rule ids.
    public static let pluginName = "source-tickets"

    /// `source-tickets`.
    public let name = SourceTicketsPlugin.pluginName
    /// The plugin's version (rules, ids and parameters are stable within a major version).
    public let version = "1.0.0"

    /// The plugin; it holds no state, every run reads the store afresh.
    public init() {}

    /// Rules judged per receipt (also run on school receipts by `school-meals`).
    static var receiptRules: [any SourceTicketRule.Type] {
        [
            MissingDocument.self, DocumentNotCertified.self, DocumentExpired.self, CertificateQuantity.self,
            SupplierLicence.self, SupplierBlacklisted.self, NoSupplyAgreement.self, UndesignatedSlaughterhouse.self,
        ]
    }

    /// Rules over the whole store view rather than single receipts.
    static var otherRules: [any SourceTicketRule.Type] {
        [IssuerNotEntitled.self, SalesExceedReceipts.self, PositiveTestDistributed.self]
    }

    static var allRules: [any SourceTicketRule.Type] { receiptRules + otherRules }

    /// Every rule with its titles, severity, source and parameters.
    public var rules: [AuditRule] { Self.allRules.map { $0.rule } }

    /// Ids of the rules judged per receipt.
    public static var receiptRuleIDs: [String] { receiptRules.map { $0.rule.id } }

    /// Runs every rule over the receipts, documents and records in `context`'s scope, as of `context.now`.
    public func run(_ context: AuditContext) throws -> [Finding] {
        let index = try AuditIndex(context: context)
        var findings: [Finding] = []
        let receipts = try index.receipts()
        let run = ReceiptRun(receipts: receipts, index: index)
        for rule in Self.allRules { findings += try rule.check(run) }
        return findings
    }

    /// Runs the receipt rules (all, or those whose ids are in `rules`) on `receipts`; findings keep their
    /// `source-tickets/<rule>` ids and the parameters come from `index.context` under the same rule ids.
    public func receiptFindings(_ receipts: [AuditReceipt], index: AuditIndex, rules: Set<String>? = nil) throws
        -> [Finding]
    {
        var findings: [Finding] = []
        for rule in Self.receiptRules where rules?.contains(rule.rule.id) ?? true {
            findings += try rule.check(ReceiptRun(receipts: receipts, index: index))
        }
        return findings
    }

    /// The blacklist entries against `supplier` in force and already recorded at `time`.
    public func blacklistEntries(_ index: AuditIndex, supplier: String, at time: Int64) -> [AuditDocument] {
        SupplierBlacklisted.entries(index, supplier: supplier, at: time)
    }
}
