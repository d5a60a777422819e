/// Fixed-width line layout by display width: wrapping, padding, centring and label–value rows.
///
/// Widths are columns as counted by ``DisplayWidth``; a wide character is never split, and a line
/// never exceeds the budget unless a single character is wider than the whole budget.
public enum LineLayout {
    /// Breaks `text` into lines of at most `width` columns.
    ///
    /// Latin words break at spaces when a line would overflow; CJK text breaks between any two
    /// characters, but a short run after the last space moves down whole. Spaces at a break are dropped.
    public static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 1, "a line must have room for a wide character")
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if lineWidth + w <= width {
                if !(line.isEmpty && character == " " && !lines.isEmpty) {
                    line.append(character)
                    lineWidth += w
                }
                continue
            }
            if character == " " {
                lines.append(trimmed(line))
                line = []
                lineWidth = 0
                continue
            }
            // Break at the last space instead when that keeps a Latin word whole, or moves only a
            // short run (a third of the line at most) down, such as a name after its label.
            var carry: [Character] = []
            if let space = line.lastIndex(of: " "), space > line.startIndex {
                let tail = line[line.index(after: space)...]
                let wholeWord = isWordCharacter(character) && tail.allSatisfy(isWordCharacter)
                if wholeWord || DisplayWidth.of(String(tail)) + w <= width / 3 {
                    carry = Array(tail)
                    line.removeSubrange(space...)
                }
            }
            lines.append(trimmed(line))
            line = carry + [character]
            lineWidth = DisplayWidth.of(String(line))
        }
        if !line.isEmpty || lines.isEmpty { lines.append(trimmed(line)) }
        return lines
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character != " " && DisplayWidth.of(character) == 1
    }

    private static func trimmed(_ characters: [Character]) -> String {
        var end = characters.endIndex
        while end > characters.startIndex, characters[end - 1] == " " { end -= 1 }
        return String(characters[..<end])
    }

    /// `text` followed by spaces up to `width` columns.
    public static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// Spaces then `text`, ending at column `width`.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// `text` centred in `width` columns (extra space goes to the right), without trailing spaces.
    public static func center(_ text: String, in width: Int) -> String {
        String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2)) + text
    }

    /// Each wrapped line of `text`, centred.
    public static func centered(_ text: String, in width: Int) -> [String] {
        wrap(text, width: width).map { center($0, in: width) }
    }

    /// A label and its value on one line when they fit, the value right-aligned or after the label;
    /// otherwise the label on its own line and the value wrapped below it, indented by two columns.
    public static func row(_ label: String, _ value: String, width: Int, rightAligned: Bool) -> [String] {
        let labelWidth = DisplayWidth.of(label)
        let valueWidth = DisplayWidth.of(value)
        if labelWidth + 1 + valueWidth <= width {
            if rightAligned { return [label + padLeft(value, to: width - labelWidth)] }
            return [label + " " + value]
        }
        let indent = "  "
        let wrapped = wrap(value, width: width - indent.count).map { indent + $0 }
        if rightAligned, wrapped.count == 1 {
            return wrap(label, width: width) + [padLeft(value, to: width)]
        }
        return wrap(label, width: width) + wrapped
    }
}
