/// Matches dish and product names against the banned-food terms, in Chinese and English.
///
/// A term matches anywhere in a name, ignoring letter case. An exception names a safe food that contains a
/// term (干黄花菜, dried daylily, contains 黄花菜): a term's occurrence inside an occurrence of an exception does
/// not count, while another occurrence in the same name still does.
struct BannedTerms {
    let terms: [String]
    let exceptions: [String]

    init(terms: [String], exceptions: [String]) {
        self.terms = terms.map { $0.lowercased() }.filter { !$0.isEmpty }
        self.exceptions = exceptions.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// The terms found in `name`, in list order.
    func matches(in name: String) -> [String] {
        let text = name.lowercased()
        let safe = exceptions.flatMap { ranges(of: $0, in: text) }
        return terms.filter { term in
            ranges(of: term, in: text).contains { hit in
                !safe.contains { $0.lowerBound <= hit.lowerBound && hit.upperBound <= $0.upperBound }
            }
        }
    }

    private func ranges(of term: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex, let hit = text.range(of: term, range: start..<text.endIndex) {
            found.append(hit)
            start = text.index(after: hit.lowerBound)
        }
        return found
    }
}

/// Product codes of banned foods: a code matches when it starts with one of them.
struct BannedCodes {
    let prefixes: [String]

    func matches(_ code: String?) -> String? {
        guard let code, !code.isEmpty else { return nil }
        return prefixes.first { !$0.isEmpty && code.hasPrefix($0) }
    }
}
