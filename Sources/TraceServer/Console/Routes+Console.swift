import Foundation
import HTTPTypes
import Hummingbird
import TraceStore

/// The regulator's console at `/console`: search, trace trees with hop flags, the recall board and the drill
/// history, as server-made HTML pages behind a regulator token (``ConsoleAccess``).
struct ConsoleRoutes {
    let hub: Hub
    let access: ConsoleAccess

    init(hub: Hub) {
        self.hub = hub
        access = ConsoleAccess(hub: hub, keys: TrustedKeys(store: hub.store))
    }

    static let style = SlipPageRoutes.Asset(PackageResources.console_css, "text/css; charset=utf-8")
    static let script = SlipPageRoutes.Asset(PackageResources.console_js, "text/javascript; charset=utf-8")

    func add(to router: Router<HubContext>) {
        router.get("console/console.css") { request, _ in SlipPageRoutes.serve(Self.style, request) }
        router.get("console/console.js") { request, _ in SlipPageRoutes.serve(Self.script, request) }
        router.get("console/login") { request, _ in
            ConsoleAccess.loginPage(Self.language(request), problem: nil, status: .ok)
        }
        router.post("console/login") { request, _ in try await access.login(request, language: Self.language(request)) }
        router.post("console/logout") { _, _ in ConsoleAccess.logout() }
        router.get("console") { request, context in
            let query = request.uri.queryParameters.get("q") ?? ""
            return try await page(request, context) { store, language in
                try ConsoleSearch.page(store: store, query: query, language: language)
            }
        }
        router.get("console/trace/:code") { request, context in
            let code = try TraceRoutes.code(context)
            let up = request.uri.queryParameters.get("dir") != "down"
            return try await page(request, context) { store, language in
                guard let page = try ConsoleTrace.page(store: store, code: code, up: up, language: language) else {
                    throw HubError.notFound("no batch, slip or meal with trace code \(code) here")
                }
                return page
            }
        }
        router.get("console/recalls") { request, context in
            let now = hub.nowMilliseconds()
            return try await page(request, context) { store, language in
                try ConsoleRecalls.board(store: store, now: now, language: language)
            }
        }
        router.get("console/drills") { request, context in
            try await page(request, context) { store, language in
                try ConsoleRecalls.drills(store: store, language: language)
            }
        }
    }

    static func language(_ request: Request) -> ConsoleLanguage {
        ConsoleLanguage(query: request.uri.queryParameters.get("lang"))
    }

    /// The page `make` draws, off the event loop; the login form (401) for a caller without a regulator token.
    func page(
        _ request: Request, _ context: HubContext,
        _ make: @escaping @Sendable (TraceStore, ConsoleLanguage) throws -> ConsolePage
    ) async throws -> Response {
        let language = Self.language(request)
        guard access.allowed(request, context) != nil else {
            return ConsoleAccess.loginPage(language, problem: nil, status: .unauthorized)
        }
        let store = hub.store
        let started = ContinuousClock.now
        let page = try await offload { try make(store, language) }
        var response = page.response()
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[HTTPField.Name("Server-Timing")!] = "render;dur=\(String(format: "%.2f", ms))"
        return response
    }
}
