import TraceModel

/// The names closest to a mistyped one, for "did you mean …?" in refusals.
enum ClosestNames {
    /// Up to `limit` of `names` within a few edits of `input` (case ignored), closest first, then by name.
    static func closest(to input: String, among names: [String], limit: Int = 3) -> [String] {
        let typed = Array(input.uppercased())
        let allowed = max(2, typed.count / 3)
        let scored = names.compactMap { name -> (Int, String)? in
            let distance = editDistance(typed, Array(name.uppercased()), bound: allowed)
            return distance <= allowed ? (distance, name) : nil
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// `message` followed by the names close to `input` ("did you mean A, B?"), if any.
    static func refusal(_ message: Message, _ input: String, among names: [String]) -> CLIError {
        .input(message.suggesting(closest(to: input, among: names)))
    }

    /// Levenshtein distance, giving up (returning `bound + 1`) once every path costs more than `bound`.
    static func editDistance(_ a: [Character], _ b: [Character], bound: Int) -> Int {
        if abs(a.count - b.count) > bound { return bound + 1 }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
