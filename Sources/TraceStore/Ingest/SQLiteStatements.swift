import Foundation
import GRDB
import GRDBSQLite

/// A value bound to a statement parameter by the SQLite C API.
protocol SQLiteArgument {
    /// Binds the value to parameter `index` (1-based); returns SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

/// Tells SQLite to copy a bound text or blob before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension String: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
}

extension Int: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Int64: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Data: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
}

extension Array: SQLiteArgument where Element == UInt8 {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
}

/// The current row of a query, read column by column (0-based).
struct SQLiteRow {
    let statement: OpaquePointer

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }
}

/// Runs the statements ingest needs for every record straight through the SQLite C API, on GRDB's connection
/// and inside GRDB's transaction: each statement is prepared once (GRDB's statement cache keeps it) and then
/// only bound, stepped and reset, without the general machinery of GRDB's `execute`.
///
/// Statements are SQL literals, found again by where their text is (no hashing of the text); an instance lives
/// for one transaction.
final class SQLiteStatements {
    private let db: Database
    private var prepared: [UnsafeRawPointer: Statement] = [:]

    init(db: Database) {
        self.db = db
    }

    /// Runs a statement that returns no rows.
    func execute(_ sql: StaticString, _ arguments: [(any SQLiteArgument)?]) throws {
        let statement = try bound(sql, arguments)
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw failure(code, sql) }
    }

    /// The first row of a query, read by `read`; `nil` when there is none.
    func first<T>(_ sql: StaticString, _ arguments: [(any SQLiteArgument)?], _ read: (SQLiteRow) throws -> T) throws -> T? {
        let statement = try bound(sql, arguments)
        defer { sqlite3_reset(statement) }
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return try read(SQLiteRow(statement: statement))
        case SQLITE_DONE: return nil
        case let code: throw failure(code, sql)
        }
    }

    private func bound(_ sql: StaticString, _ arguments: [(any SQLiteArgument)?]) throws -> OpaquePointer {
        let statement = try self.statement(sql)
        assert(Int(sqlite3_bind_parameter_count(statement)) == arguments.count, "\(arguments.count) arguments for \(sql)")
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code = argument?.bind(to: statement, at: index) ?? sqlite3_bind_null(statement, index)
            guard code == SQLITE_OK else { throw failure(code, sql) }
        }
        return statement
    }

    private func statement(_ sql: StaticString) throws -> OpaquePointer {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let statement = prepared[key] { return statement.sqliteStatement }
        let statement = try db.cachedStatement(sql: sql.description)
        prepared[key] = statement
        return statement.sqliteStatement
    }

    private func failure(_ code: Int32, _ sql: StaticString) -> DatabaseError {
        let extended = sqlite3_extended_errcode(db.sqliteConnection)
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended != 0 ? extended : code), message: message, sql: sql.description)
    }
}
