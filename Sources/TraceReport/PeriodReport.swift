import FoodTraceKit
import TraceAudit
import TraceModel

/// What a period report shows: the audit findings of a month in an area or market, each school canteen's
/// traceability rate, the recalls and drills of the month, and the records the findings rest on. Gathered by the
/// caller (the CLI reads the store and runs the plugins), rendered by ``PeriodReportHTML``.
public struct PeriodReport: Sendable {
    /// The month, e.g. `2026-11`.
    public var period: ReportPeriod
    /// Who the report covers: the whole store, an area code or a market id, with a name for people.
    public var scope: Scope
    /// When the report was made (RFC 3339).
    public var generated: String
    /// The findings in scope, each with the party it concerns.
    public var findings: [Entry]
    /// The rules that reported, for titles: `plugin/rule` → rule.
    public var rules: [String: AuditRule]
    /// One row per school canteen with meals in the period.
    public var canteens: [CanteenRate]
    public var recalls: [RecallRow]
    public var drills: [DrillRow]
    /// The records the findings cite, for the evidence appendix, in first-cited order.
    public var evidence: [EvidenceRecord]
    /// Further sections, in order, after the standard ones: the hook for figures of other plugins (e.g. the
    /// market-supervision plugin's). An empty list renders a note that none were supplied.
    public var extraSections: [ExtraSection]

    public init(
        period: ReportPeriod, scope: Scope, generated: String, findings: [Entry], rules: [String: AuditRule],
        canteens: [CanteenRate], recalls: [RecallRow], drills: [DrillRow], evidence: [EvidenceRecord],
        extraSections: [ExtraSection] = []
    ) {
        self.period = period
        self.scope = scope
        self.generated = generated
        self.findings = findings
        self.rules = rules
        self.canteens = canteens
        self.recalls = recalls
        self.drills = drills
        self.evidence = evidence
        self.extraSections = extraSections
    }

    /// The report's scope.
    public enum Scope: Sendable, Hashable {
        case all
        case area(code: String, name: String?)
        case market(id: String, name: String)

        /// The scope as the report names it: the whole store, an area or a market.
        public var text: Message {
            switch self {
            case .all: return Message.Report.wholeStore
            case .area(let code, let name): return Message.Report.area(code, name: name)
            case .market(let id, let name): return Message.Report.market(id, name: name)
            }
        }
    }

    /// A finding and the party it concerns (id and name; `nil` when it concerns no one party).
    public struct Entry: Sendable {
        public var finding: ReportFinding
        public var party: String?
        public var partyName: String?

        public init(finding: ReportFinding, party: String?, partyName: String?) {
            self.finding = finding
            self.party = party
            self.partyName = partyName
        }
    }

    /// A school canteen's ingredient traceability: uses that trace completely of all uses, and the target.
    public struct CanteenRate: Sendable {
        public var party: String
        public var name: String
        public var traced: Int
        public var uses: Int
        /// The rule's target in percent.
        public var target: Double

        public init(party: String, name: String, traced: Int, uses: Int, target: Double) {
            self.party = party
            self.name = name
            self.traced = traced
            self.uses = uses
            self.target = target
        }

        /// The rate in percent.
        public var percent: Double { uses == 0 ? 100 : Double(traced) * 100 / Double(uses) }
        public var met: Bool { percent >= target }
    }

    /// A recall notice issued in the period and where it stands.
    public struct RecallRow: Sendable {
        public var notice: String
        public var level: Int
        public var batch: String
        public var reason: String
        public var issuedAt: String
        /// `open`, `complete`, `overdue`, … as the recall plugin says.
        public var state: String
        public var record: String

        public init(
            notice: String, level: Int, batch: String, reason: String, issuedAt: String, state: String, record: String
        ) {
            self.notice = notice
            self.level = level
            self.batch = batch
            self.reason = reason
            self.issuedAt = issuedAt
            self.state = state
            self.record = record
        }
    }

    /// A recall drill stored in the period.
    public struct DrillRow: Sendable {
        public var at: String
        public var party: String
        public var partyName: String
        public var lot: String
        public var passed: Bool
        /// What the drill accounted for and how long it took, as stored.
        public var value: String
        public var record: String

        public init(
            at: String, party: String, partyName: String, lot: String, passed: Bool, value: String, record: String
        ) {
            self.at = at
            self.party = party
            self.partyName = partyName
            self.lot = lot
            self.passed = passed
            self.value = value
            self.record = record
        }
    }

    /// A record cited as evidence.
    public struct EvidenceRecord: Sendable {
        public var id: String
        public var kind: String
        public var issuer: String
        public var issuerName: String
        public var at: String
        /// A trace code or number the record is about, when it has one.
        public var about: String?

        public init(id: String, kind: String, issuer: String, issuerName: String, at: String, about: String?) {
            self.id = id
            self.kind = kind
            self.issuer = issuer
            self.issuerName = issuerName
            self.at = at
            self.about = about
        }

        /// The HTML anchor of the record in the appendix.
        public var anchor: String { PeriodReport.anchor(of: id) }
    }

    /// A section supplied by another plugin: its anchor id, title and HTML body (already escaped and free of
    /// external assets; the renderer puts it inside a `<section>` as is).
    public struct ExtraSection: Sendable {
        public var id: String
        public var title: Message
        public var html: String

        public init(id: String, title: Message, html: String) {
            self.id = id
            self.title = title
            self.html = html
        }
    }

    /// How many findings the report counts as such: warning and above (info items are figures such as rates).
    public var countedFindings: Int { findings.filter { $0.finding.severity >= .warning }.count }

    /// The anchor of evidence record `id`: `ev-` and its first 16 hex digits.
    public static func anchor(of id: String) -> String {
        "ev-" + id.replacingOccurrences(of: "sha256:", with: "").prefix(16)
    }
}
