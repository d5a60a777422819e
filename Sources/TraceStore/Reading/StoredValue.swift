import TraceModel

/// Reading what the store keeps in a closed set of values (a record kind, role, unit, document type, product
/// category) or as a record's bytes: a value this version does not know, or bytes that no longer parse, are an error
/// (``StoreError/Code/corrupt``) — never a guessed default, never a row skipped.
package enum StoredValue {
    /// The case of `E` stored as `raw` in `column` (e.g. `parties.role`).
    package static func decode<E: RawRepresentable>(_ raw: String, column: String) throws(StoreError) -> E
    where E.RawValue == String {
        guard let value = E(rawValue: raw) else { throw unknown(column, raw) }
        return value
    }

    /// ``decode(_:column:)`` of a column that may be null: `nil` for null, an error for an unknown value.
    package static func decode<E: RawRepresentable>(optional raw: String?, column: String) throws(StoreError) -> E?
    where E.RawValue == String {
        guard let raw else { return nil }
        return try decode(raw, column: column) as E
    }

    /// The stored record `id`, parsed from its canonical bytes.
    package static func record(_ raw: [UInt8], id: String) throws(StoreError) -> Record {
        do { return try Record.parse(raw) } catch {
            throw StoreError(.corrupt, "the store's record \(id) no longer parses: \(error)")
        }
    }

    /// The body of the stored record `id`.
    package static func body(of record: Record, id: String) throws(StoreError) -> AnyBody {
        do { return try record.decodedBody() } catch {
            throw StoreError(
                .corrupt, "the store's record \(id): its \(record.kind.rawValue) body no longer decodes: \(error)")
        }
    }

    /// The error for `raw`, found in `column`, which is no value this version knows.
    package static func unknown(_ column: String, _ raw: String) -> StoreError {
        StoreError(
            .corrupt,
            "the store's \(column) holds \"\(raw)\", which this version of FoodTrace does not know (the store was changed outside FoodTrace, or by a later version)"
        )
    }
}
