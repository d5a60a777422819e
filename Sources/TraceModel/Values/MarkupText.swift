/// Escaping of text for XML and HTML: one place for every markup FoodTrace writes (slips' SVG and HTML, drill and
/// console reports, JUnit and SARIF, EPCIS XML).
public enum MarkupText {
    /// `text` for element content or a quoted attribute value alike (HTML, SVG, JUnit): `&`, `<`, `>`, `"` and `'`
    /// as character references; characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage
    /// return; U+FFFE, U+FFFF) dropped, as no reference can carry them either.
    public static func escape(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }

    /// `text` as XML element content, exactly: `&`, `<`, `>` and a carriage return (which XML's line-end handling
    /// would turn into a line feed) as references.
    public static func content(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\r": "&#13;"
            default: nil
            }
        }
    }

    /// `text` as a double-quoted XML attribute value, exactly: `&`, `<`, `"`, and the carriage return, line feed and
    /// tab that attribute-value normalisation would turn into spaces, as references.
    public static func attribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case "\"": "&quot;"
            case "\r": "&#13;"
            case "\n": "&#10;"
            case "\t": "&#9;"
            default: nil
            }
        }
    }

    /// Whether XML 1.0 can hold `scalar` (its `Char` production; Swift strings hold no surrogates).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` with each scalar `reference` names replaced by it and those XML cannot hold dropped.
    private static func escape(_ text: String, _ reference: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = reference(scalar) {
                out += replacement
            } else if isXMLCharacter(scalar) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
