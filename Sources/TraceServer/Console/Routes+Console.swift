import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TraceModel
import TraceReport
import TraceStore

/// The regulator's console at `/console`: search, trace trees with hop flags, the findings of a month with the
/// period report to download, the evidence records, the recall board and the drill history with the drills'
/// reports, as server-made HTML pages behind a regulator token (``ConsoleAccess``).
struct ConsoleRoutes {
    let hub: Hub
    let access: ConsoleAccess

    init(hub: Hub) {
        self.hub = hub
        access = ConsoleAccess(hub: hub, keys: TrustedKeys(store: hub.store))
    }

    static let style = SlipPageRoutes.Asset(PackageResources.console_css, "text/css; charset=utf-8")
    static let script = SlipPageRoutes.Asset(PackageResources.console_js, "text/javascript; charset=utf-8")

    /// A whole report page of its own (the period report, a drill report): inline styles and SVG, nothing else.
    static let documentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'none'"

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
            return try await page(request, context, title: Words.search) { store, language in
                try ConsoleSearch.page(store: store, query: query, language: language)
            }
        }
        router.get("console/trace/:code") { request, context in
            let code = try TraceRoutes.code(context)
            let up = request.uri.queryParameters.get("dir") != "down"
            return try await page(request, context, title: Words.search) { store, language in
                guard let page = try ConsoleTrace.page(store: store, code: code, up: up, language: language) else {
                    throw ConsoleProblem(.notFound, Words.noCode(code))
                }
                return page
            }
        }
        router.get("console/findings") { request, context in
            let now = hub.nowMilliseconds()
            return try await page(request, context, title: Words.findings) { store, language in
                let filter = try Self.filter(request, now: now)
                let report = try hub.periodReports.report(store: store, filter: filter, now: now)
                return ConsoleFindings.page(report: report, filter: filter, language: language)
            }
        }
        router.get("console/report") { request, context in try await periodReport(request, context) }
        router.get("console/records/:id") { request, context in
            let id = Self.segment(context.parameters.get("id"))
            return try await page(request, context, title: Words.record) { store, language in
                try ConsoleRecord.page(store: store, id: id, language: language)
            }
        }
        router.get("console/recalls") { request, context in
            let now = hub.nowMilliseconds()
            return try await page(request, context, title: Words.recalls) { store, language in
                try ConsoleRecalls.board(store: store, now: now, language: language)
            }
        }
        router.get("console/drills") { request, context in
            let now = hub.nowMilliseconds()
            let reports = hub.drillReports
            return try await page(request, context, title: Words.drills) { store, language in
                try ConsoleDrills.page(
                    store: store, reports: reports, filter: try Self.filter(request, now: now), language: language)
            }
        }
        router.get("console/drills/:record/report") { request, context in
            let record = Self.segment(context.parameters.get("record"))
            let reports = hub.drillReports
            return try await document(request, context, title: Words.drillReport, download: nil) { store, language in
                try ConsoleDrills.report(store: store, reports: reports, record: record, language: language)
            }
        }
    }

    static func language(_ request: Request) -> Language {
        Language(consoleQuery: request.uri.queryParameters.get("lang"))
    }

    /// A path parameter, percent-decoded.
    static func segment(_ raw: String?) -> String { raw.map { $0.removingPercentEncoding ?? $0 } ?? "" }

    static func filter(_ request: Request, now: Int64) throws(ConsoleProblem) -> FindingsFilter {
        let query = request.uri.queryParameters
        return try FindingsFilter({ query.get($0) }, nowMilliseconds: now)
    }

    /// `GET /console/report?period=…[&market=…|&area=…]`: the period report of `foodtrace report` (the same
    /// gathering and page), as a file to save.
    func periodReport(_ request: Request, _ context: HubContext) async throws -> Response {
        let now = hub.nowMilliseconds()
        let filter = try? Self.filter(request, now: now)
        let name = "foodtrace-report-\(filter?.period.description ?? "period").html"
        return try await document(request, context, title: Words.findings, download: name) { store, language in
            let report = try hub.periodReports.report(
                store: store, filter: try Self.filter(request, now: now), now: now)
            return PeriodReportHTML(report, language: language).render()
        }
    }

    /// The page `make` draws, off the event loop, with its render time in `Server-Timing`; the login form (401) for
    /// a caller without a regulator token; a page saying what is wrong for a ``ConsoleProblem``.
    func page(
        _ request: Request, _ context: HubContext, title: Message,
        _ make: @escaping @Sendable (TraceStore, Language) throws -> ConsolePage
    ) async throws -> Response {
        let language = Self.language(request)
        guard access.allowed(request, context) != nil else {
            return ConsoleAccess.loginPage(language, problem: nil, status: .unauthorized)
        }
        let store = hub.store
        let started = ContinuousClock.now
        let (page, status) = try await offload { () throws -> (ConsolePage, HTTPResponse.Status) in
            do {
                return (try make(store, language), .ok)
            } catch let problem as ConsoleProblem {
                return (problem.page(title: title, language: language), problem.status)
            }
        }
        var response = page.response(status: status)
        response.headers[HTTPField.Name("Server-Timing")!] = Self.timing(since: started)
        return response
    }

    /// A whole HTML document of its own (a report), inline; with `download`, as an attachment of that file name.
    func document(
        _ request: Request, _ context: HubContext, title: Message, download: String?,
        _ make: @escaping @Sendable (TraceStore, Language) throws -> String
    ) async throws -> Response {
        let language = Self.language(request)
        guard access.allowed(request, context) != nil else {
            return ConsoleAccess.loginPage(language, problem: nil, status: .unauthorized)
        }
        let store = hub.store
        let started = ContinuousClock.now
        let made = try await offload { () throws -> Result<String, ConsoleProblem> in
            do { return .success(try make(store, language)) } catch let problem as ConsoleProblem {
                return .failure(problem)
            }
        }
        switch made {
        case .failure(let problem):
            var response = problem.page(title: title, language: language).response(status: problem.status)
            response.headers[HTTPField.Name("Server-Timing")!] = Self.timing(since: started)
            return response
        case .success(let html):
            var headers = SlipPageRoutes.securityHeaders
            headers[.contentSecurityPolicy] = Self.documentPolicy
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
            headers[HTTPField.Name("Server-Timing")!] = Self.timing(since: started)
            return Response(
                status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(html.utf8))))
        }
    }

    static func timing(since started: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return "render;dur=\(String(format: "%.2f", ms))"
    }
}
