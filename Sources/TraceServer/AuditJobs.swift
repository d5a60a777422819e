import Foundation
import Logging
import Recall
import SchoolMeals
import SourceTickets
import Synchronization
import TraceAudit
import TraceModel
import TraceStore
import TraceStoreAudit

/// Audits run as jobs: started by one request, polled by others, the report fetched when done. A store-wide audit
/// takes longer than an HTTP request should; jobs are kept in memory (at most ``capacity``, oldest finished first
/// forgotten) and lost with the process, like any report not fetched.
final class AuditJobs: Sendable {
    /// What a client asks to audit.
    struct Request: Codable, Sendable {
        /// Plugin names (default: every plugin linked in).
        var plugins: [String]?
        var party: String?
        /// Milliseconds since 1970.
        var since: Int64?
        var until: Int64?
        var failOn: String?
    }

    struct Job: Sendable, Encodable {
        enum State: String, Sendable, Encodable { case running, done, failed }
        var id: String
        var state: State
        var subject: String
        var started: String
        var finished: String?
        var error: String?
        var findings: Int?
        var failed: Bool?
        /// Not encoded: fetched at `/audits/{id}/report`.
        var report: AuditReport?

        enum CodingKeys: String, CodingKey { case id, state, subject, started, finished, error, findings, failed }
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

    static var plugins: [RegisteredPlugin] {
        let plugins: [any AuditPlugin] = [SourceTicketsPlugin(), SchoolMealsPlugin(), RecallPlugin()]
        return plugins.map { RegisteredPlugin($0, origin: .linked) }
    }

    /// Checks the request and starts the job. - Throws: ``HubError`` (400) for an unknown plugin or severity.
    func start(_ request: Request, subject: String) throws(HubError) -> Job {
        let catalog = Self.plugins
        var selected = catalog
        if let names = request.plugins {
            selected = []
            for name in names {
                guard let plugin = catalog.first(where: { $0.plugin.name == name }) else {
                    let known = catalog.map(\.plugin.name).joined(separator: ", ")
                    throw .badRequest("no audit plugin \(name.prefix(40)); these run here: \(known)")
                }
                selected.append(plugin)
            }
        }
        guard let failOn = Severity(rawValue: request.failOn ?? "violation") else {
            throw .badRequest("failOn \(request.failOn ?? ""): use info, warning, violation or critical")
        }
        if let party = request.party, !QueryValue.isPartyID(party) {
            throw .badRequest("party \(party.prefix(40)): not a party id")
        }
        let scope = AuditScope(party: request.party, since: request.since, until: request.until)
        let id = UUID().uuidString.lowercased()
        let started = Timestamp(epochMilliseconds: now())
        let job = Job(id: id, state: .running, subject: subject, started: started.description)
        jobs.withLock { jobs in
            if jobs.count >= Self.capacity,
                let oldest = jobs.values.filter({ $0.state != .running }).min(by: {
                    $0.started < $1.started
                })
            {
                jobs[oldest.id] = nil
            }
            jobs[id] = job
        }
        let store = store
        DispatchQueue.global().async { [self, selected] in
            let outcome = Result {
                try store.withAuditQuery { query in
                    Result {
                        try AuditRegistry.run(
                            selected, catalog: catalog, query: query, clock: started, scope: scope, failOn: failOn)
                    }
                }.get()
            }
            finish(id, outcome)
        }
        logger.info("audit started", metadata: ["job": "\(id)", "subject": "\(subject)"])
        return job
    }

    private func finish(_ id: String, _ outcome: Result<AuditReport, any Error>) {
        let finished = Timestamp(epochMilliseconds: now()).description
        jobs.withLock { jobs in
            guard var job = jobs[id] else { return }
            job.finished = finished
            switch outcome {
            case .success(let report):
                job.state = .done
                job.report = report
                job.findings = report.counts.total
                job.failed = report.failed
            case .failure(let error):
                job.state = .failed
                job.error = "\(error)"
            }
            jobs[id] = job
        }
        logger.info("audit finished", metadata: ["job": "\(id)"])
    }

    func job(_ id: String) -> Job? { jobs.withLock { $0[id] } }
}
