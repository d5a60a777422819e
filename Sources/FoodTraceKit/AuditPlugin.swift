import Foundation
import TraceModel

/// An audit plugin: a stable name, a version, its rules, and a run that returns findings.
///
/// The same type serves linked into `foodtrace` and built as a shared library (see ``PluginABI``).
public protocol AuditPlugin: Sendable {
    /// Stable name, e.g. `source-tickets`.
    var name: String { get }
    var version: String { get }
    var rules: [AuditRule] { get }
    func run(_ context: AuditContext) throws -> [Finding]
}

extension AuditPlugin {
    /// The rule with this id (a programming error if missing).
    public func rule(_ id: String) -> AuditRule {
        guard let rule = rules.first(where: { $0.id == id }) else { fatalError("\(name) has no rule \(id)") }
        return rule
    }

    /// A finding of one of this plugin's rules, at the rule's severity.
    public func finding(_ ruleID: String, subject: String, message: String, evidence: [String]) -> Finding {
        let rule = rule(ruleID)
        return Finding(
            rule: "\(name)/\(rule.id)", severity: rule.severity, subject: subject, message: message,
            evidence: uniqued(evidence))
    }
}

/// Removes duplicates keeping first occurrences.
package func uniqued(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}
