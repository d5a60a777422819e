import HTTPTypes
import Hummingbird

/// The subset of the GS1 EPCIS 2.0 REST binding the hub answers: discovery (`OPTIONS /`) and `GET /eventTypes`.
/// Capture and queries answer 501 with what to use instead (README "Run a hub" lists them).
struct EPCISRoutes {
    let hub: Hub

    static let eventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent"]
    static let notImplemented: [(path: String, method: HTTPRequest.Method, instead: String)] = [
        ("capture", .post, "foodtrace import epcis FILE on a node, then foodtrace push"),
        ("capture", .get, "GET /records"),
        ("events", .get, "GET /records, or foodtrace export epcis on a pulled copy"),
        ("epcs/:epc/events", .get, "GET /trace/{code}/up and /down"),
        ("queries", .get, "GET /records"),
        ("queries", .post, "GET /records"),
    ]

    func add(to router: Router<HubContext>) {
        router.on("/", method: .options) { _, _ in
            var response = Response(status: .noContent)
            response.headers[.allow] = "OPTIONS, GET, POST"
            response.headers[HTTPField.Name("GS1-EPCIS-Version")!] = "2.0.0"
            response.headers[HTTPField.Name("GS1-EPCIS-Min")!] = "2.0.0"
            response.headers[HTTPField.Name("GS1-EPCIS-Max")!] = "2.0.0"
            response.headers[HTTPField.Name("GS1-CBV-Version")!] = "2.0.0"
            response.headers[HTTPField.Name("GS1-Vendor-Version")!] = "foodtrace-hub"
            return response
        }
        router.get("eventTypes") { _, context in
            try context.require(.readTrace)
            return try JSONBody.response(["@set": Self.eventTypes])
        }
        for item in Self.notImplemented {
            router.on(RouterPath(item.path), method: item.method) { _, _ -> Response in
                throw HubError.notImplemented(
                    "\(item.method.rawValue) /\(item.path) of the EPCIS 2.0 REST binding is not served by this hub; use \(item.instead)"
                )
            }
        }
    }
}
