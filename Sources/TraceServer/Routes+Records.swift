import Foundation
import HTTPTypes
import Hummingbird
import TraceStore
import TraceSync

/// `GET /heads`, `POST /records`, `GET /records`, `GET /equivocations`: the sync half of the native API.
struct RecordRoutes {
    let hub: Hub

    func add(to router: Router<HubContext>) {
        router.get("heads") { _, _ in try await heads() }
        router.post("records") { request, context in try await push(request, context) }
        router.get("records") { request, context in try await records(request, context) }
        router.get("equivocations") { _, context in try await equivocations(context) }
    }

    /// Public: a node needs the heads to know what to push, and they say no more than the records' signatures do.
    func heads() async throws -> Response {
        let store = hub.store
        let heads = try await offload { try store.heads() }
        return try JSONBody.response(HubWire.Heads(heads: heads))
    }

    /// No account needed: each record's signature is checked by the store's ingest, which stores all or nothing.
    func push(_ request: Request, _ context: HubContext) async throws -> Response {
        let type = request.headers[.contentType].map {
            ($0.split(separator: ";").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
        }
        guard let type, Self.recordTypes.contains(type.lowercased()) else {
            throw HubError(
                .unsupportedMediaType, "unsupported-media-type",
                "send signed records as JSON Lines (Content-Type: \(HubWire.recordsType)); got \(type ?? "none")")
        }
        let bytes = try await hub.body(of: request, context: context)
        let lines = IngestLine.split(bytes)
        guard !lines.isEmpty else { throw HubError.badRequest("the body holds no records") }
        let store = hub.store
        let now = hub.nowMilliseconds
        let source = "push \(context.logger[metadataKey: "request"].map { "\($0)" } ?? "") from \(context.remote)"
        let report = try await offload { try store.ingest(lines, source: source, now: now()) }
        hub.metrics.pushed(accepted: report.accepted, rejected: report.rejected.count)
        var summary = HubWire.PushReport(report)
        guard report.rejected.isEmpty else {
            var error = HubError(
                .unprocessableContent, "records-refused",
                "\(report.rejected.count) of \(lines.count) records refused; nothing was stored"
                    + (report.equivocations.isEmpty ? "" : " (equivocation evidence was kept)"))
            error.rejected = summary.rejected
            throw error
        }
        // The records accepted are logged at once: the answer carries the signed head that includes them.
        if let log = hub.log { summary.head = try await offload { try log.sign() } }
        return try JSONBody.response(summary)
    }

    static let recordTypes: Set<String> = [
        HubWire.recordsType, "application/jsonl", "application/x-jsonlines", "application/jsonlines",
    ]

    /// `read:trace`: records after a position in ingest order, one signed record per line.
    func records(_ request: Request, _ context: HubContext) async throws -> Response {
        try context.require(.readTrace)
        let query = request.uri.queryParameters
        let after = try QueryValue.integer(query, "after", default: 0, range: 0...Int64.max)
        let limit = Int(try QueryValue.integer(query, "limit", default: 1_000, range: 1...10_000))
        let filter = RecordFilter(
            party: try QueryValue.partyID(query, "party"), area: try QueryValue.areaPrefix(query, "area"))
        let store = hub.store
        let page = try await offload { try store.records(after: after, limit: limit, filter: filter) }
        var body: [UInt8] = []
        for item in page {
            body += item.record.raw
            body.append(0x0A)
        }
        var response = JSONBody.bytes(body, type: HubWire.recordsType)
        if request.headers[.acceptEncoding]?.contains("gzip") == true, body.count > 1_024 {
            response = JSONBody.bytes(Gzip.compress(body), type: HubWire.recordsType)
            response.headers[.contentEncoding] = "gzip"
        }
        response.headers[HTTPField.Name(HubWire.nextHeader)!] = String(page.last?.position ?? after)
        response.headers[HTTPField.Name(HubWire.endHeader)!] = page.count < limit ? "true" : "false"
        return response
    }

    /// `read:trace`: the records kept as equivocation evidence.
    func equivocations(_ context: HubContext) async throws -> Response {
        try context.require(.readTrace)
        let store = hub.store
        let evidence = try await offload { try store.equivocations() }
        struct Item: Encodable {
            var issuer: String
            var seq: Int
            var record: String
            var conflictsWith: String
            var detectedAt: String
            var raw: String
        }
        let items = evidence.map {
            Item(
                issuer: $0.issuer, seq: $0.seq, record: $0.id, conflictsWith: $0.conflictsWith,
                detectedAt: Date(timeIntervalSince1970: Double($0.detectedMilliseconds) / 1000).ISO8601Format(),
                raw: String(decoding: $0.raw, as: UTF8.self))
        }
        return try JSONBody.response(["equivocations": items])
    }
}
