import Foundation
import HTTPTypes
import Hummingbird
import Recall
import TraceAudit
import TraceStore
import TraceStoreAudit

/// `POST /audits`, `GET /audits/{id}`, `GET /audits/{id}/report` (read:audit), and the recall views:
/// `GET /recalls`, `GET /recalls/{notice}`, `GET /drills` (read:audit).
struct AuditRoutes {
    let hub: Hub

    func add(to router: Router<HubContext>) {
        router.post("audits") { request, context in try await start(request, context) }
        router.get("audits/:id") { _, context in
            try context.require(.readAudit)
            return try JSONBody.response(try job(context))
        }
        router.get("audits/:id/report") { request, context in try report(request, context) }
        router.get("recalls") { _, context in try await recalls(context, notice: nil) }
        router.get("recalls/:notice") { _, context in
            try await recalls(context, notice: try context.parameters.require("notice"))
        }
        router.get("drills") { _, context in try await drills(context) }
    }

    func start(_ request: Request, _ context: HubContext) async throws -> Response {
        try context.require(.readAudit)
        let bytes = try await hub.body(of: request, context: context)
        let asked: AuditJobs.Request
        do {
            asked =
                bytes.isEmpty
                ? AuditJobs.Request() : try JSONDecoder().decode(AuditJobs.Request.self, from: Data(bytes))
        } catch {
            throw HubError.badRequest(
                "the body is not an audit request (plugins, party, since, until, failOn): \(error)")
        }
        let job = try hub.audits.start(asked, subject: context.token?.sub ?? "-")
        var response = try JSONBody.response(job, status: .accepted)
        response.headers[.location] = "/audits/\(job.id)"
        return response
    }

    func job(_ context: HubContext) throws -> AuditJobs.Job {
        let id = try context.parameters.require("id")
        guard let job = hub.audits.job(id) else { throw HubError.notFound("no audit job \(id.prefix(64)) here") }
        return job
    }

    func report(_ request: Request, _ context: HubContext) throws -> Response {
        try context.require(.readAudit)
        let job = try job(context)
        guard let report = job.report else {
            throw HubError(
                .conflict, "not-ready",
                job.state == .failed ? "audit \(job.id) failed: \(job.error ?? "")" : "audit \(job.id) is still running"
            )
        }
        let name = request.uri.queryParameters.get("format") ?? "json"
        guard let format = AuditReportFormat(rawValue: name) else {
            throw HubError.badRequest("format \(name.prefix(20)): use json, text, junit or sarif")
        }
        let types: [AuditReportFormat: String] = [
            .json: "application/json", .junit: "application/xml", .sarif: "application/sarif+json",
        ]
        return JSONBody.bytes(
            Array(try report.rendered(as: format).utf8), type: types[format] ?? "text/plain; charset=utf-8")
    }

    func recalls(_ context: HubContext, notice: String?) async throws -> Response {
        try context.require(.readAudit)
        let store = hub.store
        let now = hub.nowMilliseconds()
        let statuses: [RecallStatus] = try await offload {
            try store.withAuditQuery { query in
                Result {
                    let notices = try RecallNotices.all(query).filter { notice == nil || $0.notice == notice }
                    let progress = try RecallProgress(query: query, now: now)
                    return try notices.map { try progress.status(of: $0) }
                }
            }.get()
        }
        if let notice {
            guard let status = statuses.first else { throw HubError.notFound("no recall notice \(notice.prefix(64))") }
            return try JSONBody.response(status)
        }
        return try JSONBody.response(["recalls": statuses])
    }

    func drills(_ context: HubContext) async throws -> Response {
        try context.require(.readAudit)
        let store = hub.store
        let drills = try await offload {
            try store.withAuditQuery { query in Result { try StoredDrills.all(query) } }.get()
        }
        return try JSONBody.response(["drills": drills])
    }
}
