import Foundation
import TraceModel

/// What `foodtrace audit rules` prints: every rule of every plugin, with its source and parameters.
///
/// JSON shape: `schemas/audit-rules.schema.json` (`format` `foodtrace-audit-rules`, `v` 1).
public struct RulesListing: Sendable, Codable, Hashable {
    public var format = "foodtrace-audit-rules"
    public var v = 1
    public var plugins: [Plugin]

    /// A plugin as the listing shows it.
    public struct Plugin: Sendable, Codable, Hashable {
        public var name: String
        public var version: String
        /// `linked` or `loaded`.
        public var origin: String
        /// The shared library, for a loaded plugin.
        public var path: String?
        public var rules: [AuditRule]

        /// `plugin/rule`, the id findings use.
        public func qualifiedID(_ rule: AuditRule) -> String { "\(name)/\(rule.id)" }
    }

    public init(_ plugins: [RegisteredPlugin]) {
        self.plugins = plugins.map { entry in
            let described = ReportPlugin(entry)
            return Plugin(
                name: described.name, version: described.version, origin: described.origin, path: described.path,
                rules: described.rules)
        }
    }

    /// The listing as pretty JSON, ending with a newline.
    public func json() throws -> String { try ReportJSON.string(self) + "\n" }

    /// The listing for a person, in `language`: per plugin, each rule with severity, title, source and parameters.
    /// Citations keep the instrument's own name; a parameter's description is the plugin's Chinese one in Chinese
    /// when it gave one.
    public func text(_ language: Language = .zhEn) -> String {
        var lines: [String] = []
        for plugin in plugins {
            if !lines.isEmpty { lines.append("") }
            lines.append(
                Message.Rules.plugin(
                    name: plugin.name, version: plugin.version, loadedFrom: plugin.path, rules: plugin.rules.count
                ).text(language))
            for rule in plugin.rules {
                lines.append("")
                let severity = language.pick(rule.severity.chineseName, rule.severity.rawValue)
                lines.append("  \(plugin.qualifiedID(rule))  [\(severity)]")
                lines.append("    " + Message.Rules.title(rule.title, rule.titleEnglish).text(language))
                let source = Message.Rules.source(
                    zh: Citation.text(rule.source, in: .zh), en: Citation.text(rule.source, in: .en))
                lines.append("    " + source.text(language))
                for parameter in rule.parameters {
                    let line = Message.Rules.parameter(
                        name: parameter.name, type: parameter.type.rawValue, choices: parameter.choices,
                        defaultValue: parameter.defaultValue,
                        description: parameter.descriptionChinese ?? parameter.description, parameter.description)
                    lines.append("    " + line.text(language))
                }
            }
        }
        if plugins.isEmpty { lines.append(Message.Rules.none.text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
