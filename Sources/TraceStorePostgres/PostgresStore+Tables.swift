import Foundation
@_spi(StoreEngine) import TraceStore

extension PostgresStore {
    /// The id of the record that created a batch, slip or meal.
    public func recordID(forCode code: String) throws(StoreError) -> String? {
        try using("reading node \(code)") { session in
            try session.query("SELECT record FROM nodes WHERE code = $1", [.text(code)]).first.flatMap {
                PostgresRowView($0).text(0)
            }
        }
    }

    /// Every row of every table but the migrations', each rendered as `column=value|…`, in ingest order (`n`) or
    /// key order: what the tests compare to say "the store is unchanged".
    package func tableDump() throws(StoreError) -> [String: [String]] {
        try using("reading the tables") { session in
            let tables = try session.query(
                """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
                """
            ).compactMap { PostgresRowView($0).text(0) }
            var dump: [String: [String]] = [:]
            for table in tables {
                let rows = try session.query("SELECT * FROM \(table) ORDER BY 1")
                dump[table] = rows.map { row in
                    row.map { cell in "\(cell.columnName)=\(Self.render(PostgresRowView.value(cell)))" }.joined(
                        separator: "|")
                }
            }
            return dump
        }
    }

    /// A value as the SQLite store's tests render one: `NULL`, a number, `'text'`, `x'hex'`.
    private static func render(_ value: SQLValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .integer(let number): return String(number)
        case .text(let text): return "'\(text)'"
        case .blob(let bytes): return "x'" + bytes.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    /// Makes an empty database `name` on the server of `base` and returns its location (for tests and benches,
    /// which give each store a database of its own).
    package static func makeDatabase(_ name: String, on base: PostgresLocation) throws(StoreError) -> PostgresLocation {
        let session = try PostgresSession.connect(base, logger: TraceStore.silentLogger)
        do {
            try session.query("CREATE DATABASE \"\(name)\"")
        } catch {
            throw StoreError(.database, "cannot make database \(name): \(PostgresDialect.message(error))")
        }
        var location = base
        location.database = name
        return location
    }
}
