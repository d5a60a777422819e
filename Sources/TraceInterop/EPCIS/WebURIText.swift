/// Text operations on a URI as a list of Unicode scalars, with the meaning the reference generator's
/// Python gives them (`str.find`, slicing with negative indices, `str.replace`), so that its
/// canonicalisation can be followed step by step.
enum WebURIText {
    /// Whether `text` holds `literal` at `index`.
    static func has(_ text: [Unicode.Scalar], _ literal: String, at index: Int) -> Bool {
        let scalars = literal.unicodeScalars
        guard index >= 0, index + scalars.count <= text.count else { return false }
        return text[index..<(index + scalars.count)].elementsEqual(scalars)
    }

    /// The first index at or after `start` where `literal` stands.
    static func find(_ text: [Unicode.Scalar], _ literal: String, from start: Int = 0) -> Int? {
        let count = literal.unicodeScalars.count
        guard text.count >= count, start <= text.count - count else { return nil }
        return (start...(text.count - count)).first { has(text, literal, at: $0) }
    }

    /// Python's `str.find`: the first index of `literal`, or -1.
    static func pythonFind(_ text: [Unicode.Scalar], _ literal: String) -> Int {
        find(text, literal) ?? -1
    }

    /// Python's `text[from:to]`: a negative bound counts from the end, bounds are clamped, `nil` is open.
    static func pythonSlice(_ text: [Unicode.Scalar], from: Int?, to: Int?) -> [Unicode.Scalar] {
        func resolve(_ bound: Int?, default value: Int) -> Int {
            guard let bound else { return value }
            return min(max(bound < 0 ? bound + text.count : bound, 0), text.count)
        }
        let lower = resolve(from, default: 0)
        let upper = resolve(to, default: text.count)
        return lower < upper ? Array(text[lower..<upper]) : []
    }

    /// Python's `str.replace`: every occurrence of `literal`, left to right and not overlapping.
    static func replacingAll(_ text: [Unicode.Scalar], _ literal: String, with replacement: String) -> [Unicode.Scalar]
    {
        guard var next = find(text, literal) else { return text }
        let count = literal.unicodeScalars.count
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count + 8)
        var copied = 0
        while true {
            out += text[copied..<next]
            out += replacement.unicodeScalars
            copied = next + count
            guard let found = find(text, literal, from: copied) else { break }
            next = found
        }
        out += text[copied...]
        return out
    }

    /// The index after `https://id.gs1.org`, where each `.` may be any character but a line feed (as
    /// an unescaped dot in the reference's patterns); `nil` when the URI does not start so.
    static func afterHost(_ text: [Unicode.Scalar]) -> Int? {
        guard has(text, "https://id", at: 0), has(text, "gs1", at: 11), has(text, "org", at: 15),
            text[10] != "\n", text[14] != "\n"
        else { return nil }
        return 18
    }

    /// How many ASCII digits stand from `start` on.
    static func digitCount(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count, ("0"..."9").contains(text[index]) { index += 1 }
        return max(index - start, 0)
    }

    /// Four digits and at least one more character that is not `/`, from `index`: the start of a key
    /// value the reference recognises.
    static func keyValueStarts(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        digitCount(text, from: index) >= 4 && index + 4 < text.count && text[index + 4] != "/"
    }

    /// The characters the reference allows in canonical Digital Link values: `" ' - . 0–9 ; < = > ?
    /// A–Z _ a–z` (no `%`, `/` or `#`).
    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "-", ".", "_", "0"..."9", ";"..."?", "A"..."Z", "a"..."z": return true
        default: return false
        }
    }

    /// The index after the run of safe characters (and `extra`) from `start`.
    static func safeRunEnd(_ text: [Unicode.Scalar], from start: Int, extra: Unicode.Scalar? = nil) -> Int {
        var index = start
        while index < text.count, isSafe(text[index]) || text[index] == extra { index += 1 }
        return index
    }
}
