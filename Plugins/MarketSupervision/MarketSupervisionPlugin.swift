import FoodTraceKit

/// The `market-supervision` audit plugin (市场监管): what a market supervision bureau checks of the markets in its
/// area — rapid-test coverage, the clenbuterol (瘦肉精) positive rate against its target, pass rates by product and
/// market, vendor files (入市备案), red-carded suppliers still supplying, and a credit grade A/B/C per market
/// computed from the period's findings.
///
/// Written against FoodTraceKit alone, as a plugin from outside the repository would be.
public struct MarketSupervisionPlugin: AuditPlugin {
    /// The plugin's stable name, the prefix of its findings' rule ids.
    public static let pluginName = "market-supervision"

    /// `market-supervision`.
    public let name = MarketSupervisionPlugin.pluginName
    /// The plugin's version (rules, ids and parameters are stable within a major version).
    public let version = "1.0.0"

    /// The plugin; it holds no state, every run reads the store afresh.
    public init() {}

    /// The rules judged over the run's markets, in report order; the credit grade comes last, from their findings.
    static var checks: [any MarketRule.Type] {
        [
            RapidTestCoverage.self, RapidTestShare.self, ClenbuterolPositiveRate.self, PassRate.self,
            VendorFileMissing.self, RedCardedSupplier.self,
        ]
    }

    /// Every rule with its titles, severity, source and parameters.
    public var rules: [AuditRule] { Self.checks.map { $0.rule } + [CreditGrade.rule] }

    /// Runs every rule over the markets in `context`'s scope, as of `context.now`.
    public func run(_ context: AuditContext) throws -> [Finding] {
        let run = try MarketRun(context)
        var findings: [Finding] = []
        for rule in Self.checks { findings += try rule.check(run) }
        return findings + (try CreditGrade.grade(run, findings: findings))
    }
}

/// One rule of the `market-supervision` plugin: a ``PluginRule`` over the run's markets.
protocol MarketRule: PluginRule where Run == MarketRun {}

extension MarketRule {
    /// `market-supervision`.
    static var plugin: String { MarketSupervisionPlugin.pluginName }
}

/// Where the rules' facts come from.
enum MarketSources {
    /// The seed targets a regulator holds markets to.
    static let targets = "《食品安全示范城市评价细则》(2017)"
    /// The market operator's duties: to check the vendors who enter and keep them to their food-safety duties.
    static let operators = "《食品安全法》(2021) 第六十一条"
    /// The vendor file (入场销售者档案).
    static let vendorFile = "《食用农产品市场销售质量安全监督管理办法》(2023)"
}
