import TraceModel

/// The outcome of one audit run, as every report format renders it; its JSON shape is
/// `schemas/audit-report.schema.json` (`format` `foodtrace-audit`, `v` 1).
public struct AuditReport: Sendable, Codable, Hashable {
    public var format = "foodtrace-audit"
    public var v = 1
    /// "Now" for the audit.
    public var clock: Timestamp
    public var scope: ReportScope
    /// The threshold: a finding at or above it fails the run.
    public var failOn: Severity
    public var plugins: [ReportPlugin]
    /// Grouped by plugin (in run order), then by rule (in the plugin's rule order, reused rules last).
    public var findings: [ReportFinding]
    public var counts: SeverityCounts
    /// True when a finding reaches ``failOn`` (the CLI then exits 1).
    public var failed: Bool

    public init(
        clock: Timestamp, scope: ReportScope, failOn: Severity, plugins: [ReportPlugin], findings: [ReportFinding]
    ) {
        self.clock = clock
        self.scope = scope
        self.failOn = failOn
        self.plugins = plugins
        self.findings = findings
        counts = SeverityCounts(findings.map(\.severity))
        failed = findings.contains { $0.severity >= failOn }
    }

    /// The findings `plugin` reported under one rule id (`plugin/rule`).
    public func findings(of plugin: ReportPlugin, rule id: String) -> [ReportFinding] {
        findings.filter { $0.plugin == plugin.name && $0.rule == id }
    }
}

/// A finding with the plugin that reported it (which may report under another plugin's rule).
public struct ReportFinding: Sendable, Codable, Hashable {
    /// The plugin that reported it.
    public var plugin: String
    /// `plugin/rule`: usually the reporting plugin's own rule, or a rule it reuses.
    public var rule: String
    public var severity: Severity
    public var subject: String
    /// The message in Chinese.
    public var message: String
    /// The message in English, when the plugin gave one.
    public var messageEnglish: String?
    public var evidence: [String]

    public init(plugin: String, _ finding: Finding) {
        self.plugin = plugin
        rule = finding.rule
        severity = finding.severity
        subject = finding.subject
        message = finding.message
        messageEnglish = finding.messageEnglish
        evidence = finding.evidence
    }

    /// The message in `language` (the Chinese when no English was given).
    public func message(in language: Language) -> String { finding.message(in: language) }

    /// The finding as the plugin returned it.
    public var finding: Finding {
        Finding(
            rule: rule, severity: severity, subject: subject, message: message, evidence: evidence,
            messageEnglish: messageEnglish)
    }
}

/// A rule of another plugin that a plugin reported findings under.
public struct ReusedRule: Sendable, Codable, Hashable {
    /// The plugin that lists the rule.
    public var plugin: String
    public var rule: AuditRule

    public init(plugin: String, rule: AuditRule) {
        self.plugin = plugin
        self.rule = rule
    }

    /// `plugin/rule`.
    public var id: String { "\(plugin)/\(rule.id)" }
}

/// The scope of a report, with times as RFC 3339 text.
public struct ReportScope: Sendable, Codable, Hashable {
    public var party: String?
    /// The party ids ``party`` covers (a market and its stalls, the parties of an area).
    public var members: [String]?
    /// Inclusive.
    public var since: Timestamp?
    /// Exclusive.
    public var until: Timestamp?

    /// `scope` with its times shown at the offset of `clock`.
    public init(_ scope: AuditScope, offsetMinutes: Int) {
        party = scope.party
        members = scope.members
        since = scope.since.map { Timestamp(epochMilliseconds: $0, offsetMinutes: offsetMinutes) }
        until = scope.until.map { Timestamp(epochMilliseconds: $0, offsetMinutes: offsetMinutes) }
    }
}

/// A plugin as a report lists it: identity, origin, rules and the parameter overrides it ran with.
public struct ReportPlugin: Sendable, Codable, Hashable {
    public var name: String
    public var version: String
    /// `linked` or `loaded`.
    public var origin: String
    /// The shared library, for a loaded plugin.
    public var path: String?
    public var rules: [AuditRule]
    /// Rules of other plugins this plugin reported findings under, in registry order.
    public var reusedRules: [ReusedRule]
    /// Overrides given with `--param` that reached this plugin's rules (own or reused), keyed `rule.parameter`.
    public var parameters: [String: String]

    public init(_ entry: RegisteredPlugin, parameters: [String: String] = [:]) {
        name = entry.plugin.name
        version = entry.plugin.version
        switch entry.origin {
        case .linked:
            origin = "linked"
            path = nil
        case .loaded(let file):
            origin = "loaded"
            path = file
        }
        rules = entry.plugin.rules
        reusedRules = []
        self.parameters = parameters
    }

    /// `plugin/rule`, the id findings use.
    public func qualifiedID(_ rule: AuditRule) -> String { "\(name)/\(rule.id)" }

    /// Every rule this plugin reports under, with its `plugin/rule` id: its own, then the reused ones.
    public var ruleEntries: [(id: String, rule: AuditRule)] {
        rules.map { (qualifiedID($0), $0) } + reusedRules.map { ($0.id, $0.rule) }
    }
}

/// Findings per severity. `info` items state figures (a school's traceability rate), not faults: they are
/// counted under ``info`` only, and ``total`` counts the findings — warnings and above.
public struct SeverityCounts: Sendable, Codable, Hashable {
    public var info = 0
    public var warning = 0
    public var violation = 0
    public var critical = 0
    /// Warnings, violations and criticals: `info` items are not findings.
    public var total = 0

    public init(_ severities: [Severity]) {
        for severity in severities {
            switch severity {
            case .info: info += 1
            case .warning: warning += 1
            case .violation: violation += 1
            case .critical: critical += 1
            }
        }
        total = warning + violation + critical
    }

    public subscript(_ severity: Severity) -> Int {
        switch severity {
        case .info: return info
        case .warning: return warning
        case .violation: return violation
        case .critical: return critical
        }
    }
}
