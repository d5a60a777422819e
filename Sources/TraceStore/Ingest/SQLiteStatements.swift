import Foundation
import GRDB
import GRDBSQLite

/// The current row of a query, read column by column (0-based).
struct SQLiteRow: IngestRow {
    let statement: OpaquePointer

    var columnCount: Int32 { sqlite3_column_count(statement) }

    func value(_ column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob([UInt8]()) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        case SQLITE_FLOAT: return .integer(Int64(sqlite3_column_double(statement, column)))
        default: return .text(text(column))
        }
    }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(
            decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))),
            as: UTF8.self)
    }

    /// Whether the column holds exactly `bytes` (compared in place, without copying the stored bytes).
    func blobEquals(_ column: Int32, _ bytes: [UInt8]) -> Bool {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count == bytes.count else { return false }
        guard count > 0 else { return true }
        guard let stored = sqlite3_column_blob(statement, column) else { return false }
        return bytes.withUnsafeBytes { memcmp($0.baseAddress!, stored, count) == 0 }
    }

    func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }
}

/// Runs the statements ingest needs for every record straight through the SQLite C API, on GRDB's connection
/// and inside GRDB's transaction: each statement is prepared once (GRDB's statement cache keeps it) and then
/// only bound, stepped and reset, without the general machinery of GRDB's `execute`.
///
/// Statements are SQL literals, found again by where their text is (a look along the few prepared so far, without
/// hashing); an instance lives for one transaction.
final class SQLiteStatements: IngestSQL {
    private let db: Database
    /// Each statement prepared so far, with where its text is (held here, so that it outlives any cache eviction).
    private var prepared: [(text: UnsafeRawPointer, statement: Statement)] = []

    init(db: Database) {
        self.db = db
    }

    /// Runs a statement that returns no rows.
    func execute(_ sql: StaticString, _ arguments: [SQLValue]) throws {
        try run(sql, arguments) { statement in
            let code = sqlite3_step(statement)
            guard code == SQLITE_DONE else { throw failure(code, sql) }
        }
    }

    /// The first row of a query, read by `read`; `nil` when there is none.
    func first<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (SQLiteRow) throws -> T) throws -> T? {
        try run(sql, arguments) { statement in
            switch sqlite3_step(statement) {
            case SQLITE_ROW: return try read(SQLiteRow(statement: statement))
            case SQLITE_DONE: return nil
            case let code: throw failure(code, sql)
            }
        }
    }

    /// Every row of a query, each read by `read`.
    func all<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (SQLiteRow) throws -> T) throws -> [T] {
        try run(sql, arguments) { statement in
            var rows: [T] = []
            while true {
                switch sqlite3_step(statement) {
                case SQLITE_ROW: rows.append(try read(SQLiteRow(statement: statement)))
                case SQLITE_DONE: return rows
                case let code: throw failure(code, sql)
                }
            }
        }
    }

    func savepoint(_ body: () throws -> Void) throws {
        try db.inSavepoint {
            try body()
            return .commit
        }
    }

    func isDuplicateKey(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }

    /// Binds `arguments` and runs `body`, then resets the statement. Texts and blobs are copied once into one
    /// buffer that lives until the reset, and bound from there without SQLite copying each again.
    private func run<T>(_ sql: StaticString, _ arguments: [SQLValue], _ body: (OpaquePointer) throws -> T) throws
        -> T
    {
        let statement = try self.statement(sql)
        assert(
            Int(sqlite3_bind_parameter_count(statement)) == arguments.count, "\(arguments.count) arguments for \(sql)")
        var byteCount = 0
        for position in arguments.indices { byteCount += arguments[position].byteCount }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, byteCount)) { buffer in
            defer {
                sqlite3_reset(statement)
                // No binding may outlive the buffer it points into.
                sqlite3_clear_bindings(statement)
            }
            var offset = 0
            for position in arguments.indices {
                let index = Int32(position + 1)
                let code: Int32
                switch arguments[position].storage {
                case .null:
                    code = sqlite3_bind_null(statement, index)
                case .integer(let value):
                    code = sqlite3_bind_int64(statement, index, value)
                case .text(var text):
                    let start = offset
                    offset = text.withUTF8 { buffer[start...].initialize(fromContentsOf: $0) }
                    code = sqlite3_bind_text(statement, index, buffer.baseAddress! + start, Int32(offset - start), nil)
                case .blob(let bytes):
                    let start = offset
                    offset = buffer[start...].initialize(fromContentsOf: bytes)
                    code = sqlite3_bind_blob(statement, index, buffer.baseAddress! + start, Int32(offset - start), nil)
                }
                guard code == SQLITE_OK else { throw failure(code, sql) }
            }
            return try body(statement)
        }
    }

    private func statement(_ sql: StaticString) throws -> OpaquePointer {
        let text = UnsafeRawPointer(sql.utf8Start)
        for entry in prepared where entry.text == text { return entry.statement.sqliteStatement }
        let statement = try db.cachedStatement(sql: sql.description)
        prepared.append((text, statement))
        return statement.sqliteStatement
    }

    private func failure(_ code: Int32, _ sql: StaticString) -> DatabaseError {
        let extended = sqlite3_extended_errcode(db.sqliteConnection)
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(
            resultCode: ResultCode(rawValue: extended != 0 ? extended : code), message: message, sql: sql.description)
    }
}

extension IngestContext where SQL == SQLiteStatements {
    /// The SQLite store's context, on GRDB's connection inside its write transaction.
    convenience init(db: Database, now: Int64, journaling: Bool = true) throws {
        try self.init(
            statements: SQLiteStatements(db: db), now: IngestStamp.stamp(now: now, db), journaling: journaling)
    }
}
