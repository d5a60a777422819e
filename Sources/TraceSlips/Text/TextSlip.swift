/// Thermal paper widths and what fits on them.
public enum SlipPaper: String, Sendable, Hashable, CaseIterable {
    /// 58 mm roll: 32 columns of 12×24 dot characters, 384 dots.
    case mm58 = "58"
    /// 80 mm roll: 48 columns, 576 dots.
    case mm80 = "80"

    /// Characters per line in the printer's standard font (a wide character takes two).
    public var columns: Int { self == .mm58 ? 32 : 48 }
    /// Printable dots per line at 203 dpi.
    public var dots: Int { self == .mm58 ? 384 : 576 }
}

/// A slip laid out in fixed-width lines for a thermal printer or a terminal.
///
/// Wide (CJK) characters count as two columns; no line exceeds ``SlipPaper/columns``. The QR code
/// becomes a placeholder line followed by the payload itself, cut into full-width pieces that join
/// back to the exact payload (it may contain spaces; none is dropped).
public struct TextSlip: Sendable {
    /// One printed line and how it is set.
    public struct Line: Sendable, Hashable {
        /// How the line is placed across the paper.
        public enum Alignment: Sendable, Hashable { case left, center }
        /// The text, without the spaces that centring adds.
        public var text: String
        /// Left or centred.
        public var alignment: Alignment
        /// Printed bold (the market name, the amount).
        public var emphasised: Bool
        /// Printed at double height (the amount).
        public var doubleHeight: Bool
        /// Set on the line that stands for the QR code: the payload it carries.
        public var qrPayload: String?

        init(
            _ text: String, _ alignment: Alignment = .left, emphasised: Bool = false, doubleHeight: Bool = false,
            qr: String? = nil
        ) {
            self.text = text
            self.alignment = alignment
            self.emphasised = emphasised
            self.doubleHeight = doubleHeight
            self.qrPayload = qr
        }
    }

    /// The paper the lines are laid out for.
    public let paper: SlipPaper
    /// The language of labels.
    public let language: SlipLanguage
    /// The lines in order; the QR code is one line whose ``Line/qrPayload`` is set.
    public let lines: [Line]

    /// Lays out `content` for `paper` in `language`.
    public init(_ content: SlipContent, paper: SlipPaper, language: SlipLanguage) {
        self.paper = paper
        self.language = language
        let width = paper.columns
        var lines: [Line] = []
        for block in SlipSheet(content, language: language).blocks {
            switch block {
            case .title(let text):
                lines += LineLayout.wrap(text, width: width).map { Line($0, .center, emphasised: true) }
            case .subtitle(let text), .note(let text), .code(let text):
                lines += LineLayout.wrap(text, width: width).map { Line($0, .center) }
            case .rule:
                lines.append(Line(String(repeating: "-", count: width)))
            case .heading(let text):
                lines += LineLayout.wrap(text, width: width).map { Line($0, emphasised: true) }
            case .field(let label, let value, let emphasised):
                lines += LineLayout.row(label, value, width: width, rightAligned: true)
                    .map { Line($0, emphasised: emphasised, doubleHeight: emphasised) }
            case .qr(let payload, let caption):
                lines += LineLayout.wrap((language == .en ? "[QR]" : "[二维码]") + " " + caption, width: width).map {
                    Line($0, .center)
                }
                lines.append(Line(payload, qr: payload))
            }
        }
        self.lines = lines
    }

    /// The slip as text: one line per printed line, each ending in a newline, centring done with spaces.
    public func render() -> String {
        var out = ""
        for line in lines {
            if let payload = line.qrPayload {
                for piece in TextSlip.pieces(of: payload, width: paper.columns) { out += piece + "\n" }
            } else {
                out += (line.alignment == .center ? LineLayout.center(line.text, in: paper.columns) : line.text) + "\n"
            }
        }
        return out
    }

    /// `text` cut into pieces of `width` columns, keeping every character (including spaces).
    static func pieces(of text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        var columns = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if columns + w > width, !current.isEmpty {
                pieces.append(current)
                current = ""
                columns = 0
            }
            current.append(character)
            columns += w
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
