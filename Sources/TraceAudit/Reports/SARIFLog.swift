import TraceModel

/// The SARIF 2.1.0 rendering, for code-scanning dashboards: one run per plugin.
///
/// The plugin is the run's `tool.driver` (its rules with Chinese and English titles, the regulation
/// in `properties.source`, then any rules of other plugins it reported under); each finding is a result with `ruleId` `plugin/rule`, a `level` from its
/// severity (info → note, warning → warning, violation and critical → error), its subject as a
/// logical location, and its evidence record ids in `properties.evidence`.
struct SARIFLog: Encodable {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    let schema = SARIFLog.schemaURI
    let version = "2.1.0"
    let runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    init(_ report: AuditReport) {
        runs = report.plugins.map { SARIFRun(plugin: $0, report: report) }
    }
}

struct SARIFRun: Encodable {
    let tool: SARIFTool
    let invocations: [SARIFInvocation]
    let results: [SARIFResult]
    let properties: SARIFRunProperties

    init(plugin: ReportPlugin, report: AuditReport) {
        tool = SARIFTool(driver: SARIFDriver(plugin))
        invocations = [SARIFInvocation(executionSuccessful: true)]
        results = plugin.ruleEntries.enumerated().flatMap { index, entry in
            report.findings(of: plugin, rule: entry.id).map { SARIFResult($0, ruleIndex: index) }
        }
        properties = SARIFRunProperties(
            clock: report.clock, scope: report.scope, failOn: report.failOn, origin: plugin.origin,
            path: plugin.path, parameters: plugin.parameters)
    }
}

struct SARIFTool: Encodable {
    let driver: SARIFDriver
}

struct SARIFDriver: Encodable {
    let name: String
    let fullName: String
    let version: String
    let rules: [SARIFRule]

    init(_ plugin: ReportPlugin) {
        name = plugin.name
        fullName = "FoodTrace audit plugin \(plugin.name)"
        version = plugin.version
        rules = plugin.ruleEntries.map { SARIFRule($0.rule, id: $0.id) }
    }
}

struct SARIFMessage: Encodable {
    let text: String
}

struct SARIFRule: Encodable {
    struct Configuration: Encodable {
        let level: String
    }

    struct Properties: Encodable {
        let source: String
        let title: String
        let titleEnglish: String
        let severity: Severity
        let parameters: [RuleParameter]
    }

    let id: String
    let shortDescription: SARIFMessage
    let fullDescription: SARIFMessage
    let defaultConfiguration: Configuration
    let properties: Properties

    init(_ rule: AuditRule, id: String) {
        self.id = id
        shortDescription = SARIFMessage(text: "\(rule.title) · \(rule.titleEnglish)")
        fullDescription = SARIFMessage(text: "\(rule.title) (\(rule.titleEnglish)). 依据 source: \(rule.source)")
        defaultConfiguration = Configuration(level: rule.severity.sarifLevel)
        properties = Properties(
            source: rule.source, title: rule.title, titleEnglish: rule.titleEnglish, severity: rule.severity,
            parameters: rule.parameters)
    }
}

struct SARIFResult: Encodable {
    struct Location: Encodable {
        let logicalLocations: [LogicalLocation]
    }

    struct LogicalLocation: Encodable {
        let name: String
        let fullyQualifiedName: String
        let kind: String
    }

    struct Properties: Encodable {
        let severity: Severity
        let subject: String
        let evidence: [String]
    }

    let ruleId: String
    let ruleIndex: Int
    let level: String
    let message: SARIFMessage
    let locations: [Location]
    let partialFingerprints: [String: String]
    let properties: Properties

    init(_ finding: ReportFinding, ruleIndex: Int) {
        ruleId = finding.rule
        self.ruleIndex = ruleIndex
        level = finding.severity.sarifLevel
        message = SARIFMessage(text: finding.message)
        locations = [
            Location(logicalLocations: [
                LogicalLocation(name: finding.subject, fullyQualifiedName: finding.subject, kind: "resource")
            ])
        ]
        partialFingerprints = [
            "foodtraceFinding/v1": Fingerprint.of([finding.rule, finding.subject] + finding.evidence)
        ]
        properties = Properties(severity: finding.severity, subject: finding.subject, evidence: finding.evidence)
    }
}

struct SARIFInvocation: Encodable {
    let executionSuccessful: Bool
}

struct SARIFRunProperties: Encodable {
    let clock: Timestamp
    let scope: ReportScope
    let failOn: Severity
    let origin: String
    let path: String?
    let parameters: [String: String]
}

/// A stable 64-bit FNV-1a hash (hex) of strings, to tell the same finding apart across runs.
enum Fingerprint {
    static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
