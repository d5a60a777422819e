import Foundation
import HTTPTypes
import Hummingbird
import TraceModel
import TraceSync

/// Who may see the console: a caller with a regulator token (scope `read:audit`), sent as a bearer token or, from a
/// browser, kept in an HTTP-only, same-site cookie set by the login form (`/console/login`).
struct ConsoleAccess {
    static let cookie = "foodtrace_console"
    let hub: Hub
    let keys: TrustedKeys

    /// The token in the `Authorization` header (already checked by the access middleware) or in the cookie.
    func token(_ request: Request, _ context: HubContext) -> HubToken? {
        if let token = context.token { return token }
        guard let value = Self.cookieValue(request) else { return nil }
        return try? HubToken.verify(value, trusted: keys.keys(), now: hub.nowMilliseconds() / 1000)
    }

    /// The console's own cookie from the `Cookie` header.
    static func cookieValue(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == cookie { return String(parts[1]) }
            }
        }
        return nil
    }

    /// The token when it allows the console, else `nil`.
    func allowed(_ request: Request, _ context: HubContext) -> HubToken? {
        guard let token = token(request, context), token.allows(.readAudit) else { return nil }
        return token
    }

    /// The login form, with why the last attempt failed.
    static func loginPage(_ language: Language, problem: String?, status: HTTPResponse.Status) -> Response {
        let w = language.word
        let html = """
            <!doctype html>
            <html lang="\(language.tag)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>\(w(Words.login)) · \(w(Words.title))</title>
            <link rel="stylesheet" href="/console/console.css"></head>
            <body><header><b>\(w(Words.title))</b></header><main><h1>\(w(Words.login))</h1>
            \(problem.map { "<p class=\"problem\" id=\"problem\">\(MarkupText.escape($0))</p>" } ?? "")
            <form method="post" action="/console/login\(language.query)" class="login">
            <label for="token">\(w(Words.token))</label><textarea id="token" name="token" rows="5" required></textarea>
            <p class="hint">\(w(Words.tokenHelp))</p><button type="submit">\(w(Words.login))</button></form></main></body></html>
            """
        return ConsolePage.response(html, status: status)
    }

    /// `POST /console/login`: a form with `token`; sets the cookie and goes to the console, or shows why not.
    func login(_ request: Request, language: Language) async throws -> Response {
        var buffer = try await request.body.collect(upTo: 16_384)
        let form = String(decoding: buffer.readBytes(length: buffer.readableBytes) ?? [], as: UTF8.self)
        let value = Self.formValue(form, "token") ?? ""
        let token: HubToken
        do {
            token = try HubToken.verify(
                value, trusted: keys.keys(), now: hub.nowMilliseconds() / 1000)
        } catch {
            return Self.loginPage(
                language, problem: Words.tokenRefused("\(error)").text(language), status: .unauthorized)
        }
        guard token.allows(.readAudit) else {
            return Self.loginPage(
                language, problem: Words.lacksScope(token.sub).text(language), status: .forbidden)
        }
        let age = max(0, token.exp - hub.nowMilliseconds() / 1000)
        var headers = HTTPFields()
        headers[.setCookie] = "\(Self.cookie)=\(value); Path=/console; HttpOnly; SameSite=Strict; Max-Age=\(age)"
        headers[.location] = "/console" + language.query
        return ConsolePage.response("", status: .seeOther, headers: headers)
    }

    /// `POST /console/logout`: forgets the cookie.
    static func logout() -> Response {
        var headers = HTTPFields()
        headers[.setCookie] = "\(cookie)=; Path=/console; HttpOnly; SameSite=Strict; Max-Age=0"
        headers[.location] = "/console/login"
        return ConsolePage.response("", status: .seeOther, headers: headers)
    }

    /// One value of an `application/x-www-form-urlencoded` body.
    static func formValue(_ form: String, _ name: String) -> String? {
        for pair in form.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0] == name else { continue }
            return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return nil
    }
}
