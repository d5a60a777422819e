import GRDB

/// A conjunction of SQL conditions and their arguments, built from whichever filters a caller gave (a party, a
/// window of times): the `WHERE` of the exports and of the audit queries.
package struct SQLConditions {
    /// No condition yet.
    package init() {}

    package private(set) var terms: [String] = []
    package private(set) var arguments: StatementArguments = []

    /// Adds `term`, whose `?` placeholders take `values` in order.
    package mutating func add(_ term: String, _ values: [any DatabaseValueConvertible]) {
        terms.append(term)
        _ = arguments.append(contentsOf: StatementArguments(values))
    }

    /// Keeps rows whose `column` (epoch milliseconds) is at or after `from` and before `until`; a `nil` end does not
    /// filter.
    package mutating func window(_ column: String, from: Int64?, until: Int64?) {
        if let from { add("\(column) >= ?", [from]) }
        if let until { add("\(column) < ?", [until]) }
    }

    package var isEmpty: Bool { terms.isEmpty }

    /// The terms joined by `AND`, parenthesised; `1` (true) when there is none.
    package var sql: String { terms.isEmpty ? "1" : "(" + terms.joined(separator: " AND ") + ")" }
}
