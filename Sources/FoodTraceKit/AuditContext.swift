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

    /// The value of a rule's parameter as text: the override if given, else the rule's default.
    public func parameter(_ rule: AuditRule, _ name: String) -> String {
        if let value = parameters["\(rule.id).\(name)"] { return value }
        return rule.parameters.first { $0.name == name }?.defaultValue ?? ""
    }

    /// The value of a rule's parameter, checked against its declared type.
    ///
    /// - Throws: ``ParameterError`` when the rule has no such parameter or the value is not of its type (the host
    ///   refuses such overrides before a run; this guards plugins run by other hosts and mistyped defaults).
    public func checkedParameter(_ rule: AuditRule, _ name: String) throws(ParameterError) -> String {
        guard let declared = rule.parameters.first(where: { $0.name == name }) else {
            throw ParameterError(rule: rule.id, parameter: name, value: nil, because: Message.Parameters.notOfRule)
        }
        let value = parameter(rule, name)
        if let reason = declared.problemText(with: value) {
            throw ParameterError(rule: rule.id, parameter: name, value: value, because: reason)
        }
        return value
    }

    /// A ``ParameterType/decimal`` parameter.
    public func amount(_ rule: AuditRule, _ name: String) throws(ParameterError) -> Amount {
        let text = try checkedParameter(rule, name)
        guard let amount = Amount(text) else {
            throw ParameterError(
                rule: rule.id, parameter: name, value: text,
                because: .Parameters.expected("精确小数", "an exact decimal number"))
        }
        return amount
    }

    /// An ``ParameterType/integer`` parameter.
    public func integer(_ rule: AuditRule, _ name: String) throws(ParameterError) -> Int64 {
        let text = try checkedParameter(rule, name)
        guard let value = Int64(text) else {
            throw ParameterError(
                rule: rule.id, parameter: name, value: text, because: .Parameters.expected("整数", "a whole number"))
        }
        return value
    }

    /// A ``ParameterType/boolean`` parameter.
    public func flag(_ rule: AuditRule, _ name: String) throws(ParameterError) -> Bool {
        let text = try checkedParameter(rule, name)
        guard text == "true" || text == "false" else {
            throw ParameterError(
                rule: rule.id, parameter: name, value: text,
                because: .Parameters.expected("true 或 false", "true or false"))
        }
        return text == "true"
    }

    /// A ``ParameterType/list`` parameter (comma-separated).
    public func list(_ rule: AuditRule, _ name: String) throws(ParameterError) -> [String] {
        RuleParameter.items(try checkedParameter(rule, name))
    }
}

/// A rule parameter whose value cannot be used: no such parameter, or a value not of its type.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
    /// The rule's id.
    public var rule: String
    /// The parameter's name.
    public var parameter: String
    /// The value refused, when there was one.
    public var value: String?
    /// Why, e.g. `expected a whole number`.
    public var reason: String
    /// Why, in Chinese and English (the English is ``reason``).
    public var because: Message

    /// A refusal worded by a plugin, the same in every language.
    public init(rule: String, parameter: String, value: String?, reason: String) {
        self.init(rule: rule, parameter: parameter, value: value, because: .verbatim(reason))
    }

    /// A refusal from the message catalogue.
    public init(rule: String, parameter: String, value: String?, because: Message) {
        self.rule = rule
        self.parameter = parameter
        self.value = value
        reason = because.en
        self.because = because
    }

    public var description: String {
        "parameter \(rule).\(parameter)" + (value.map { "=\($0)" } ?? "") + ": \(reason)"
    }

    public var text: Message {
        Message.Parameters.refused(rule: rule, parameter: parameter, value: value, because)
    }

    /// Equal when they name the same parameter, value and (English) reason.
    public static func == (lhs: ParameterError, rhs: ParameterError) -> Bool {
        (lhs.rule, lhs.parameter, lhs.value, lhs.reason) == (rhs.rule, rhs.parameter, rhs.value, rhs.reason)
    }
}
