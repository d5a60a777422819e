import TraceModel

/// The QR code as vector graphics: one SVG path of unit squares inside a quiet zone.
public enum QRPath {
    /// Modules of light margin around the symbol, as ISO/IEC 18004 requires.
    public static let quietZone = 4

    /// Side of the symbol with its quiet zone, in modules.
    public static func side(of code: QRCode) -> Int { code.width + 2 * quietZone }

    /// Path data with one closed unit square (`M x y h1v1h-1z`) per dark module, offset by the quiet zone.
    public static func data(of code: QRCode) -> String {
        var d = ""
        d.reserveCapacity(code.darkCount * 16)
        for y in 0..<code.width {
            for x in 0..<code.width where code[x, y] {
                d += "M\(x + quietZone) \(y + quietZone)h1v1h-1z"
            }
        }
        return d
    }

    /// An SVG group drawing the code with its white quiet zone at (`x`, `y`), `scale` user units per module.
    static func group(_ code: QRCode, x: Int, y: Int, scale: Int) -> String {
        let side = side(of: code)
        return "<g transform=\"translate(\(x) \(y)) scale(\(scale))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#ffffff\"/>"
            + "<path fill=\"#000000\" d=\"\(data(of: code))\"/></g>"
    }

    /// A standalone `<svg>` element of the code that scales to its container (for HTML).
    static func inlineSVG(_ code: QRCode, label: String) -> String {
        let side = side(of: code)
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"\(MarkupText.escape(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#ffffff\"/>"
            + "<path fill=\"#000000\" d=\"\(data(of: code))\"/></svg>"
    }
}
