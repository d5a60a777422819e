import Foundation
import Recall
import TraceAudit
import TraceModel
import TraceReport
import TraceStore
import TraceStoreAudit

/// Reads what `foodtrace report` shows from a store: the built-in audit plugins' findings over the period, kept when
/// the party they concern is in scope; each canteen's rate from the school-meals plugin's `traceability-rate`
/// figures; the recall notices and stored drills of the period; and the records the findings cite.
struct PeriodReportGatherer {
    let store: TraceStore
    let period: ReportPeriod
    let area: String?
    let market: String?

    /// The rule whose info findings carry each school's rate (`traced/uses` in the message).
    static let rateRule = "school-meals/traceability-rate"

    func gather() throws -> PeriodReport {
        let clock = try Clock.now()
        let window = AuditScope(since: period.start.epochMilliseconds, until: period.end.epochMilliseconds)
        let plugins = AuditRegistry(builtIn: AuditBuiltIns.plugins).plugins
        // Everything read through the audit view first: the store's own reads may not run inside it.
        let (audit, parties, statuses, storedDrills) = try store.withAuditQuery { query in
            let parties = Dictionary(try query.parties().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let audit = try AuditRegistry.run(plugins, query: query, clock: clock, scope: window)
            let progress = try RecallProgress(query: query, now: clock.epochMilliseconds)
            let statuses = try RecallNotices.all(query).filter { window.contains($0.at) }.map {
                try progress.status(of: $0)
            }
            return (audit, parties, statuses, try StoredDrills.all(query, window))
        }
        let (scope, inScope) = try Self.scope(area: area, market: market, parties: parties)
        var rules: [String: AuditRule] = [:]
        for plugin in audit.plugins { for rule in plugin.rules { rules["\(plugin.name)/\(rule.id)"] = rule } }
        var records: [String: StoredRecord] = [:]
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
                        about: Self.about(stored)))
            }
        }
        return PeriodReport(
            period: period, scope: scope, generated: clock.text, findings: entries, rules: rules,
            canteens: canteens, recalls: recalls, drills: drills, evidence: evidence)
    }

    /// The scope and a test of whether a party is in it (a finding of no party is only in the whole store's).
    static func scope(area: String?, market: String?, parties: [String: AuditParty]) throws -> (
        PeriodReport.Scope, (String?) -> Bool
    ) {
        if let market {
            guard let party = parties[market] else {
                throw CLIError.input(.unknownScope(option: "--market", value: market))
            }
            guard [.retailMarket, .wholesaleMarket].contains(party.role) else {
                throw CLIError.input(.notAMarket(market, role: party.role.rawValue))
            }
            let members = Set(parties.values.filter { $0.id == market || $0.parent == market }.map(\.id))
            return (.market(id: market, name: party.name), { $0.map(members.contains) ?? false })
        }
        if let area {
            guard area.count == 6, area.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw CLIError.input(.unknownScope(option: "--area", value: area))
            }
            // 510100 (a city) covers 5101xx; 510000 (a province) 51xxxx.
            var prefix = Substring(area)
            while prefix.count > 2 && prefix.hasSuffix("00") { prefix = prefix.dropLast(2) }
            let members = Set(parties.values.filter { $0.area.hasPrefix(prefix) }.map(\.id))
            guard !members.isEmpty else { throw CLIError.input(.unknownScope(option: "--area", value: area)) }
            return (.area(code: area, name: nil), { $0.map(members.contains) ?? false })
        }
        return (.all, { _ in true })
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
    static func about(_ record: StoredRecord) -> String? {
        guard let parsed = try? TraceModel.Record.parse(record.raw), case .object(let body) = parsed.body else {
            return nil
        }
        for key in ["batch", "code", "as", "slip", "number", "shipment", "party", "notice"] {
            if case .string(let text)? = body.first(where: { $0.key == key })?.value { return text }
        }
        return nil
    }
}

extension PeriodReport {
    /// Findings of warning and above in the report.
    var countedFindings: Int { findings.filter { $0.finding.severity >= .warning }.count }
}
