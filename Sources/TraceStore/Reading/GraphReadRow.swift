/// A row of a graph read, as ``StoreGraphSQL``'s decoders take it: SQLite's ``RawRow`` and the PostgreSQL store's
/// row both serve it, so that each graph value is built from its columns in one place for both engines.
package protocol GraphReadRow {
    func isNull(_ column: Int32) -> Bool
    /// The column's text; empty for null.
    func text(_ column: Int32) -> String
    /// The column's integer; 0 for null.
    func int64(_ column: Int32) -> Int64
    /// The case of `E` whose raw value is the column's text; `nil` for null, an error for a value `E` does not
    /// have (``StoredValue/unknown(_:_:)``).
    func optionalValue<E>(_ column: Int32, _ values: RawValues<E>) throws(StoreError) -> E?
}

extension GraphReadRow {
    package func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    package func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    package func bool(_ column: Int32) -> Bool { int64(column) != 0 }

    /// ``optionalValue(_:_:)`` of a column that may not be null.
    package func value<E>(_ column: Int32, _ values: RawValues<E>) throws(StoreError) -> E {
        guard let value = try optionalValue(column, values) else { throw StoredValue.unknown(values.name, "NULL") }
        return value
    }
}
