import TraceModel

/// A printable slip as one self-contained SVG document (UTF-8, no external assets).
///
/// Width is the paper's printable dots (384 for 58 mm, 576 for 80 mm) in user units; text uses the
/// generic `sans-serif` family; the QR code is one `<path>` of unit squares with a 4-module quiet
/// zone, scaled by a whole number so modules stay sharp.
public struct SVGSlip: Sendable {
    /// What the slip shows.
    public let content: SlipContent
    /// The paper width it is made for.
    public let paper: SlipPaper
    /// The language of labels.
    public let language: SlipLanguage

    static let margin = 12
    static let fontSize = 16
    static let lineHeight = 22

    /// A slip of `content` for `paper` in `language`.
    public init(_ content: SlipContent, paper: SlipPaper, language: SlipLanguage) {
        self.content = content
        self.paper = paper
        self.language = language
    }

    /// The SVG document text.
    public func render() throws(SlipError) -> String {
        let width = paper.dots
        let m = SVGSlip.margin
        // Wrap by display columns, a column being 0.6 em: a safe bound for sans-serif glyphs.
        let columns = (width - 2 * m) * 10 / (SVGSlip.fontSize * 6)
        var y = m
        var items: [String] = []
        func text(_ value: String, x: Int, anchor: String = "start", bold: Bool = false, size: Int = SVGSlip.fontSize) {
            var attributes = "x=\"\(x)\" y=\"\(y)\""
            if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
            if bold { attributes += " font-weight=\"bold\"" }
            if size != SVGSlip.fontSize { attributes += " font-size=\"\(size)\"" }
            items.append("<text \(attributes)>\(MarkupText.escape(value))</text>")
        }
        for block in SlipSheet(content, language: language).blocks {
            switch block {
            case .title(let value):
                for line in LineLayout.wrap(value, width: columns * 4 / 5) {
                    y += SVGSlip.lineHeight + 4
                    text(line, x: width / 2, anchor: "middle", bold: true, size: 20)
                }
            case .subtitle(let value), .code(let value), .note(let value):
                for line in LineLayout.wrap(value, width: columns) {
                    y += SVGSlip.lineHeight
                    text(line, x: width / 2, anchor: "middle")
                }
            case .heading(let value):
                y += SVGSlip.lineHeight
                text(value, x: m, bold: true)
            case .rule:
                y += SVGSlip.lineHeight / 2
                items.append(
                    "<line x1=\"\(m)\" y1=\"\(y)\" x2=\"\(width - m)\" y2=\"\(y)\" stroke=\"#000000\" stroke-dasharray=\"4 3\"/>"
                )
            case .field(let label, let value, let emphasised):
                let size = emphasised ? 20 : SVGSlip.fontSize
                let lines = LineLayout.row(label, value, width: columns, rightAligned: true)
                if lines.count == 1 {
                    y += SVGSlip.lineHeight + (emphasised ? 4 : 0)
                    text(label, x: m, bold: emphasised, size: size)
                    text(value, x: width - m, anchor: "end", bold: emphasised, size: size)
                } else {
                    // Label lines on the left, then the value's lines on the right, as on one line.
                    for line in LineLayout.wrap(label, width: columns) {
                        y += SVGSlip.lineHeight
                        text(line, x: m, bold: emphasised)
                    }
                    for line in LineLayout.wrap(value, width: columns) {
                        y += SVGSlip.lineHeight
                        text(line, x: width - m, anchor: "end", bold: emphasised)
                    }
                }
            case .qr(let payload, let caption):
                let code = try QRCode(payload)
                let side = QRPath.side(of: code)
                let scale = max(1, min(8, (width - 2 * m) / side))
                y += SVGSlip.lineHeight
                text(caption, x: width / 2, anchor: "middle")
                y += 6
                items.append(QRPath.group(code, x: (width - side * scale) / 2, y: y, scale: scale))
                y += side * scale
            }
        }
        let height = y + 2 * m
        let title = MarkupText.escape(content.marketName + " " + content.slipCode.digits)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="sans-serif" font-size="\(SVGSlip.fontSize)" xml:lang="\(language.tag)">
            <title>\(title)</title>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>
            \(items.joined(separator: "\n"))
            </svg>

            """
    }
}
