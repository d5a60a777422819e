import Foundation
import TraceModel
import TraceStore

/// Puts each mutation into a fresh copy of its base store and judges what the store did.
///
/// "Fresh copy" is exact: the base is a snapshot of the demo store taken just before the record the
/// mutation starts from was first ingested, so the genuine record would be accepted there (each family
/// has controls that prove it). Ingesting the mutated export prefix into an empty store would reach the
/// same state at the mutated line, only slower: ingest is deterministic and all-or-nothing.
struct TamperRunner {
    let scratch: TemporaryDirectory

    init() throws { scratch = try TemporaryDirectory("tamper") }

    /// One mutation, one fresh store copy, the default (all-or-nothing) ingest.
    func run(_ mutation: Mutation) throws -> Verdict {
        let path = scratch.file("fresh.sqlite")
        try StoreFiles.copy(mutation.base, to: path)
        defer { StoreFiles.remove(path) }
        let store = try TraceStore.open(path: path, logger: QuietLogger.logger)
        try applySetup(mutation, store)
        let before = try store.counts()
        let report = try store.ingest(Self.numbered(mutation.lines), source: "tampered", now: DemoCity.now)
        let after = try store.counts()
        let added = (after["records"] ?? 0) - (before["records"] ?? 0)
        let rejections = report.rejected.map(\.description).joined(separator: " | ")

        switch mutation.expected {
        case .accepted:
            return added == mutation.lines.count && report.rejected.isEmpty
                ? .asExpected : .wrongReason("the genuine control input was refused: \(rejections)")
        case .alreadyPresent:
            if added != 0 { return .wronglyAccepted("\(added) record(s) added") }
            return report.alreadyPresent == mutation.lines.count && report.rejected.isEmpty
                ? .asExpected : .wrongReason("\(report.alreadyPresent) already present; \(rejections)")
        case .refused(let line, let field, let phrase):
            if added != 0 || report.accepted != 0 {
                return .wronglyAccepted("\(added) record(s) added")
            }
            return Self.judge(report.rejected.first { $0.line == line }, field: field, phrase: phrase, all: rejections)
        case .equivocation(let line):
            if added != 0 { return .wronglyAccepted("\(added) record(s) added") }
            guard report.equivocations.count == 1, (after["equivocations"] ?? 0) == (before["equivocations"] ?? 0) + 1
            else {
                return .wrongReason("no equivocation evidence kept: \(rejections)")
            }
            let verdict = Self.judge(
                report.rejected.first { $0.line == line }, field: "$.seq", phrase: "equivocation", all: rejections)
            guard verdict == .asExpected else { return verdict }
            let findings = try store.verify().findings
            return findings.contains { $0.check == "equivocation" }
                ? .asExpected : .wronglyAccepted("verify does not report the equivocation: \(findings)")
        case .flaggedByVerify(let check):
            guard added == mutation.lines.count else { return .wrongReason("refused: \(rejections)") }
            let findings = try store.verify().findings
            return findings.contains { $0.check == check }
                ? .asExpected : .wronglyAccepted("accepted and verify found no \(check) problem: \(findings)")
        }
    }

    /// Many single-line mutations of one base, each expected to be refused, judged in one `--partial`
    /// ingest into one fresh copy: every line is checked on its own (a savepoint each), and as long as
    /// none is accepted each one meets exactly the base store, as it would in a copy of its own.
    func runBatch(_ mutations: [Mutation]) throws -> [Verdict] {
        guard let base = mutations.first?.base else { return [] }
        let path = scratch.file("batch.sqlite")
        try StoreFiles.copy(base, to: path)
        defer { StoreFiles.remove(path) }
        let store = try TraceStore.open(path: path, logger: QuietLogger.logger)
        let lines = mutations.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element.lines[0]) }
        let report = try store.ingest(lines, source: "tampered", partial: true, now: DemoCity.now)
        let byLine = Dictionary(report.rejected.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        return mutations.enumerated().map { offset, mutation in
            precondition(mutation.base == base && mutation.setup.isEmpty && mutation.lines.count == 1)
            switch mutation.expected {
            case .refused(_, let field, let phrase):
                guard let rejection = byLine[offset + 1] else {
                    return .wronglyAccepted("line accepted into the store (\(report.accepted) accepted in this batch)")
                }
                return Self.judge(rejection, field: field, phrase: phrase, all: rejection.description)
            case .accepted:
                return byLine[offset + 1] == nil ? .asExpected : .wrongReason("control refused: \(byLine[offset + 1]!)")
            default:
                return .wrongReason("a batch holds only refusals and controls")
            }
        }
    }

    private func applySetup(_ mutation: Mutation, _ store: TraceStore) throws {
        guard !mutation.setup.isEmpty else { return }
        let report = try store.ingest(Self.numbered(mutation.setup), source: "setup", now: DemoCity.now)
        guard report.rejected.isEmpty, report.accepted == mutation.setup.count else {
            throw FixtureError("\(mutation.name): the genuine set-up records were refused: \(report.rejected)")
        }
    }

    static func numbered(_ lines: [[UInt8]]) -> [IngestLine] {
        lines.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element) }
    }

    private static func judge(_ rejection: IngestRejection?, field: String, phrase: String, all: String) -> Verdict {
        guard let rejection else { return .wrongReason("the line was not named; rejections: \(all)") }
        guard rejection.field == field, rejection.reason.contains(phrase) else {
            return .wrongReason("got \(rejection)")
        }
        return .asExpected
    }
}
