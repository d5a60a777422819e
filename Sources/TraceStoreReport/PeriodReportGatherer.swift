import FoodTraceKit
import Recall
import TraceAudit
import TraceModel
import TraceReport
import TraceStore
import TraceStoreAudit

/// Reads a period report from a store: the audit plugins' findings over the month, kept when the party they concern
/// is in scope; each canteen's rate from the school-meals plugin's `traceability-rate` figures; the recall notices and
/// stored drills of the month; and the records the findings cite. One path for `foodtrace report` and the hub's
/// console (its findings page and report download).
public struct PeriodReportGatherer {
    public let store: TraceStore
    public let plugins: [any AuditPlugin]
    /// The audit's "now" (recall deadlines, certificate expiry) and the report's generation time.
    public let clock: Timestamp

    /// The rule whose info findings carry each school's rate (`traced/uses` in the message).
    public static let rateRule = "school-meals/traceability-rate"

    public init(store: TraceStore, plugins: [any AuditPlugin] = LinkedPlugins.all, clock: Timestamp) {
        self.store = store
        self.plugins = plugins
        self.clock = clock
    }

    /// The report of `period` for the whole store, an area code (`510104` a district, `510100` its city) or a market
    /// and its stalls (give at most one).
    /// - Throws: ``ReportGatherError`` for a scope that names no party or a market id that is not a market;
    ///   `StoreError` when the store cannot be read.
    public func gather(period: ReportPeriod, area: String? = nil, market: String? = nil) throws -> PeriodReport {
        let window = AuditScope(since: period.start.epochMilliseconds, until: period.end.epochMilliseconds)
        let registered = AuditRegistry(builtIn: plugins).plugins
        let clock = clock
        // Everything read through the audit view first: the store's own reads may not run inside it.
        let (audit, parties, statuses, storedDrills) = try store.withAuditQuery { query in
            let parties = Dictionary(try query.parties().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let audit = try AuditRegistry.run(registered, query: query, clock: clock, scope: window)
            let progress = try RecallProgress(query: query, now: clock.epochMilliseconds)
            let statuses = try RecallNotices.all(query).filter { window.contains($0.at) }.map {
                try progress.status(of: $0)
            }
            return (audit, parties, statuses, try StoredDrills.all(query, window))
        }
        let (scope, inScope) = try ReportScopeFilter.resolve(area: area, market: market, parties: parties)
        var rules: [String: AuditRule] = [:]
        for plugin in audit.plugins { for rule in plugin.rules { rules["\(plugin.name)/\(rule.id)"] = rule } }
        var records: [String: StoredRecord?] = [:]
        func record(_ id: String) throws -> StoredRecord? {
            if let known = records[id] { return known }
            let found = try store.record(id: id)
            records[id] = found
            return found
        }
        var entries: [PeriodReport.Entry] = []
        for finding in audit.findings {
            var party = parties[finding.subject] != nil ? finding.subject : nil
            if party == nil, let first = finding.evidence.first { party = try record(first)?.issuer }
            guard inScope(party) else { continue }
            entries.append(
                PeriodReport.Entry(finding: finding, party: party, partyName: party.flatMap { parties[$0]?.name }))
        }
        let canteens = entries.filter { $0.finding.rule == Self.rateRule && $0.finding.severity == .info }
            .compactMap { Self.rate(of: $0, parties: parties) }
        // A recall is in scope when it reached a holder in scope.
        let recalls = statuses.filter { status in status.holders.contains { inScope($0.party) } || scope == .all }
            .map { status in
                PeriodReport.RecallRow(
                    notice: status.notice, level: status.level, batch: status.batch, reason: status.reason,
                    issuedAt: status.issuedAt, state: status.state, record: status.record)
            }
        let drills = storedDrills.filter { inScope($0.party) }.map { drill in
            PeriodReport.DrillRow(
                at: drill.at, party: drill.party, partyName: parties[drill.party]?.name ?? drill.party,
                lot: drill.lot, passed: drill.passed, value: drill.value, record: drill.record)
        }
        var seen = Set<String>()
        var evidence: [PeriodReport.EvidenceRecord] = []
        for entry in entries where entry.finding.severity >= .warning {
            for id in entry.finding.evidence where seen.insert(id).inserted {
                guard let stored = try record(id) else { continue }
                evidence.append(
                    PeriodReport.EvidenceRecord(
                        id: id, kind: stored.kind.rawValue, issuer: stored.issuer,
                        issuerName: parties[stored.issuer]?.name ?? stored.issuer, at: stored.at,
                        about: try Self.about(stored)))
            }
        }
        return PeriodReport(
            period: period, scope: scope, generated: clock.text, findings: entries, rules: rules,
            canteens: canteens, recalls: recalls, drills: drills, evidence: evidence)
    }

    /// A school's rate from its `traceability-rate` figure: the first `traced/uses` and the `target%` after it.
    static func rate(of entry: PeriodReport.Entry, parties: [String: AuditParty]) -> PeriodReport.CanteenRate? {
        let message = entry.finding.message
        guard let fraction = message.range(of: #"\d+/\d+"#, options: .regularExpression) else { return nil }
        let numbers = message[fraction].split(separator: "/").compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        var target = 100.0
        if let range = message.range(of: #"(目标|target) ?[\d.]+%"#, options: .regularExpression) {
            let digits = message[range].filter { $0.isNumber || $0 == "." }
            target = Double(String(digits)) ?? 100
        }
        let school = entry.finding.subject
        return PeriodReport.CanteenRate(
            party: school, name: parties[school]?.name ?? school, traced: numbers[0], uses: numbers[1], target: target)
    }

    /// The trace code or number a record is about, for the appendix.
    /// - Throws: ``StoreError/Code/corrupt`` when the stored record no longer parses (never passed over).
    public static func about(_ record: StoredRecord) throws(StoreError) -> String? {
        let parsed = try StoredValue.record(record.raw, id: record.id)
        guard case .object(let body) = parsed.body else { return nil }
        for key in ["batch", "code", "as", "slip", "number", "shipment", "party", "notice"] {
            if case .string(let text)? = body.first(where: { $0.key == key })?.value { return text }
        }
        return nil
    }
}
