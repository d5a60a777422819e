import TraceModel

/// A printable slip as one self-contained HTML page (UTF-8, inline CSS and SVG, no external assets).
///
/// The page is as wide as the paper; the QR code is an inline `<svg>` with one `<path>` of unit
/// squares and a 4-module quiet zone. All text is escaped.
///
/// Layout at 58 and 80 mm: each field is a label and a value on one line when both fit, else the value moves under
/// its label (never a label squeezed to one character a line). Runs without Chinese (a trace code's groups, an
/// English word, a number with its unit) never break inside: they are `nowrap` spans, and lines break between them
/// or inside Chinese text; a label keeps its Chinese words whole too (`word-break: keep-all`).
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

    /// `text` escaped, each run without Chinese characters (a word, a number, a code group) in a `nowrap` span.
    static func runs(_ text: String) -> String {
        var out = ""
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            out += "<span class=\"w\">\(MarkupText.escape(run))</span>"
            run = ""
        }
        for character in text {
            if character == " " || Self.isWide(character) {
                flush()
                out += MarkupText.escape(String(character))
            } else {
                run.append(character)
            }
        }
        flush()
        return out
    }

    /// True for CJK characters and full-width punctuation, where lines may break.
    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x2E80...0x9FFF).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFF00...0xFFEF).contains(scalar)
    }

    /// The HTML document text.
    public func render() throws(SlipError) -> String {
        func e(_ text: String) -> String { MarkupText.escape(text) }
        var body: [String] = []
        var rows: [String] = []
        func flushRows() {
            if !rows.isEmpty { body.append("<div class=\"fields\">\n" + rows.joined(separator: "\n") + "\n</div>") }
            rows = []
        }
        for block in SlipSheet(content, language: language).blocks {
            if case .field(let label, let value, let emphasised) = block {
                rows.append(
                    "<div class=\"f\(emphasised ? " amount" : "")\"><span class=\"l\">\(Self.runs(label))</span>"
                        + "<span class=\"v\">\(Self.runs(value))</span></div>")
                continue
            }
            flushRows()
            switch block {
            case .title(let text): body.append("<h1>\(Self.runs(text))</h1>")
            case .subtitle(let text): body.append("<p class=\"stall\">\(Self.runs(text))</p>")
            case .rule: body.append("<hr>")
            case .heading(let text): body.append("<h2>\(Self.runs(text))</h2>")
            case .code(let text): body.append("<p class=\"code\">\(Self.runs(text))</p>")
            case .note(let text): body.append("<p class=\"note\">\(Self.runs(text))</p>")
            case .qr(let payload, let caption):
                let code = try QRCode(payload)
                body.append(
                    "<figure class=\"qr\">\(QRPath.inlineSVG(code, label: caption))<figcaption>\(Self.runs(caption))</figcaption></figure>"
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
            body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; \
            max-width: \(millimetres - 4)mm; margin: 0 auto; color: #000; background: #fff; font-size: \(paper == .mm58 ? 12 : 13)px; }
            h1 { font-size: 1.3em; text-align: center; margin: 0.3em 0; }
            h2 { font-size: 1em; margin: 0.3em 0; }
            .stall, .code, .note { text-align: center; margin: 0.2em 0; }
            .code { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 1.1em; }
            .w { white-space: nowrap; }
            .f { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 0.6em; margin: 0.1em 0; }
            .l { flex: 0 1 auto; word-break: keep-all; overflow-wrap: normal; }
            .v { flex: 1 0 auto; max-width: 100%; text-align: right; margin-left: auto; overflow-wrap: break-word; }
            .f.amount { font-weight: bold; font-size: 1.3em; }
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
