import Foundation
import SchoolMeals
import SourceTickets
import TraceAudit
import TraceDemo
import TraceModel
import TraceStore
import TraceStoreAudit

/// A demo city generated into an in-memory store, with its manifest (the ground truth).
struct DemoCity {
    let store: TraceStore
    let manifest: DemoManifest
    /// Records the store refused (a generator or store bug if any).
    let rejections: [String]

    /// Generates the `small` city for `seed`, ingesting each chunk as the generator hands it over.
    static func small(seed: UInt64) throws -> DemoCity {
        let anchor = TrustAnchor(
            party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
            key: try DemoGenerator.regulatorKey(seed: seed))
        let store = try TraceStore.inMemory(anchors: [anchor])
        var line = 0
        var rejections: [String] = []
        let generator = DemoGenerator(
            scale: .small, seed: seed,
            sink: { records in
                let lines = records.map { record in
                    line += 1
                    return IngestLine(number: line, bytes: record.canonicalBytes)
                }
                let report = try store.ingest(lines, source: "demo", now: 1_800_000_000_000)
                rejections += report.rejected.map { "\($0)" }
            })
        let manifest = try generator.generate()
        return DemoCity(store: store, manifest: manifest, rejections: rejections)
    }

    /// The manifest's end, the audit's `now`.
    var end: Int64 { Timestamp(manifest.end)!.epochMilliseconds }

    /// Runs `plugin` over the whole store with `now` = the manifest's end.
    func run(_ plugin: some AuditPlugin, parameters: [String: String] = [:]) throws -> [Finding] {
        try store.withAuditQuery { query in
            try plugin.run(AuditContext(query: query, now: end, scope: AuditScope(), parameters: parameters))
        }
    }
}

/// Recall and precision of findings against the manifest's injected defects.
struct DefectMatch {
    /// Defects whose rule belongs to the plugins run and that no finding of that rule names by its primary record.
    var missed: [InjectedDefect] = []
    /// Findings at `warning` or above that match no defect (same rule, evidence meeting the defect's records).
    var unmatched: [Finding] = []
    /// The unmatched findings that name a receipt the manifest lists under the sibling rule of the pair
    /// `no-supply-agreement` / `undesignated-slaughterhouse` (see ``siblings``).
    var siblingListed: [Finding] = []
    var defects = 0
    var findings = 0

    init(findings: [Finding], defects all: [InjectedDefect], plugins: Set<String>) {
        let defects = all.filter { plugins.contains(String($0.rule.split(separator: "/").first ?? "")) }
        self.defects = defects.count
        for defect in defects
        where !findings.contains(where: { $0.rule == defect.rule && $0.evidence.contains(defect.primary) }) {
            missed.append(defect)
        }
        let graded = findings.filter { $0.severity >= .warning }
        self.findings = graded.count
        unmatched = graded.filter { finding in
            !defects.contains { $0.rule == finding.rule && !Set($0.records).isDisjoint(with: finding.evidence) }
        }
        siblingListed = unmatched.filter { finding in
            guard let sibling = Self.siblings[finding.rule] else { return false }
            return defects.contains { $0.rule == sibling && !Set($0.records).isDisjoint(with: finding.evidence) }
        }
    }

    /// The demo's one rogue slaughterhouse (未挂钩屠宰点) is both undesignated and without a supply agreement
    /// from its first delivery on, but the generator lists each of its deliveries under one of the two
    /// defects only (the one planned for that day). A correct audit reports both rules on every such receipt.
    static let siblings = [
        "source-tickets/no-supply-agreement": "source-tickets/undesignated-slaughterhouse",
        "source-tickets/undesignated-slaughterhouse": "source-tickets/no-supply-agreement",
    ]

    /// Unmatched findings other than the sibling-listed ones.
    var unexplained: [Finding] {
        let listed = Set(siblingListed)
        return unmatched.filter { !listed.contains($0) }
    }

    var report: String {
        var lines = [
            "recall \(defects - missed.count)/\(defects), precision \(findings - unmatched.count)/\(findings)"
                + " (\(siblingListed.count) unmatched listed under the sibling rule; \(unexplained.count) otherwise unmatched)"
        ]
        for defect in missed {
            lines.append("MISSED \(defect.id) \(defect.rule): \(defect.description) primary \(defect.primary)")
        }
        for finding in unmatched {
            let label =
                siblingListed.contains(finding) ? "UNMATCHED (manifest lists it under the sibling rule)" : "UNMATCHED"
            lines.append(
                "\(label) \(finding.rule) [\(finding.severity)] \(finding.subject): \(finding.message) evidence \(finding.evidence)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
