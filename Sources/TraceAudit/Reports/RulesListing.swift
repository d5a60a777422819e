import Foundation

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

    /// The listing for a person: per plugin, each rule with severity, titles, source and parameters.
    public func text() -> String {
        var lines: [String] = []
        for plugin in plugins {
            if !lines.isEmpty { lines.append("") }
            let origin = plugin.path.map { "loaded from \($0)" } ?? plugin.origin
            lines.append("\(plugin.name) \(plugin.version) (\(origin)) — \(plugin.rules.count) rule(s)")
            for rule in plugin.rules {
                lines.append("")
                lines.append("  \(plugin.qualifiedID(rule))  [\(rule.severity.chineseName) \(rule.severity.rawValue)]")
                lines.append("    \(rule.title) · \(rule.titleEnglish)")
                lines.append("    依据 source: \(rule.source)")
                for parameter in rule.parameters {
                    let choices = parameter.choices.map { ", one of \($0.joined(separator: "|"))" } ?? ""
                    lines.append(
                        "    参数 \(parameter.name) (\(parameter.type.rawValue)\(choices)) = \(parameter.defaultValue.isEmpty ? "(empty)" : parameter.defaultValue) — \(parameter.description)"
                    )
                }
            }
        }
        if plugins.isEmpty { lines.append("no audit plugins") }
        return lines.joined(separator: "\n") + "\n"
    }
}
