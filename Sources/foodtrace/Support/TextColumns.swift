/// Padding for tables on a terminal, where a CJK character takes two columns.
enum TextColumns {
    /// The terminal columns `text` takes.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// `text` padded with spaces to `width` columns, or followed by one space when it is already as wide.
    static func pad(_ text: String, _ width: Int) -> String {
        let columns = self.width(text)
        return columns >= width ? text + " " : text + String(repeating: " ", count: width - columns)
    }

    /// Rows laid out in columns as wide as their widest cell (the last column is not padded).
    static func table(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            rows.map { column < $0.count ? width($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : pad(cell, widths[column] + 1)
            }.joined()
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value)
    }
}
