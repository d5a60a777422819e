import Recall
import SourceTickets
import TraceGraph
import TraceModel
import TraceStore

/// Judges each hop of a trace (for `foodtrace trace`, the hub's console and the slip page's recall banner) by the rules a regulator holds it to, for the flags beside its ✓.
///
/// A hop is flagged for a positive test of its batch, a certificate the source-ticket rules require at a
/// receipt that is not quoted, a quoted certificate expired at the hop or never certified in the store, a recall
/// notice covering it (the recalled batch or anything made from it), a signature that no longer stands (revoked
/// key), an issuer that equivocated, and a slip its stall voided (a warning: the sale was taken back at the till, the
/// stock is on hand again).
public struct TraceFlagger {
    /// Test results that count as positive (the `positive-test-distributed` rule's default, and Chinese).
    public static let positiveResults: Set<String> = ["positive", "阳性"]

    private var recalledBy: [String: [RecallNoticeRecord]] = [:]
    private let equivocating: Set<String>
    private let voids: [String: SlipVoid]
    /// Logged times and log-order revocations of the records of the trace being flagged (``loadLog(for:)``).
    private var logged: [String: LoggedTime] = [:]
    private var loggedAfterRevocation: [String: LoggedAfterRevocation] = [:]

    /// Reads the recall notices (with what each covers: one walk down from each), the voids and the equivocating
    /// issuers of `store`, on either engine.
    public init(store: any GraphStore) throws {
        equivocating = try store.equivocatingIssuers()
        voids = try store.voids()
        let notices = try store.recallNotices()
        guard !notices.isEmpty else { return }
        recalledBy = try store.withGraphReader { reader in
            var covered: [String: [RecallNoticeRecord]] = [:]
            for notice in notices {
                for code in try reader.descendants(of: notice.batch) { covered[code, default: []].append(notice) }
            }
            return covered
        }
    }

    /// Reads, from a store that keeps a transparency log, the logged time of each hop's record of `result`, and which
    /// were logged after their key's revocation: ``flags(of:)`` then flags them (nothing without a log).
    public mutating func loadLog(for result: TraceResult, store: any GraphStore) throws {
        let records = result.nodes.map(\.record)
        logged = try store.loggedTimes(of: records)
        guard !logged.isEmpty else { return }
        loggedAfterRevocation = Dictionary(
            try store.loggedAfterRevocation(of: records).map { ($0.record, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The logged time of a hop's record, when ``loadLog(for:store:)`` found one.
    public func loggedTime(of record: String) -> LoggedTime? { logged[record] }

    /// The recall notices covering the hop with trace code `code` (the recalled batch or anything made from it).
    public func notices(covering code: String) -> [RecallNoticeRecord] { recalledBy[code] ?? [] }

    /// The flags of one hop.
    public func flags(of node: TraceNode) -> [TraceFlag] {
        var flags: [TraceFlag] = []
        for test in node.tests where Self.positiveResults.contains(test.result.lowercased()) {
            flags.append(
                TraceFlag(
                    .positiveTest, .critical,
                    Message.Flag.positiveTest(
                        analyte: test.analyte, method: test.method, result: test.result, at: test.at,
                        issuer: test.issuer)))
        }
        if node.kind == .receive, let category = node.category {
            let quoted = Set(node.documents.map(\.type))
            for group in TicketRequirements.required(for: category) where quoted.isDisjoint(with: group) {
                flags.append(TraceFlag(.missingCertificate, .violation, Message.Flag.missingCertificate(group)))
            }
        }
        let at = Timestamp(node.at)?.epochMilliseconds
        for document in node.documents {
            if !document.certified {
                flags.append(
                    TraceFlag(
                        .uncertifiedCertificate, .violation,
                        Message.Flag.uncertified(document.type, number: document.number)))
            } else if let until = document.validUntil.flatMap(Timestamp.init)?.epochMilliseconds, let at, at > until {
                flags.append(
                    TraceFlag(
                        .expiredCertificate, .violation,
                        Message.Flag.expired(
                            document.type, number: document.number, until: document.validUntil ?? "")))
            }
        }
        for notice in recalledBy[node.code] ?? [] {
            flags.append(
                TraceFlag(
                    .recalled, .critical,
                    Message.Flag.recalled(notice: notice.notice, level: notice.level, reason: notice.reason)))
        }
        if !node.verified {
            flags.append(
                TraceFlag(.revokedKey, .violation, Message.Flag.revokedKey(record: RecordID.short(node.record))))
        }
        if node.type == .slip, let void = voids[node.code] {
            flags.append(
                TraceFlag(
                    .void, .warning,
                    Message.Flag.voided(at: void.at, record: RecordID.short(void.record), reason: void.reason)))
        }
        if equivocating.contains(node.party) {
            flags.append(TraceFlag(.equivocation, .critical, Message.Flag.equivocation(party: node.party)))
        }
        if let late = loggedAfterRevocation[node.record] {
            flags.append(
                TraceFlag(
                    .loggedAfterRevocation, .violation,
                    Message.Flag.loggedAfterRevocation(key: late.key, revocation: RecordID.short(late.revocation))))
        }
        if let time = logged[node.record], time.flagged {
            flags.append(
                TraceFlag(
                    .loggedLate, .warning,
                    Message.Flag.loggedLate(at: time.at, logged: time.logged, hours: time.hoursAfterAt)))
        }
        return flags
    }
}
