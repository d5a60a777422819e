import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Recall
import TraceGraph
import TraceModel
import TraceService
import TraceSlips
import TraceStore
import TraceSync

/// The shopper's slip page: `GET /s` (one HTML page, its JS module and the zlib module it imports, one style sheet,
/// a service worker whose cache is named after them, ``SlipPageAssets``) and the
/// trust bundle it checks slips against (`/s/bundle.json`), with the two questions the page asks the hub when it is
/// online: `GET /s/status/{code}` (trace and recall status, public) and `POST /s/verify` (an SM2 slip, which browsers
/// cannot check). The page loads nothing from elsewhere, and its Content-Security-Policy forbids it to.
struct SlipPageRoutes {
    let hub: Hub

    /// Only this origin's scripts, styles, connections and workers; no inline script, no frames, no plugins.
    static let policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    typealias Asset = SlipPageAssets.Asset

    func add(to router: Router<HubContext>) {
        for (path, asset) in SlipPageAssets.shell {
            router.get(RouterPath(String(path.dropFirst()))) { request, _ in Self.serve(asset, request) }
        }
        router.get("s/sw.js") { request, _ in
            var response = Self.serve(SlipPageAssets.worker, request)
            // The worker lives under /s/ but serves the page /s itself.
            response.headers[HTTPField.Name("Service-Worker-Allowed")!] = "/s"
            return response
        }
        router.get("s/bundle.json") { request, _ in try await bundle(request) }
        router.get("s/status/:code") { _, context in try await status(context) }
        router.post("s/verify") { request, context in try await verify(request, context) }
    }

    /// `asset` gzip-compressed when the caller accepts it, with the page's security headers.
    static func serve(_ asset: Asset, _ request: Request, cache: String = "no-cache") -> Response {
        let gzip = request.headers[.acceptEncoding]?.lowercased().contains("gzip") ?? false
        var headers = securityHeaders
        headers[.contentType] = asset.type
        headers[.cacheControl] = cache
        headers[.vary] = "Accept-Encoding"
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: gzip ? asset.gzip : asset.plain)))
    }

    static var securityHeaders: HTTPFields {
        [
            .contentSecurityPolicy: policy, HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
    }

    /// The configured bundle, served only while it is signed by one of this store's anchors and not expired.
    func bundle(_ request: Request) async throws -> Response {
        guard let path = hub.configuration.slipBundlePath else {
            throw HubError.notFound(
                "this hub serves no trust bundle: start it with --slip-bundle FILE (from `foodtrace trust export`)")
        }
        let store = hub.store
        let now = Timestamp(epochMilliseconds: hub.nowMilliseconds())
        let bytes: [UInt8]
        do {
            bytes = try await offload {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                let bundle = try TrustBundle.load(bytes: bytes, now: now)
                let anchors = Set(try store.anchors().map(\.key.keyID))
                guard let signer = bundle.sig?.key, anchors.contains(signer) else {
                    throw SlipError.bundle("it is not signed by one of this store's trust anchors")
                }
                return bytes
            }
        } catch {
            throw HubError(
                .serviceUnavailable, "no-trust-bundle",
                "the trust bundle \(path) cannot be served: \(error) (export a fresh one with `foodtrace trust export`)"
            )
        }
        return Self.serve(Asset(bytes, "application/json"), request)
    }

    func status(_ context: HubContext) async throws -> Response {
        let code = try TraceRoutes.code(context)
        let store = hub.store
        let answer: SlipStatus? = try await offload {
            guard let content = try? SlipService(store: store).content(slip: code) else { return nil }
            let trace = try FlaggedTrace(code: code, direction: .up, store: store)
            return SlipStatus(content: content, trace: trace, voided: try store.void(ofSlip: code))
        }
        guard let answer else { throw HubError.notFound("no slip \(code) here") }
        var response = try JSONBody.response(answer)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// An SM2 slip (or any slip) checked against the store's registered parties.
    func verify(_ request: Request, _ context: HubContext) async throws -> Response {
        var buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: 4096) } catch {
            throw HubError(.contentTooLarge, "body-too-large", "a slip is at most 4096 bytes")
        }
        let text = String(decoding: buffer.readBytes(length: buffer.readableBytes) ?? [], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let store = hub.store
        let now = Timestamp(epochMilliseconds: hub.nowMilliseconds())
        let verification = try await offload {
            let bundle = TrustBundle(
                issuedAt: now, expiresAt: now.adding(milliseconds: 60_000), anchors: [],
                parties: try SlipService(store: store).bundleParties())
            return SlipVerifier.verify(payload: text, bundle: bundle)
        }
        var answer = SlipCheck(genuine: verification.isGenuine)
        switch verification {
        case .genuine(let record, _): answer.record = record.id
        case .rejected(let reason): answer.reason = reason.description
        }
        var response = try JSONBody.response(answer)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

/// `POST /s/verify`'s answer.
struct SlipCheck: Encodable {
    var genuine: Bool
    var record: String?
    var reason: String?
}

/// `GET /s/status/{code}`: what the printed slip shows, the trace up to the farm with each hop's flags, the recall
/// notices covering the slip, and the stall's void of the sale.
struct SlipStatus: Encodable {
    struct Notice: Encodable {
        var notice: String
        var level: Int
        var reason: String
        var batch: String
    }
    struct Hop: Encodable {
        var code: String
        var party: String
        var partyName: String
        var role: String?
        var kind: String
        var at: String
        var flags: [String]
    }
    var slip: String
    var product: String
    var market: String
    var stallName: String
    var upstream: SlipView.Upstream
    var recalled: Bool
    var recalls: [Notice]
    var voided: SlipVoid?
    var hops: [Hop]

    init(content: SlipContent, trace: FlaggedTrace, voided: SlipVoid?) {
        let view = SlipView(content)
        slip = view.slip
        product = view.product
        market = view.market
        stallName = view.stallName
        upstream = view.upstream
        var seen: Set<String> = []
        let notices = trace.result.nodes.flatMap { trace.flagger.notices(covering: $0.code) }
        recalls = notices.filter { seen.insert($0.notice).inserted }
            .map { Notice(notice: $0.notice, level: $0.level, reason: $0.reason, batch: $0.batch) }
        recalled = !recalls.isEmpty
        self.voided = voided
        hops = trace.result.nodes.map { node in
            Hop(
                code: node.code, party: node.party, partyName: node.partyName, role: node.role?.rawValue,
                kind: node.kind.rawValue, at: node.at,
                flags: trace.flags.of(node.code).map { "\($0.kind.rawValue): \($0.detail)" })
        }
    }
}
