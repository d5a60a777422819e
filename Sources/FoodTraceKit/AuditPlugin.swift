import Foundation
import TraceModel

/// What a plugin run gets: a read-only query view, an injected clock, parameters and a scope.
public struct AuditContext {
    public let query: any AuditQuery
    /// "Now" for the audit (expiry, deadlines), from the caller's clock.
    public let now: Int64
    public let scope: AuditScope
    /// Overrides of rule parameters, keyed `rule-id.parameter` (e.g. `sample-retention.min-grams`).
    public let parameters: [String: String]

    public init(query: any AuditQuery, now: Int64, scope: AuditScope, parameters: [String: String] = [:]) {
        self.query = query
        self.now = now
        self.scope = scope
        self.parameters = parameters
    }

    /// The value of a rule's parameter: the override if given, else the rule's default.
    public func parameter(_ rule: AuditRule, _ name: String) -> String {
        if let value = parameters["\(rule.id).\(name)"] { return value }
        return rule.parameters.first { $0.name == name }?.defaultValue ?? ""
    }

    /// A decimal parameter.
    public func amount(_ rule: AuditRule, _ name: String) -> Amount {
        Amount(parameter(rule, name)) ?? .zero
    }

    /// A list parameter (comma-separated).
    public func list(_ rule: AuditRule, _ name: String) -> [String] {
        parameter(rule, name).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }
}

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
func uniqued(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}
