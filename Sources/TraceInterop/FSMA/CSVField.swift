/// RFC 4180 fields, made safe to open in a spreadsheet.
enum CSVField {
    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that some
    /// programs strip before doing so).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The field as written in a CSV line: a leading formula character is neutralised with `'`
    /// (OWASP's advice), then the field is quoted when it holds a quote, comma, CR or LF, with
    /// quotes doubled.
    static func encode(_ text: String) -> String {
        var value = text
        if let first = value.first, formulaStarts.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line with its CRLF ending.
    static func line(_ fields: [String]) -> String {
        fields.map(encode).joined(separator: ",") + "\r\n"
    }
}
