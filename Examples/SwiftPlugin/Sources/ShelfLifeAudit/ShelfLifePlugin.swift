import FoodTraceKit

/// The `shelf-life` audit plugin: receipts that record no expiry date, and food sold after its expiry.
///
/// An example of a plugin built outside FoodTrace against its SDK alone: rules on the SDK's one ``PluginRule``
/// protocol, typed parameters (a mistyped `--param` is refused before the plugin runs), the query API, and findings
/// citing the law they come from.
public struct ShelfLifePlugin: AuditPlugin {
    /// `shelf-life`, the prefix of the plugin's findings.
    public static let pluginName = "shelf-life"

    public let name = ShelfLifePlugin.pluginName
    public let version = "1.0.0"

    static var allRules: [any ShelfLifeRule.Type] { [ReceiptWithoutExpiry.self, SoldAfterExpiry.self] }

    public var rules: [AuditRule] { Self.allRules.map { $0.rule } }

    public init() {}

    public func run(_ context: AuditContext) throws -> [Finding] {
        try Self.allRules.flatMap { try $0.check(context) }
    }
}

/// A rule of the plugin: each reads the store through the run's context.
protocol ShelfLifeRule: PluginRule where Run == AuditContext {}

extension ShelfLifeRule {
    static var plugin: String { ShelfLifePlugin.pluginName }
}
