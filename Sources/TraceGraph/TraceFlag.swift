import TraceModel

/// What is wrong at one hop of a trace, shown beside its ✓: the hop is part of an unbroken chain, but not a
/// compliant one.
///
/// The graph walk does not judge hops; the caller that knows the rules (source tickets, recalls, the store's
/// keys and equivocations) makes a ``TraceFlags`` for the trace.
public struct TraceFlag: Sendable, Codable, Hashable {
    /// The kinds of problem a hop can show.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A test of the batch came back positive (瘦肉精 and the like).
        case positiveTest = "positive-test"
        /// A certificate the source-ticket rules require for the product at a receipt is not quoted.
        case missingCertificate = "missing-certificate"
        /// A quoted certificate had expired when the hop happened.
        case expiredCertificate = "expired-certificate"
        /// A quoted certificate number no `certify` record in the store issued.
        case uncertifiedCertificate = "uncertified-certificate"
        /// A recall notice covers the batch (the recalled batch or anything made from it).
        case recalled
        /// The creating record's signature does not stand: its key was revoked from before its time.
        case revokedKey = "revoked-key"
        /// The issuer signed two different records with one sequence number.
        case equivocation
        /// The creating record was voided (a sale taken back at the till). Set by whoever records voids.
        case void
        /// In a store with a transparency log: the creating record's `at` is a day or more from its logged time.
        case loggedLate = "logged-late"
        /// In a store with a transparency log: the creating record was logged after its key's revocation.
        case loggedAfterRevocation = "logged-after-revocation"
    }

    /// How serious a flag is; the CLI's `--fail-on` compares with it.
    public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
        case warning, violation, critical

        private var rank: Int { Level.allCases.firstIndex(of: self)! }
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var kind: Kind
    public var level: Level
    /// One line saying what and which (certificate number, analyte and result, notice and level), in English: the
    /// JSON's `detail`.
    public var detail: String { text.en }
    /// The same line in each language (a flag read back from JSON has its English line in both).
    public var text: Message

    public init(_ kind: Kind, _ level: Level, _ text: Message) {
        self.kind = kind
        self.level = level
        self.text = text
    }

    private enum CodingKeys: String, CodingKey { case kind, level, detail }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        level = try container.decode(Level.self, forKey: .level)
        text = .verbatim(try container.decode(String.self, forKey: .detail))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(level, forKey: .level)
        try container.encode(detail, forKey: .detail)
    }
}

extension TraceFlag.Kind {
    /// The kind's name in each language (检测阳性 / positive-test …).
    public var name: Message { Message.Flag.kind(rawValue) }
}

/// The flags of every hop of one trace, and whether it is compliant: no hop flagged as a violation or worse.
///
/// Kept beside the ``TraceResult`` rather than in it: the result is also what audit plugins get from `traceUp`,
/// across the plugin ABI, and stays as it was.
public struct TraceFlags: Sendable {
    public private(set) var byCode: [String: [TraceFlag]] = [:]
    /// Every flag with its hop's code, in the trace's node order.
    public private(set) var all: [(code: String, flag: TraceFlag)] = []

    /// The flags `flagsOf` gives each node of `result`.
    public init(_ result: TraceResult, _ flagsOf: (TraceNode) throws -> [TraceFlag]) rethrows {
        for node in result.nodes {
            let flags = try flagsOf(node)
            guard !flags.isEmpty else { continue }
            byCode[node.code] = flags
            all += flags.map { (node.code, $0) }
        }
    }

    /// No hop is flagged at ``TraceFlag/Level/violation`` or above (a warning, such as a voided sale, is shown
    /// but is no breach).
    public var compliant: Bool { !all.contains { $0.flag.level >= .violation } }

    /// The flags of the hop with this code (none when it is clean).
    public func of(_ code: String) -> [TraceFlag] { byCode[code] ?? [] }
}
