import Foundation
import HTTPTypes
import Hummingbird
import TraceInterop
import TraceModel
import TraceStore
import TraceStoreInterop

/// The GS1 EPCIS 2.0 REST binding as far as the hub serves it: discovery (`OPTIONS /`, `OPTIONS /capture`),
/// `GET /eventTypes`, the simple event query on `GET /events`, `/events/{eventID}`, `/epcs/{epc}/events` and
/// `/eventTypes/{eventType}/events` (``EPCISQuery``), answering `EPCISQueryDocument`s whose events are
/// `foodtrace export epcis`'s, and capture (`POST /capture`, JSON-LD or XML) as jobs (``CaptureJobs``). Reads need a
/// token with `read:trace`; capture needs none, as a push needs none: every record captured is checked by its
/// signature. The rest of the binding answers 501 naming what to use instead (README "Run a hub" lists them).
struct EPCISRoutes {
    let hub: Hub

    static let eventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent"]
    static let version = "2.0.0"

    /// What the hub leaves out of the binding: each answers 501 with `instead`.
    static let notImplemented: [(path: String, method: HTTPRequest.Method, instead: String)] =
        [
            ("events", .post, "POST /records with the event's signed record (foodtrace push)"),
            ("eventTypes/:eventType", .get, "GET /eventTypes/{eventType}/events"),
            ("epcs", .get, "GET /events?MATCH_anyEPC=…"),
            ("epcs/:epc", .get, "GET /epcs/{epc}/events"),
            ("queries", .get, "GET /events"),
            ("queries", .post, "GET /events"),
            ("queries/:queryName", .get, "GET /events"),
            ("queries/:queryName/events", .get, "GET /events"),
            ("queries/:queryName/subscriptions", .get, "GET /events"),
            ("nextPageToken/:token", .get, "GET /events?nextPageToken=…"),
        ]
        + ["bizSteps", "bizLocations", "readPoints", "dispositions"].flatMap { name in
            [
                (path: name, method: HTTPRequest.Method.get, instead: "GET /events"),
                (path: "\(name)/:value", method: .get, instead: "GET /events"),
                (path: "\(name)/:value/events", method: .get, instead: "GET /events"),
            ]
        }

    func add(to router: Router<HubContext>) {
        router.on("/", method: .options) { _, _ in
            var response = Response(status: .noContent)
            response.headers[.allow] = "OPTIONS, GET, POST"
            response.headers.append(contentsOf: Self.versionHeaders)
            response.headers[HTTPField.Name("GS1-EPCIS-Min")!] = Self.version
            response.headers[HTTPField.Name("GS1-EPCIS-Max")!] = Self.version
            response.headers[HTTPField.Name("GS1-Vendor-Version")!] = "foodtrace-hub"
            return response
        }
        router.get("eventTypes") { _, context in
            try context.require(.readTrace)
            var response = try JSONBody.response(["@set": Self.eventTypes])
            response.headers.append(contentsOf: Self.versionHeaders)
            return response
        }
        router.on("capture", method: .options) { _, _ in
            var response = Response(status: .noContent)
            response.headers[.allow] = "OPTIONS, GET, POST"
            response.headers.append(contentsOf: Self.versionHeaders)
            response.headers[HTTPField.Name("GS1-Capture-Error-Behaviour")!] = "rollback"
            response.headers[HTTPField.Name("GS1-EPCIS-Capture-File-Size-Limit")!] = "\(hub.configuration.maxBodyBytes)"
            return response
        }
        router.post("capture") { request, context in try await capture(request, context) }
        router.get("capture") { _, context in
            try context.require(.readTrace)
            var response = try JSONBody.response(hub.captures.all)
            response.headers.append(contentsOf: Self.versionHeaders)
            return response
        }
        router.get("capture/:captureID") { _, context in
            let id = context.parameters.get("captureID") ?? ""
            guard let job = hub.captures.job(id) else {
                throw HubError.notFound("no capture job \(id.prefix(60)) here")
            }
            var response = try JSONBody.response(job)
            response.headers.append(contentsOf: Self.versionHeaders)
            return response
        }
        router.get("events") { request, context in try await events(request, context) }
        router.get("events/:eventID") { request, context in
            try context.require(.readTrace)
            let text = context.parameters.get("eventID") ?? ""
            let id = text.removingPercentEncoding ?? text
            var query = try EPCISQuery(request.uri.queryParameters)
            query.eventIDs = [id]
            let (events, document, _) = try await page(query)
            guard events > 0 else { throw HubError.notFound("no event \(id.prefix(100)) here") }
            var response = JSONBody.bytes(document, type: "application/json")
            response.headers.append(contentsOf: Self.versionHeaders)
            return response
        }
        router.get("epcs/:epc/events") { request, context in
            let epc = context.parameters.get("epc") ?? ""
            return try await events(request, context, epc: epc.removingPercentEncoding ?? epc)
        }
        router.get("eventTypes/:eventType/events") { request, context in
            let type = context.parameters.get("eventType") ?? ""
            guard Self.eventTypes.contains(type) || type == "AssociationEvent" else {
                throw HubError.notFound("no event type \(type.prefix(60)); the types are \(Self.eventTypes)")
            }
            return try await events(request, context, eventType: type)
        }
        for item in Self.notImplemented {
            router.on(RouterPath(item.path), method: item.method) { _, _ -> Response in
                throw HubError.notImplemented(
                    "\(item.method.rawValue) /\(item.path) of the EPCIS 2.0 REST binding is not served by this hub; use \(item.instead)"
                )
            }
        }
    }

    static var versionHeaders: HTTPFields {
        [HTTPField.Name("GS1-EPCIS-Version")!: version, HTTPField.Name("GS1-CBV-Version")!: version]
    }

    /// The query's page: how many events it holds, the `EPCISQueryDocument`, and where the next page starts.
    func page(_ query: EPCISQuery) async throws -> (events: Int, document: [UInt8], next: Int64?) {
        let store = hub.store
        let now = Timestamp(epochMilliseconds: hub.nowMilliseconds())
        return try await offload {
            let parties = StaticPartyLookup(
                parties: try store.interopParties().map { party in
                    PartyInfo(
                        id: party.id, name: party.name, role: party.role, area: party.area, parent: party.parent,
                        address: party.address)
                })
            let page = try query.page(in: store, parties: parties)
            return (page.events.count, EPCISWriter.queryDocument(events: page.events, creationDate: now), page.next)
        }
    }

    static let documentTypes: Set<String> = ["application/json", "application/ld+json", "application/xml", "text/xml"]

    /// Reads the document (a document out of form is a 400 with its path) and starts its capture job: 202 with the
    /// job's address in `Location`.
    func capture(_ request: Request, _ context: HubContext) async throws -> Response {
        let behaviour =
            request.headers[HTTPField.Name("GS1-Capture-Error-Behaviour")!]?.trimmingCharacters(in: .whitespaces)
            ?? "rollback"
        switch behaviour {
        case "rollback": break
        case "proceed", "all":
            throw HubError.notImplemented(
                "GS1-Capture-Error-Behaviour: \(behaviour) is not served: this hub captures all or nothing (rollback), as foodtrace import epcis imports"
            )
        default:
            throw HubError.badRequest(
                "GS1-Capture-Error-Behaviour: \(behaviour.prefix(40)) is none of rollback, proceed and all")
        }
        let type = request.headers[.contentType].map {
            ($0.split(separator: ";").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let type, Self.documentTypes.contains(type) else {
            throw HubError(
                .unsupportedMediaType, "unsupported-media-type",
                "send an EPCIS document as application/json (JSON-LD) or application/xml; got \(type ?? "none")")
        }
        let bytes = try await hub.body(of: request, context: context)
        let document: EPCISImport
        do {
            document = try await offload { try EPCISReader.read(document: bytes) }
        } catch let error as InteropError {
            throw HubError(.badRequest, "epcis-validation", "the EPCIS document is refused: \(error)")
        }
        let job = hub.captures.start(document, source: "epcis capture from \(context.remote)")
        var response = try JSONBody.response(job, status: .accepted)
        response.headers[.location] = "/capture/\(job.captureID)"
        response.headers.append(contentsOf: Self.versionHeaders)
        return response
    }

    /// One page of the query's events as an `EPCISQueryDocument`, with a `Link: <…>; rel="next"` header while more
    /// events match.
    func events(_ request: Request, _ context: HubContext, epc: String? = nil, eventType: String? = nil)
        async throws -> Response
    {
        try context.require(.readTrace)
        let query = try EPCISQuery(request.uri.queryParameters, epc: epc, eventType: eventType)
        let (_, document, next) = try await page(query)
        var response = JSONBody.bytes(document, type: "application/json")
        response.headers.append(contentsOf: Self.versionHeaders)
        if let next {
            let kept = (request.uri.query ?? "").split(separator: "&").map(String.init)
                .filter { !$0.hasPrefix("nextPageToken=") }
            let link =
                request.uri.path + "?"
                + (kept + ["nextPageToken=\(query.token(after: next))"])
                .joined(separator: "&")
            response.headers[HTTPField.Name("Link")!] = "<\(link)>; rel=\"next\""
        }
        return response
    }
}
