import Foundation
import NIOCore
import PostgresNIO
@_spi(StoreEngine) import TraceStore

/// A PostgreSQL row as ingest's rules read it: integers (of any width, and booleans as 0 or 1), texts and bytes.
struct PostgresRowView: IngestRow {
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) { cells = row.makeRandomAccess() }

    var columnCount: Int32 { Int32(cells.count) }

    func value(_ column: Int32) -> SQLValue { Self.value(cells[Int(column)]) }

    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int8, .int4, .int2: return .integer((try? cell.decode(Int64.self)) ?? 0)
        case .bool: return .integer((try? cell.decode(Bool.self)) == true ? 1 : 0)
        case .bytea:
            guard var buffer = cell.bytes else { return .null }
            return .blob(buffer.readBytes(length: buffer.readableBytes) ?? [])
        case .numeric:
            // sum() of BIGINT is NUMERIC in PostgreSQL.
            return .integer((try? cell.decode(String.self)).flatMap { Int64($0) } ?? 0)
        default: return .text(try? cell.decode(String.self))
        }
    }
}

/// The statements ingest's rules run, on the PostgreSQL store's connection inside its write transaction: each
/// statement's text translated once (``PostgresDialect``) and kept by where its literal is.
///
/// With `deferring` (ingest's optimistic pass) an `INSERT` is kept and written with others later
/// (``PostgresDeferredWrites``): before the next read, the next other statement, when many are kept, and at
/// ``flush()``, which the caller runs before it commits. Without it (the record-by-record pass) every statement runs
/// at once, so that a refusal is met at its record, inside the record's savepoint.
final class PostgresStatements: IngestSQL {
    let session: PostgresSession
    private let deferring: Bool
    private var translated: [UnsafeRawPointer: String] = [:]
    /// Each statement's shape in `writes`, by where its literal is; `nil`: not kept.
    private var shapes: [UnsafeRawPointer: Int?] = [:]
    private var writes = PostgresDeferredWrites()
    private var savepoints = 0

    init(session: PostgresSession, deferring: Bool = false) {
        self.session = session
        self.deferring = deferring
    }

    func execute(_ sql: StaticString, _ arguments: [SQLValue]) throws {
        if deferring, let shape = shape(sql) {
            writes.keep(shape, arguments)
            if writes.isFull { try flush() }
            return
        }
        try flush()
        try session.query(translate(sql), arguments)
    }

    func first<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (PostgresRowView) throws -> T) throws -> T? {
        try flush()
        guard let row = try session.query(translate(sql), arguments).first else { return nil }
        return try read(PostgresRowView(row))
    }

    func all<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (PostgresRowView) throws -> T) throws -> [T] {
        try flush()
        return try session.query(translate(sql), arguments).map { try read(PostgresRowView($0)) }
    }

    /// Writes what is kept (see the type's note).
    func flush() throws {
        guard !writes.isEmpty else { return }
        try writes.write(session)
    }

    func savepoint(_ body: () throws -> Void) throws {
        try flush()
        savepoints += 1
        let name = "record_\(savepoints)"
        try session.query("SAVEPOINT \(name)")
        do {
            try body()
            try flush()
        } catch {
            try session.query("ROLLBACK TO SAVEPOINT \(name)")
            try session.query("RELEASE SAVEPOINT \(name)")
            throw error
        }
        try session.query("RELEASE SAVEPOINT \(name)")
    }

    func isDuplicateKey(_ error: any Error) -> Bool { PostgresDialect.state(error) == "23505" }

    private func translate(_ sql: StaticString) -> String {
        let text = UnsafeRawPointer(sql.utf8Start)
        if let known = translated[text] { return known }
        let sqlText = PostgresDialect.translate(sql.description)
        translated[text] = sqlText
        return sqlText
    }

    private func shape(_ sql: StaticString) -> Int? {
        let text = UnsafeRawPointer(sql.utf8Start)
        if let known = shapes[text] { return known }
        let shape = PostgresDeferredWrites.Shape(sql.description).map { writes.add($0) }
        shapes[text] = shape
        return shape
    }
}
