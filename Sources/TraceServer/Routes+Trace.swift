import Foundation
import Hummingbird
import TraceGraph
import TraceModel
import TraceService
import TraceSlips
import TraceStore

/// `GET /slips/{code}` (public: the shopper's view), `GET /trace/{code}/up|down` and `GET /parties[/{id}]`.
struct TraceRoutes {
    let hub: Hub

    func add(to router: Router<HubContext>) {
        router.get("slips/:code") { _, context in try await slip(context) }
        router.get("trace/:code/up") { _, context in try await trace(context, up: true) }
        router.get("trace/:code/down") { _, context in try await trace(context, up: false) }
        router.get("parties") { _, context in try await parties(context, only: nil) }
        router.get("parties/:id") { _, context in
            let id = try context.parameters.require("id")
            guard QueryValue.isPartyID(id) else { throw HubError.badRequest("\(id.prefix(40)) is not a party id") }
            return try await parties(context, only: id)
        }
    }

    /// The code in the path, checked: 20 digits (anything else, `..` and slashes included, is a 400).
    static func code(_ context: HubContext) throws -> String {
        let text = try context.parameters.require("code")
        do { return try TraceCode(validating: text).digits } catch {
            throw HubError.badRequest("\(text.prefix(40)) is not a trace code: \(error)")
        }
    }

    func slip(_ context: HubContext) async throws -> Response {
        let code = try Self.code(context)
        let store = hub.store
        let content: SlipContent
        do { content = try await offload { try SlipService(store: store).content(slip: code) } } catch {
            throw HubError.notFound("no slip \(code) here")
        }
        return try JSONBody.response(SlipView(content))
    }

    func trace(_ context: HubContext, up: Bool) async throws -> Response {
        try context.require(.readTrace)
        let code = try Self.code(context)
        let store = hub.store
        let result: TraceResult? = try await offload {
            guard try store.recordID(forCode: code) != nil else { return nil }
            return try store.withGraph { reader in
                var tracer = Tracer(reader: reader)
                return up ? try tracer.up(from: code) : try tracer.down(from: code)
            }
        }
        guard let result else { throw HubError.notFound("no batch, slip or meal with trace code \(code) here") }
        return try JSONBody.response(result)
    }

    func parties(_ context: HubContext, only id: String?) async throws -> Response {
        try context.require(.readTrace)
        let store = hub.store
        let parties = try await offload { try store.registeredParties() }.filter { id == nil || $0.info.id == id }
        let views = parties.map(PartyView.init)
        if id != nil {
            guard let view = views.first else { throw HubError.notFound("no party \(id ?? "") registered here") }
            return try JSONBody.response(view)
        }
        return try JSONBody.response(["parties": views])
    }
}

/// The shopper's view of a slip: what the printed slip shows, and the payload its QR code carries.
struct SlipView: Encodable {
    struct Upstream: Encodable {
        var originFarm: String?
        var originPlace: String?
        var slaughterhouse: String?
        var quarantineCertificate: String?
        var meatInspectionCertificate: String?
        var lastTest: LastTest?
    }
    struct LastTest: Encodable {
        var analyte: String
        var result: String
        var date: String
    }
    var slip: String
    var batch: String
    var market: String
    var stall: String
    var stallName: String
    var product: String
    var quantity: String
    var unitPrice: String
    var amount: String
    var soldAt: String
    var upstream: Upstream
    var payload: String

    init(_ content: SlipContent) {
        slip = content.slipCode.digits
        batch = content.batchCode.digits
        market = content.marketName
        stall = content.stallID
        stallName = content.stallName
        product = content.productName
        quantity = content.quantity.description
        unitPrice = content.unitPrice.description
        amount = content.amount.description
        soldAt = content.soldAt.description
        let up = content.upstream
        upstream = Upstream(
            originFarm: up.originFarm, originPlace: up.originPlace, slaughterhouse: up.slaughterhouse,
            quarantineCertificate: up.quarantineCertificate, meatInspectionCertificate: up.meatInspectionCertificate,
            lastTest: up.lastTest.map { LastTest(analyte: $0.analyte, result: $0.result, date: $0.date.description) })
        payload = content.payload
    }
}

/// A registered party as the hub lists it.
struct PartyView: Encodable {
    struct Revocation: Encodable {
        var key: String
        var from: String
        var reason: String
    }
    var id: String
    var name: String
    var role: String
    var area: String
    var parent: String?
    var keys: [RegisteredKey]
    var revocations: [Revocation]

    init(_ party: RegisteredParty) {
        id = party.info.id
        name = party.info.name
        role = party.info.role.rawValue
        area = party.info.area
        parent = party.info.parent
        keys = party.keys
        revocations = party.revocations.map { Revocation(key: $0.key, from: $0.from.description, reason: $0.reason) }
    }
}
