extension GraphReader {
    /// Every ancestor code of `code` (itself included), breadth first, each once: one
    /// ``parents(of:)-([String])`` per level.
    public func ancestors(of code: String) throws -> [String] {
        try reach(from: code) { try parents(of: $0).map { $0.map(\.parent) } }
    }

    /// Every descendant code of `code` (itself included), breadth first, each once: one
    /// ``children(of:)-([String])`` per level.
    public func descendants(of code: String) throws -> [String] {
        try reach(from: code) { try children(of: $0).map { $0.map(\.child) } }
    }

    /// The codes reached from `code` by `next` (each level's neighbours, code by code), in the order first reached.
    private func reach(from code: String, next: ([String]) throws -> [[String]]) throws -> [String] {
        var seen: Set<String> = [code]
        var order = [code]
        var level = [code]
        while !level.isEmpty {
            let start = order.count
            for neighbours in try next(level) {
                for neighbour in neighbours where seen.insert(neighbour).inserted { order.append(neighbour) }
            }
            level = Array(order[start...])
        }
        return order
    }
}
