import Foundation
import Logging
import Synchronization
import TraceInterop
import TraceModel
import TraceStore

/// EPCIS capture jobs (`POST /capture`): a document's signed FoodTrace records appended all or nothing, as
/// `foodtrace import epcis` appends a FoodTrace export (its `EPCISReader`, `EPCISImportMapper` and `EPCISImportPlan`:
/// the master data's register and revoke records where they stood in the exporting ledger, each event's `ft:record`),
/// through the store's ingest, which checks every signature as a push does. A hub holds no party's key, so an event
/// without a signed record (a partner system's) cannot become a record here: the capture is refused, and such a
/// document is imported on a node (`foodtrace import epcis --key`) and pushed.
///
/// Only `rollback` capture (`GS1-Capture-Error-Behaviour`, its default) is served: a job either stores every record
/// or none. Jobs are kept in memory (at most ``capacity``, the oldest finished forgotten first) and lost with the
/// process.
final class CaptureJobs: Sendable {
    /// The capture job document of the REST binding.
    struct Job: Sendable, Encodable {
        var captureID: String
        var createdAt: String
        var finishedAt: String?
        var running: Bool
        var success: Bool
        var captureErrorBehaviour = "rollback"
        var errors: [Problem] = []
        /// Records the capture appended (FoodTrace's; 0 until it succeeded).
        var recordsStored = 0
        /// Records the document holds that the store held already.
        var recordsAlreadyPresent = 0
    }

    /// One error of a job, as an RFC 7807 problem.
    struct Problem: Sendable, Encodable {
        var type = "epcisException:ValidationException"
        var title: String
        var status = 400
        var detail: String
        /// JSON path (XML: element path) of the event or master-data element at fault.
        var instance: String?
    }

    static let capacity = 100
    private let jobs = Mutex<[String: Job]>([:])
    private let store: TraceStore
    private let logger: Logger
    private let now: @Sendable () -> Int64

    init(store: TraceStore, logger: Logger, now: @escaping @Sendable () -> Int64) {
        self.store = store
        self.logger = logger
        self.now = now
    }

    /// Starts a job for a document already read; the records are planned and ingested in the background.
    func start(_ document: EPCISImport, source: String) -> Job {
        let id = "capture-" + UUID().uuidString.lowercased()
        let job = Job(
            captureID: id, createdAt: Timestamp(epochMilliseconds: now()).text, running: true, success: true)
        jobs.withLock { jobs in
            if jobs.count >= Self.capacity,
                let oldest = jobs.values.filter({ !$0.running }).min(by: { $0.createdAt < $1.createdAt })
            {
                jobs[oldest.captureID] = nil
            }
            jobs[id] = job
        }
        let store = store
        let now = now
        DispatchQueue.global().async { [self] in
            finish(id, Result { try Self.capture(document, into: store, source: "\(source) (\(id))", now: now()) })
        }
        logger.info("capture started", metadata: ["job": "\(id)", "events": "\(document.events.count)"])
        return job
    }

    /// What a capture did: records stored and already present, or why nothing was stored.
    enum Outcome {
        case stored(accepted: Int, alreadyPresent: Int)
        case refused([Problem])
    }

    /// The import of a FoodTrace export: every step a signed record, ingested in the plan's order, all or nothing.
    static func capture(_ document: EPCISImport, into store: TraceStore, source: String, now: Int64) throws -> Outcome {
        // The mapper's importer and defaults matter only for foreign events, which a hub refuses.
        let mapper = EPCISImportMapper(
            importer: ImportingParty(id: "HUB", area: "000000", node: "000"),
            defaults: .init(
                product: Product(code: "00000000", name: "EPCIS", category: .processed),
                origin: Place(area: "000000", name: "EPCIS")))
        let plan = EPCISImportPlan(document: document, outcomes: mapper.map(document))
        var problems: [Problem] = plan.skipped.map { skipped in
            Problem(
                title: "event without a signed record",
                detail:
                    "event \(skipped.hashID) carries no signed FoodTrace record (ft:record) and the graph cannot use it (\(skipped.reason)); a hub stores signed records only: import the document on a node with foodtrace import epcis --key, then foodtrace push",
                instance: skipped.path)
        }
        var lines: [IngestLine] = []
        var paths: [String] = []
        for step in plan.steps {
            switch step {
            case .signed(let record, _, let path):
                lines.append(IngestLine(number: lines.count + 1, bytes: record.canonicalBytes))
                paths.append(path)
            case .foreign(_, let path):
                problems.append(
                    Problem(
                        title: "event without a signed record",
                        detail:
                            "the event carries no signed FoodTrace record (ft:record): a hub holds no party's key to sign one; import the document on a node with foodtrace import epcis --key, then foodtrace push",
                        instance: path))
            }
        }
        guard problems.isEmpty else { return .refused(problems) }
        guard !lines.isEmpty else {
            return .refused([Problem(title: "nothing to capture", detail: "the document holds no event and no record")])
        }
        let report = try store.ingest(lines, source: source, now: now)
        guard report.rejected.isEmpty else {
            return .refused(
                report.rejected.map { rejection in
                    Problem(
                        title: "record refused",
                        detail:
                            "record \(rejection.recordID ?? "?"), field \(rejection.field): \(rejection.reason); nothing was stored",
                        instance: paths.indices.contains(rejection.line - 1) ? paths[rejection.line - 1] : nil)
                })
        }
        return .stored(accepted: report.accepted, alreadyPresent: report.alreadyPresent)
    }

    private func finish(_ id: String, _ outcome: Result<Outcome, any Error>) {
        let finished = Timestamp(epochMilliseconds: now()).text
        jobs.withLock { jobs in
            guard var job = jobs[id] else { return }
            job.finishedAt = finished
            job.running = false
            switch outcome {
            case .success(.stored(let accepted, let alreadyPresent)):
                job.recordsStored = accepted
                job.recordsAlreadyPresent = alreadyPresent
            case .success(.refused(let problems)):
                job.success = false
                job.errors = problems
            case .failure(let error):
                job.success = false
                job.errors = [Problem(title: "capture failed", status: 500, detail: "\(error)")]
            }
            jobs[id] = job
        }
        logger.info("capture finished", metadata: ["job": "\(id)"])
    }

    func job(_ id: String) -> Job? { jobs.withLock { $0[id] } }

    /// Every job kept, oldest first.
    var all: [Job] {
        jobs.withLock { $0.values.sorted { ($0.createdAt, $0.captureID) < ($1.createdAt, $1.captureID) } }
    }
}
