import Foundation

/// A value bound to a statement parameter or read from a column: `nil` arguments bind SQL `NULL`.
@_spi(StoreEngine)
public struct SQLValue: Sendable, Equatable {
    /// What the value holds; an engine binds each case as its own type (`BIGINT`, `TEXT`, `BYTEA`/`BLOB`).
    public enum Storage: Sendable, Equatable {
        case null
        case integer(Int64)
        case text(String)
        case blob([UInt8])
    }

    public let storage: Storage

    public init(storage: Storage) { self.storage = storage }

    public static let null = SQLValue(storage: .null)
    public static func text(_ value: String?) -> SQLValue { SQLValue(storage: value.map { .text($0) } ?? .null) }
    public static func integer(_ value: Int64?) -> SQLValue {
        SQLValue(storage: value.map { .integer($0) } ?? .null)
    }
    public static func integer(_ value: Int?) -> SQLValue { integer(value.map { Int64($0) }) }
    public static func blob(_ value: [UInt8]) -> SQLValue { SQLValue(storage: .blob(value)) }
    public static func blob(_ value: Data) -> SQLValue { SQLValue(storage: .blob(Array(value))) }

    /// The bytes a text or blob occupies while bound.
    var byteCount: Int {
        switch storage {
        case .text(let text): return text.utf8.count
        case .blob(let bytes): return bytes.count
        case .null, .integer: return 0
        }
    }
}

/// The row a query is on, read column by column (0-based), as ingest's rules read it from any engine.
@_spi(StoreEngine)
public protocol IngestRow {
    var columnCount: Int32 { get }
    func value(_ column: Int32) -> SQLValue
    func text(_ column: Int32) -> String?
    func integer(_ column: Int32) -> Int64?
    /// Whether the column holds exactly `bytes`.
    func blobEquals(_ column: Int32, _ bytes: [UInt8]) -> Bool
}

@_spi(StoreEngine)
extension IngestRow {
    public func text(_ column: Int32) -> String? {
        if case .text(let text) = value(column).storage { return text }
        return nil
    }

    public func integer(_ column: Int32) -> Int64? {
        if case .integer(let value) = value(column).storage { return value }
        return nil
    }

    public func blobEquals(_ column: Int32, _ bytes: [UInt8]) -> Bool {
        if case .blob(let stored) = value(column).storage { return stored == bytes }
        return false
    }
}

/// The statements ingest's rules run, on one engine's connection inside its write transaction: the SQLite store's
/// (``SQLiteStatements``) and the PostgreSQL store's. The rules are written once, in SQL both engines read alike
/// (`?` parameters; `INSERT OR IGNORE`, which an engine without it rewrites).
@_spi(StoreEngine)
public protocol IngestSQL: AnyObject {
    associatedtype Row: IngestRow
    /// Runs a statement that returns no rows.
    func execute(_ sql: StaticString, _ arguments: [SQLValue]) throws
    /// The first row of a query, read by `read`; `nil` when there is none.
    func first<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (Row) throws -> T) throws -> T?
    /// Every row of a query, each read by `read`.
    func all<T>(_ sql: StaticString, _ arguments: [SQLValue], _ read: (Row) throws -> T) throws -> [T]
    /// Runs `body` in a savepoint: what it wrote is undone when it throws (and the error passed on).
    func savepoint(_ body: () throws -> Void) throws
    /// Whether `error`, thrown by ``execute(_:_:)``, is an insert refused by a primary key (a code used twice).
    func isDuplicateKey(_ error: any Error) -> Bool
}

/// A row read whole, its columns by position: for the rules' rarer lookups.
struct FetchedRow {
    let values: [SQLValue]

    init(_ row: some IngestRow) {
        values = (0..<row.columnCount).map { row.value($0) }
    }

    subscript<T: FetchedValue>(_ column: Int) -> T? { T(column: values[column]) }
    subscript<T: FetchedValue>(_ column: Int) -> T { T(column: values[column])! }
}

/// A Swift type a column converts to.
protocol FetchedValue {
    init?(column value: SQLValue)
}

extension String: FetchedValue {
    init?(column value: SQLValue) {
        guard case .text(let text) = value.storage else { return nil }
        self = text
    }
}

extension Int64: FetchedValue {
    init?(column value: SQLValue) {
        guard case .integer(let number) = value.storage else { return nil }
        self = number
    }
}

extension Int: FetchedValue {
    init?(column value: SQLValue) {
        guard case .integer(let number) = value.storage else { return nil }
        self = Int(number)
    }
}

extension Data: FetchedValue {
    init?(column value: SQLValue) {
        guard case .blob(let bytes) = value.storage else { return nil }
        self = Data(bytes)
    }
}
