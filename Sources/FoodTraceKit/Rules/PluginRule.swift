import TraceModel

/// One rule of a plugin: its metadata (id, titles, severity, the instrument it cites, typed parameters) and its
/// check.
///
/// A plugin prepares once per run what its rules share — an index of receipts, a school's data, recall notices —
/// and hands it to each rule as its ``Run``. Every rule of every plugin has this one shape; a plugin names its own
/// refinement once, with its run type and name:
///
/// ```swift
/// protocol MarketRule: PluginRule where Run == MarketRun {}
/// extension MarketRule { static var plugin: String { MarketSupervisionPlugin.pluginName } }
///
/// enum RapidTestCoverage: MarketRule {
///     static let rule = AuditRule(id: "rapid-test-coverage", …, source: "…", parameters: […])
///     static func check(_ run: MarketRun) throws -> [Finding] { … finding(subject:message:evidence:) … }
/// }
/// ```
public protocol PluginRule<Run> {
    /// What the plugin prepares once per run and each of its rules reads.
    associatedtype Run
    /// The plugin's stable name: the rule's findings are named `plugin/rule-id`.
    static var plugin: String { get }
    /// The rule's id, titles, severity, source (the regulation or standard it comes from) and parameters.
    static var rule: AuditRule { get }
    /// The rule's findings over one run.
    static func check(_ run: Run) throws -> [Finding]
}

extension PluginRule {
    /// `plugin/rule-id`, the name the rule's findings carry.
    public static var qualifiedID: String { "\(plugin)/\(rule.id)" }

    /// A finding of this rule: named `plugin/rule-id`, at the rule's severity unless `severity` is given, with the
    /// evidence's record ids in order and without repeats. The rule's ``AuditRule/source`` is its citation: reports
    /// show it beside each finding.
    public static func finding(subject: String, message: String, evidence: [String], severity: Severity? = nil)
        -> Finding
    {
        Finding(
            rule: qualifiedID, severity: severity ?? rule.severity, subject: subject, message: message,
            evidence: uniqued(evidence))
    }

    /// A finding of this rule whose message is a catalogue ``Message``: Chinese and English, each report shows the
    /// one its reader chose.
    public static func finding(subject: String, text: Message, evidence: [String], severity: Severity? = nil)
        -> Finding
    {
        Finding(
            rule: qualifiedID, severity: severity ?? rule.severity, subject: subject, message: text.zh,
            evidence: uniqued(evidence), messageEnglish: text.en)
    }

    /// A ``ParameterType/decimal`` parameter of this rule (``AuditContext/amount(_:_:)``).
    public static func decimal(_ context: AuditContext, _ name: String) throws(ParameterError) -> Amount {
        try context.amount(rule, name)
    }

    /// An ``ParameterType/integer`` parameter of this rule.
    public static func integer(_ context: AuditContext, _ name: String) throws(ParameterError) -> Int64 {
        try context.integer(rule, name)
    }

    /// A ``ParameterType/boolean`` parameter of this rule.
    public static func flag(_ context: AuditContext, _ name: String) throws(ParameterError) -> Bool {
        try context.flag(rule, name)
    }

    /// A ``ParameterType/list`` parameter of this rule.
    public static func list(_ context: AuditContext, _ name: String) throws(ParameterError) -> [String] {
        try context.list(rule, name)
    }

    /// A parameter of this rule as text, checked against its type.
    public static func text(_ context: AuditContext, _ name: String) throws(ParameterError) -> String {
        try context.checkedParameter(rule, name)
    }
}
