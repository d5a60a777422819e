import FoodTraceKit
import SourceTickets
import TraceModel

/// The `school-meals` audit plugin: school canteens (role `school-canteen`) — ingredient traceability as a
/// rate per school, approved and sanctioned suppliers, the source tickets of their receipts (by the
/// `source-tickets` plugin's code), sample retention, banned foods, expired and recalled ingredients,
/// and complete receiving records.
public struct SchoolMealsPlugin: AuditPlugin {
    /// The plugin's stable name, the prefix of its findings' rule ids.
    public static let pluginName = "school-meals"

    /// `school-meals`.
    public let name = SchoolMealsPlugin.pluginName
    /// The plugin's version (rules, ids and parameters are stable within a major version).
    public let version = "1.0.0"

    /// The plugin; it holds no state, every run reads the store afresh.
    public init() {}

    static var allRules: [any SchoolRule.Type] {
        [
            TraceabilityRate.self, UnapprovedSupplier.self, SchoolSupplierBlacklisted.self, SupplierRedCard.self,
            SupplierCreditGrade.self, SourceTicketChecks.self, SampleRetention.self, BannedFood.self,
            ExpiredIngredient.self, RecalledBatchUsed.self, ReceivingRecords.self,
        ]
    }

    /// Every rule with its titles, severity, source and parameters.
    public var rules: [AuditRule] { Self.allRules.map { $0.rule } }

    /// Runs every rule. `traceability-rate` adds one `info` finding per school with its rate; findings of
    /// the `source-tickets` rule carry `source-tickets/<rule>` ids (see the rule's documentation).
    public func run(_ context: AuditContext) throws -> [Finding] {
        let data = try SchoolData(index: AuditIndex(context: context))
        var findings: [Finding] = []
        for rule in Self.allRules { findings += try rule.check(data) }
        return findings
    }
}
