import TraceModel

/// How serious a finding is. Ordered: `info < warning < violation < critical`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, violation, critical

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One rule of a plugin, with the regulation or standard it comes from.
public struct AuditRule: Sendable, Codable, Hashable {
    /// Stable id within the plugin, e.g. `missing-document`; findings name it as `plugin/id`.
    public var id: String
    /// Title in Simplified Chinese (users are in mainland China).
    public var title: String
    /// Title in English.
    public var titleEnglish: String
    public var severity: Severity
    /// The regulation or standard, e.g. `餐饮服务食品采购索证索票管理规定 (2011) 第六条`.
    public var source: String
    public var parameters: [RuleParameter]

    public init(
        id: String, title: String, titleEnglish: String, severity: Severity, source: String,
        parameters: [RuleParameter] = []
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.severity = severity
        self.source = source
        self.parameters = parameters
    }
}

/// What an audit found: `{rule, severity, subject, message, evidence}`.
public struct Finding: Sendable, Codable, Hashable {
    /// `plugin/rule`, e.g. `source-tickets/missing-document`.
    public var rule: String
    public var severity: Severity
    /// What the finding is about: a trace code, a party id, a certificate number or a record id.
    public var subject: String
    /// The message in Chinese (the default language).
    public var message: String
    /// The message in English, when the plugin gives one (`nil`: the Chinese is shown in every language).
    public var messageEnglish: String?
    /// Ids of the records that show it.
    public var evidence: [String]

    public init(
        rule: String, severity: Severity, subject: String, message: String, evidence: [String],
        messageEnglish: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.message = message
        self.messageEnglish = messageEnglish
        self.evidence = evidence
    }

    /// A finding whose message is a catalogue ``Message`` (both languages).
    public init(rule: String, severity: Severity, subject: String, text: Message, evidence: [String]) {
        self.init(
            rule: rule, severity: severity, subject: subject, message: text.zh, evidence: evidence,
            messageEnglish: text.en)
    }

    /// The message in `language`: the English when asked for and given, both for `zh+en`.
    public func message(in language: Language) -> String {
        language.pick(message, messageEnglish ?? message, separator: " / ")
    }
}

/// What an audit run looks at: one party (as receiver, holder or canteen) or a group of them, and a time window.
public struct AuditScope: Sendable, Codable, Hashable {
    /// The party, market or area the run was asked about, as given (`--party`).
    public var party: String?
    /// The party ids ``party`` covers: the party itself, a market with its stalls, every party of an area.
    /// `nil` means ``party`` alone (a scope made by a plugin, or by a host that does not resolve groups).
    public var members: [String]?
    /// Milliseconds since 1970, inclusive.
    public var since: Int64?
    /// Milliseconds since 1970, exclusive.
    public var until: Int64?

    public init(party: String? = nil, members: [String]? = nil, since: Int64? = nil, until: Int64? = nil) {
        self.party = party
        self.members = members
        self.since = since
        self.until = until
    }

    /// The party ids the scope is limited to, or `nil` for every party.
    public var parties: [String]? {
        guard let party else { return nil }
        return members ?? [party]
    }

    /// True when the scope covers `party` (always, when the scope names no party).
    public func covers(_ party: String?) -> Bool {
        guard let parties else { return true }
        guard let party else { return false }
        return parties.contains(party)
    }

    /// True when `milliseconds` lies in the window.
    public func contains(_ milliseconds: Int64) -> Bool {
        (since.map { milliseconds >= $0 } ?? true) && (until.map { milliseconds < $0 } ?? true)
    }
}
