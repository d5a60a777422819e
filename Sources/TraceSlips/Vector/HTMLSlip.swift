/// A printable slip as one self-contained HTML page (UTF-8, inline CSS and SVG, no external assets).
///
/// The page is as wide as the paper; the QR code is an inline `<svg>` with one `<path>` of unit
/// squares and a 4-module quiet zone. All text is escaped.
public struct HTMLSlip: Sendable {
    /// What the slip shows.
    public let content: SlipContent
    /// The paper width it is made for.
    public let paper: SlipPaper
    /// The language of labels.
    public let language: SlipLanguage

    /// A slip of `content` for `paper` in `language`.
    public init(_ content: SlipContent, paper: SlipPaper, language: SlipLanguage) {
        self.content = content
        self.paper = paper
        self.language = language
    }

    /// The HTML document text.
    public func render() throws(SlipError) -> String {
        func e(_ text: String) -> String { XMLText.escape(text) }
        var body: [String] = []
        var rows: [String] = []
        func flushRows() {
            if !rows.isEmpty { body.append("<table>\n" + rows.joined(separator: "\n") + "\n</table>") }
            rows = []
        }
        for block in SlipSheet(content, language: language).blocks {
            if case .field(let label, let value, let emphasised) = block {
                rows.append("<tr\(emphasised ? " class=\"amount\"" : "")><th>\(e(label))</th><td>\(e(value))</td></tr>")
                continue
            }
            flushRows()
            switch block {
            case .title(let text): body.append("<h1>\(e(text))</h1>")
            case .subtitle(let text): body.append("<p class=\"stall\">\(e(text))</p>")
            case .rule: body.append("<hr>")
            case .heading(let text): body.append("<h2>\(e(text))</h2>")
            case .code(let text): body.append("<p class=\"code\">\(e(text))</p>")
            case .note(let text): body.append("<p class=\"note\">\(e(text))</p>")
            case .qr(let payload, let caption):
                let code = try QRCode(payload)
                body.append(
                    "<figure class=\"qr\">\(QRPath.inlineSVG(code, label: caption))<figcaption>\(e(caption))</figcaption></figure>"
                )
            case .field: break
            }
        }
        flushRows()
        let millimetres = paper == .mm58 ? 58 : 80
        return """
            <!DOCTYPE html>
            <html lang="\(language.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(content.marketName + " " + content.slipCode.digits))</title>
            <style>
            @page { size: \(millimetres)mm auto; margin: 2mm; }
            body { font-family: sans-serif; max-width: \(millimetres - 4)mm; margin: 0 auto; color: #000; background: #fff; }
            h1 { font-size: 1.3em; text-align: center; margin: 0.3em 0; }
            h2 { font-size: 1em; margin: 0.3em 0; }
            .stall, .code, .note { text-align: center; margin: 0.2em 0; }
            .code { font-family: monospace; font-size: 1.1em; }
            table { width: 100%; border-collapse: collapse; }
            th { text-align: left; font-weight: normal; vertical-align: top; padding-right: 0.5em; }
            td { text-align: right; overflow-wrap: anywhere; }
            tr.amount th, tr.amount td { font-weight: bold; font-size: 1.3em; }
            hr { border: 0; border-top: 1px dashed #000; }
            .qr { margin: 0.5em auto; width: 70%; text-align: center; }
            .qr svg { width: 100%; height: auto; display: block; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }
}
