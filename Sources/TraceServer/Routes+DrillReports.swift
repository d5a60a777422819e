import Foundation
import Hummingbird
import Recall
import TraceStore
import TraceStoreAudit

/// `POST /drills/reports`: a recall drill's JSON report, kept by the hub when a stored drill record names its
/// SHA-256 (the record is signed, so the hash binds the report to the party that ran the drill: no token needed,
/// and no other bytes are accepted). 201 when kept, 200 when already held; 422 when no stored drill names the hash
/// (push the drill record first) or the lot differs; 400 when the body is not a drill report.
struct DrillReportRoutes {
    let hub: Hub

    func add(to router: Router<HubContext>) {
        router.post("drills/reports") { request, context in try await upload(request, context) }
    }

    struct Kept: Encodable {
        var sha256: String
        var record: String
        var lot: String
        var kept: Bool
    }

    func upload(_ request: Request, _ context: HubContext) async throws -> Response {
        let bytes = try await hub.body(of: request, context: context)
        let sha256 = DrillReportFolder.sha256(bytes)
        guard let report = DrillReportFolder.decode(bytes) else {
            throw HubError.badRequest("the body is not a recall drill report (JSON, format foodtrace-recall-drill)")
        }
        let store = hub.store
        let drill = try await offload {
            try store.withAuditQuery { query in try StoredDrills.all(query).first { $0.reportSHA256 == sha256 } }
        }
        guard let drill else {
            throw HubError(
                .unprocessableContent, "no-drill",
                "no stored drill record names report sha256:\(sha256): push the drill's record first")
        }
        guard drill.lot == report.lot.code else {
            throw HubError(
                .unprocessableContent, "lot-mismatch",
                "drill record \(drill.record) is of lot \(drill.lot), the report of lot \(report.lot.code)")
        }
        let folder = hub.drillReports
        let held = folder.bytes(sha256: sha256) != nil
        if !held { try await offload { try folder.keep(bytes, sha256: sha256) } }
        return try JSONBody.response(
            Kept(sha256: sha256, record: drill.record, lot: drill.lot, kept: !held), status: held ? .ok : .created)
    }
}
