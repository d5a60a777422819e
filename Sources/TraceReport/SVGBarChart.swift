import TraceModel

/// A horizontal bar chart as inline SVG: one row per bar (label, bar, value), optional target line. No scripts, no
/// external fonts: text uses the page's CJK-capable sans-serif family.
public struct SVGBarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// What is printed after the bar (e.g. `12` or `97.5%`).
        public var valueText: String
        /// A CSS colour.
        public var colour: String

        public init(label: String, value: Double, valueText: String, colour: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.colour = colour
        }
    }

    public var bars: [Bar]
    /// The value of a full-width bar (default: the largest value).
    public var scale: Double?
    /// A vertical line at this value (a target), with its label.
    public var target: (value: Double, label: String)?
    /// The chart's accessible name.
    public var title: String

    public init(title: String, bars: [Bar], scale: Double? = nil, target: (value: Double, label: String)? = nil) {
        self.title = title
        self.bars = bars
        self.scale = scale
        self.target = target
    }

    static let width = 640
    static let labelWidth = 230
    static let valueWidth = 70
    static let rowHeight = 22

    /// The `<svg>` element.
    public func render() -> String {
        let plot = Self.width - Self.labelWidth - Self.valueWidth
        let top = target == nil ? 4 : 18
        let height = top + max(1, bars.count) * Self.rowHeight + 4
        let full = max(scale ?? bars.map(\.value).max() ?? 1, 1e-9)
        var out = """
            <svg class="chart" role="img" width="\(Self.width)" height="\(height)" \
            viewBox="0 0 \(Self.width) \(height)"><title>\(MarkupText.escape(title))</title>
            """
        for (index, bar) in bars.enumerated() {
            let y = top + index * Self.rowHeight
            let length = Int((Double(plot) * min(bar.value, full) / full).rounded())
            out += """
                <g class="bar"><text x="\(Self.labelWidth - 6)" y="\(y + 15)" text-anchor="end">\(MarkupText.escape(Self.clip(bar.label)))</text>\
                <rect x="\(Self.labelWidth)" y="\(y + 3)" width="\(max(length, bar.value > 0 ? 2 : 0))" height="\(Self.rowHeight - 6)" \
                fill="\(bar.colour)"/><text x="\(Self.labelWidth + length + 6)" y="\(y + 15)">\(MarkupText.escape(bar.valueText))</text></g>
                """
        }
        if let target {
            let x = Self.labelWidth + Int((Double(plot) * min(target.value, full) / full).rounded())
            out += """
                <line class="target" x1="\(x)" y1="12" x2="\(x)" y2="\(height - 2)" stroke="#333" stroke-dasharray="4 3"/>\
                <text x="\(x)" y="10" text-anchor="middle">\(MarkupText.escape(target.label))</text>
                """
        }
        return out + "</svg>"
    }

    /// A label cut to fit its column (about 16 wide characters).
    static func clip(_ label: String) -> String {
        var width = 0
        var out = ""
        for character in label {
            width += character.unicodeScalars.first.map { $0.value > 0x2E80 ? 2 : 1 } ?? 1
            if width > 32 { return out + "…" }
            out.append(character)
        }
        return out
    }
}
