import Foundation
import GRDB
import GRDBSQLite

/// A statement from GRDB's cache, stepped through the SQLite C API.
///
/// A walk runs a handful of one-parameter SELECTs thousands of times; reading their columns straight from
/// SQLite costs a fraction of building GRDB rows. The statement is reset before and after each use, and its
/// binding cleared, so GRDB can use it again as usual.
struct RawQuery {
    private let statement: Statement

    /// A statement found in GRDB's cache (see ``GraphReadState``).
    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Binds `text` to the statement's one parameter and calls `body` with each result row.
    func forEach(_ text: String, _ body: (RawRow) throws -> Void) throws {
        var text = text
        try text.withUTF8 { utf8 in
            try run(utf8) { row in
                try body(row)
                return true
            }
        }
    }

    /// Binds `utf8` (UTF-8 text) to the statement's one parameter and calls `body` with each result row.
    func forEach(utf8: [UInt8], _ body: (RawRow) throws -> Void) throws {
        try utf8.withUnsafeBufferPointer { utf8 in
            try run(utf8) { row in
                try body(row)
                return true
            }
        }
    }

    /// The first result row for `text`, read by `body`, or `nil` when there is none.
    func first<T>(_ text: String, _ body: (RawRow) throws -> T) throws -> T? {
        var value: T?
        var text = text
        try text.withUTF8 { utf8 in
            try run(utf8) { row in
                value = try body(row)
                return false
            }
        }
        return value
    }

    /// The first result row for `first` and `second` (a statement of two parameters), read by `body`, or `nil`.
    func first<T>(_ first: String, _ second: String, _ body: (RawRow) throws -> T) throws -> T? {
        var value: T?
        var first = first
        var second = second
        try first.withUTF8 { one in
            try second.withUTF8 { two in
                try run(one, two) { row in
                    value = try body(row)
                    return false
                }
            }
        }
        return value
    }

    /// Steps the statement with `utf8` (and `second`, if given) bound while `body` returns true.
    private func run(
        _ utf8: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>? = nil, _ body: (RawRow) throws -> Bool
    ) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        // SQLITE_STATIC (nil): the bytes outlive every step; the binding is cleared before they go.
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        try bind(utf8, at: 1, handle)
        if let second { try bind(second, at: 2, handle) }
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { return }
            guard step == SQLITE_ROW else { throw error(step, handle) }
            guard try body(RawRow(handle: handle)) else { return }
        }
    }

    private func bind(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int32, _ handle: OpaquePointer) throws {
        let bound =
            utf8.isEmpty
            ? sqlite3_bind_text(handle, index, "", 0, nil)
            : utf8.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), nil)
            }
        guard bound == SQLITE_OK else { throw error(bound, handle) }
    }

    private func error(_ code: Int32, _ handle: OpaquePointer) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
            sql: statement.sql)
    }
}

/// The current row of a ``RawQuery``; columns are read as GRDB reads them (text up to its first NUL).
struct RawRow: GraphReadRow {
    let handle: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: bytes)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The case of `E` whose raw value is the column's text, as `E(rawValue:)` would give it, without building
    /// a string: matched against ``RawValues`` byte by byte.
    func optionalValue<E>(_ column: Int32, _ values: RawValues<E>) throws(StoreError) -> E? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = strlen(bytes)
        for (raw, value) in values.table where raw.count == count {
            if raw.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, count) == 0 }) { return value }
        }
        throw StoredValue.unknown(values.name, String(cString: bytes))
    }
}

/// The raw values of a string enum's cases as UTF-8, for ``GraphReadRow/value(_:_:)``.
package struct RawValues<E: Sendable>: Sendable {
    package let table: [([UInt8], E)]
    /// What the values are, for errors (`nodes.unit`).
    package let name: String

    package init(_ cases: [E], _ rawValue: (E) -> String, name: String) {
        table = cases.map { (Array(rawValue($0).utf8), $0) }
        self.name = name
    }
}
