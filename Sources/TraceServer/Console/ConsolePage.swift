import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TraceModel

/// The console's page frame: the head, the navigation, the security headers; everything written escaped.
///
/// Pages are whole HTML documents made on the server; the lists and reports work with JavaScript off, and
/// `console.js` only adds conveniences (expand or collapse every hop of a trace).
struct ConsolePage {
    var title: String
    var language: Language
    var body: String

    /// The navigation's entries: path and word.
    static let sections: [(String, Message)] = [
        ("/console", Words.search), ("/console/findings", Words.findings), ("/console/recalls", Words.recalls),
        ("/console/drills", Words.drills),
    ]

    func html() -> String {
        let w = language.word
        let navigation = Self.sections.map { "<a href=\"\($0.0)\(language.query)\">\(w($0.1))</a>" }.joined()
        return """
            <!doctype html>
            <html lang="\(language.tag)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupText.escape(title)) · \(w(Words.title))</title>
            <link rel="stylesheet" href="/console/console.css"><script type="module" src="/console/console.js"></script></head>
            <body><header><b>\(w(Words.title))</b><nav>\(navigation)</nav>
            <form method="post" action="/console/logout"><button type="submit">\(w(Words.logout))</button></form></header>
            <main><h1>\(MarkupText.escape(title))</h1>
            \(body)
            </main></body></html>
            """
    }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        Self.response(html(), status: status)
    }

    static func response(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:])
        -> Response
    {
        var headers = SlipPageRoutes.securityHeaders
        // The console's forms (search, login, logout) post to the hub itself.
        headers[.contentSecurityPolicy] = consolePolicy
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers.append(contentsOf: extra)
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(html.utf8))))
    }
}

/// The slip page's policy, with forms allowed to this origin.
let consolePolicy = SlipPageRoutes.policy.replacingOccurrences(of: "form-action 'none'", with: "form-action 'self'")

/// Text made safe for a URL's query value.
func queryEscape(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? ""
}

/// Text made safe for one segment of a URL's path (record ids keep their `sha256:`).
func pathEscape(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.:"))) ?? ""
}
