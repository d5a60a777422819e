/// One `--param RULE.PARAM=VALUE` override, where RULE is a rule id (`sample-retention`) or a
/// plugin-qualified one (`school-meals/sample-retention`).
public struct ParameterOverride: Sendable, Hashable {
    /// The plugin named in the key, if any.
    public var plugin: String?
    public var rule: String
    public var parameter: String
    public var value: String

    /// Parses `RULE.PARAM=VALUE`; `nil` when the text has no `=` or no `.` in its key.
    public init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals]
        guard let dot = key.lastIndex(of: ".") else { return nil }
        var rule = String(key[..<dot])
        if let slash = rule.firstIndex(of: "/") {
            plugin = String(rule[..<slash])
            rule = String(rule[rule.index(after: slash)...])
        }
        self.rule = rule
        parameter = String(key[key.index(after: dot)...])
        value = String(text[text.index(after: equals)...])
        guard !rule.isEmpty, !parameter.isEmpty, plugin?.isEmpty != true else { return nil }
    }

    /// The key a plugin's ``AuditContext/parameters`` uses.
    public var key: String { "\(rule).\(parameter)" }
}

extension AuditRegistry {
    /// The overrides each of `plugins` gets, by plugin name; refuses an override that no plugin of
    /// `plugins` or `catalog` lists (rule and parameter), and one whose value is not of the parameter's type.
    ///
    /// A plugin may run another plugin's rules (school-meals runs the source-tickets receipt rules), so
    /// overrides are delivered wide and each plugin reads only the keys of the rules it runs:
    /// `RULE.PARAM` goes to every plugin of the run; `PLUGIN/RULE.PARAM` goes to that plugin and to every
    /// other one that has no rule of its own with that id.
    public static func parameters(
        _ overrides: [ParameterOverride], for plugins: [RegisteredPlugin],
        catalog: [RegisteredPlugin] = []
    ) throws(RegistryError) -> [String: [String: String]] {
        let known = plugins + catalog
        var result: [String: [String: String]] = [:]
        for override in overrides {
            let declared = known.flatMap { entry in
                override.plugin == nil || override.plugin == entry.plugin.name
                    ? entry.plugin.rules.filter { $0.id == override.rule }.flatMap(\.parameters).filter {
                        $0.name == override.parameter
                    } : []
            }
            let rule = override.plugin.map { "\($0)/\(override.rule)" } ?? override.rule
            guard !declared.isEmpty else {
                throw RegistryError(.Parameters.noSuchParameter(rule: rule, parameter: override.parameter))
            }
            // Every plugin that declares the parameter must accept the value (a rule reused by another plugin is
            // declared by both, with one type).
            for parameter in declared {
                if let problem = parameter.problemText(with: override.value) {
                    throw RegistryError(
                        .Parameters.badValue(
                            "\(rule).\(override.parameter)=\(override.value)", problem, type: parameter.type.rawValue,
                            description: parameter.descriptionChinese ?? parameter.description,
                            parameter.description))
                }
            }
            for entry in plugins {
                let plugin = entry.plugin
                let delivers =
                    override.plugin == nil || override.plugin == plugin.name
                    || !plugin.rules.contains { $0.id == override.rule }
                if delivers { result[plugin.name, default: [:]][override.key] = override.value }
            }
        }
        return result
    }
}
