import FoodTraceKit
import TraceModel

/// The `recall` audit plugin: recalls followed to the last kilogram, one step back and one step forward for
/// every batch (EU 178/2002 Art. 18, FSMA 204), transform yields, and yearly recall drills.
///
/// Rules: `sold-after-recall`, `recall-overdue`, `missing-step-back`, `missing-step-forward`, `yield-exceeded`,
/// `drill-overdue`. Deadlines and "recently" are judged at the context's `now`.
public struct RecallPlugin: AuditPlugin {
    /// The plugin's stable name, the prefix of its findings' rule ids.
    public static let pluginName = "recall"

    public let name = RecallPlugin.pluginName
    public let version = "1.0.0"

    public init() {}

    static var allRules: [any RecallRule.Type] {
        [
            SoldAfterRecall.self, RecallOverdue.self, MissingStepBack.self, MissingStepForward.self, YieldExceeded.self,
            DrillOverdue.self,
        ]
    }

    public var rules: [AuditRule] { Self.allRules.map { $0.rule } }

    public func run(_ context: AuditContext) throws -> [Finding] {
        let run = RecallRun(context)
        var findings: [Finding] = []
        for rule in Self.allRules { findings += try rule.check(run) }
        return findings
    }
}
