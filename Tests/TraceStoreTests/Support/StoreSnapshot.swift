import Foundation
import GRDB
import TraceStore

/// Every row of every table of a store, rendered as text: two snapshots are equal exactly when the
/// stores hold the same data. "The store is unchanged" in the tests means equal snapshots.
struct StoreSnapshot: Equatable, CustomStringConvertible {
    /// Table name → its rows in rowid order, each rendered as `column=value|…`.
    var tables: [String: [String]]

    /// Every table of either engine's store.
    init(_ store: TestStore) throws {
        if let sqlite = store.sqlite {
            self = try StoreSnapshot(sqlite)
        } else {
            tables = try store.postgres!.tableDump()
        }
    }

    init(_ store: TraceStore) throws {
        tables = try store.read { db in
            var tables: [String: [String]] = [:]
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for name in names {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier) ORDER BY rowid")
                tables[name] = rows.map { row in
                    row.columnNames.map { column in "\(column)=\(Self.render(row[column] as DatabaseValue))" }.joined(
                        separator: "|")
                }
            }
            return tables
        }
    }

    /// Number of rows in `table` (0 for a table that does not exist).
    func count(_ table: String) -> Int { tables[table]?.count ?? 0 }

    /// The tables the records fill (everything but configuration, anchors and migrations), with their row counts.
    var dataCounts: [String: Int] {
        tables.filter { !["config", "anchors", "grdb_migrations"].contains($0.key) }.mapValues(\.count)
    }

    var description: String {
        tables.keys.sorted().map { "\($0): \(tables[$0]!.count) rows" }.joined(separator: ", ")
    }

    private static func render(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return "'\(text)'"
        case .blob(let data): return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }
}

/// Direct SQL on a store file, bypassing the store: how the tests simulate tampering with the database.
enum RawDatabase {
    static func execute(path: String, _ sql: String, arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
        try queue.close()
    }

    static func text(path: String, _ sql: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: sql) } ?? ""
    }

    static func blob(path: String, _ sql: String, arguments: StatementArguments = []) throws -> [UInt8] {
        let queue = try DatabaseQueue(path: path)
        let data = try queue.read { db in try Data.fetchOne(db, sql: sql, arguments: arguments) }
        try queue.close()
        return Array(data ?? Data())
    }
}

/// A fresh directory under the system temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tracestore-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension TraceStore {
    /// The ids of the `count` records appended last, in ingest order (what a report's `accepted` counts).
    func lastRecordIDs(_ count: Int) throws -> [String] {
        guard count > 0 else { return [] }
        var ids: [String] = []
        try forEachRecord(limit: count, newestFirst: true) { ids.append($0.id) }
        return ids.reversed()
    }
}
