import Foundation
import NIOCore
import PostgresNIO
@_spi(StoreEngine) import TraceStore

/// The `INSERT`s of ingest's optimistic pass, kept until a read needs them (or enough are kept), then sent as
/// multi-row `INSERT`s, back to back, and waited for together.
///
/// Each table's rows are written in the order the rules wrote them (its `n` is ingest order); tables are written one
/// after the other, which changes nothing: no table has a foreign key or a trigger, and a kept `INSERT` reads no
/// other table (one that does, like any `UPDATE` or `DELETE`, is not kept: ``Shape/init(_:)``). A refusal a
/// statement meets (a code used twice, caught by a primary key) thus surfaces at the next read or at the end of the
/// pass instead of at its record; the caller then gives the optimistic pass up and applies the input record by
/// record, where every statement runs at its record, in a savepoint.
///
/// Measured on the small demo city's export (9,856 records, this 2-core machine, unix socket): 5,398 statements
/// reach the server, none of them a savepoint, where one statement per write and a savepoint per record sent 52,839
/// (19,712 of them `SAVEPOINT`/`RELEASE`). What is left is mostly reads that must see the rows before them (a
/// receipt's shipment, a registration's key and role, a new issuer's chain head), each writing what is kept first.
struct PostgresDeferredWrites {
    /// An `INSERT [OR IGNORE] INTO table(columns) VALUES (…)` statement, the text around its `?` parameters.
    struct Shape {
        let table: String
        /// `INSERT INTO table(columns) VALUES `.
        let head: String
        /// The `VALUES` tuple's text around its parameters (one more piece than parameters).
        let pieces: [String]
        /// `INSERT OR IGNORE`: `ON CONFLICT DO NOTHING`.
        let ignoresConflicts: Bool
        var parameters: Int { pieces.count - 1 }

        /// The shape of `sql` (SQLite's syntax, as the rules write it); `nil` for any statement that cannot be kept.
        init?(_ sql: String) {
            var text = Substring(sql.trimmingCharacters(in: .whitespacesAndNewlines))
            while text.last == ";" { text = text.dropLast() }
            if text.hasPrefix("INSERT OR IGNORE INTO ") {
                ignoresConflicts = true
                text = text.dropFirst("INSERT OR IGNORE INTO ".count)
            } else if text.hasPrefix("INSERT INTO ") {
                ignoresConflicts = false
                text = text.dropFirst("INSERT INTO ".count)
            } else {
                return nil
            }
            guard text.range(of: "SELECT", options: .caseInsensitive) == nil,
                let values = text.range(of: "VALUES", options: .literal),
                let open = text.firstIndex(where: { $0 == "(" || $0 == " " })
            else { return nil }
            let tuple = text[values.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            guard tuple.hasPrefix("("), tuple.hasSuffix(")") else { return nil }
            var pieces = [""]
            var inString = false
            var depth = 0
            for (offset, char) in tuple.enumerated() {
                if char == "'" { inString.toggle() }
                if !inString {
                    if char == "(" { depth += 1 }
                    if char == ")" {
                        depth -= 1
                        // One tuple only: the first one closes at the end.
                        if depth == 0 && offset != tuple.count - 1 { return nil }
                    }
                    if char == "?" {
                        pieces.append("")
                        continue
                    }
                    // `?NNN` (a numbered parameter) is not kept.
                    if char.isNumber, pieces.last == "", pieces.count > 1 { return nil }
                }
                pieces[pieces.count - 1].append(char)
            }
            table = String(text[..<open])
            head = "INSERT INTO " + text[..<values.lowerBound] + "VALUES "
            self.pieces = pieces
        }

        /// The statement for `rows` rows, parameters `$1`… row after row.
        func sql(rows: Int) -> String {
            var out = head
            out.reserveCapacity(head.utf8.count + rows * (pieces.reduce(0) { $0 + $1.utf8.count } + parameters * 6))
            var next = 1
            for row in 0..<rows {
                if row > 0 { out += ", " }
                out += pieces[0]
                for piece in pieces.dropFirst() {
                    out += "$\(next)"
                    out += piece
                    next += 1
                }
            }
            if ignoresConflicts { out += " ON CONFLICT DO NOTHING" }
            return out
        }
    }

    /// Most rows one statement writes (PostgreSQL takes at most 65,535 parameters).
    static let rowsPerStatement = 1_000
    /// How many rows are kept before they are written whatever comes next.
    static let keptAtMost = 8_192

    private var shapes: [Shape] = []
    /// Each kept row: its shape's index in ``shapes``, and its arguments.
    private var kept: [(shape: Int, arguments: [SQLValue])] = []
    private var texts: [Int: [Int: String]] = [:]

    var isEmpty: Bool { kept.isEmpty }
    var isFull: Bool { kept.count >= Self.keptAtMost }

    /// Registers a shape; its index for ``keep(_:_:)``.
    mutating func add(_ shape: Shape) -> Int {
        shapes.append(shape)
        return shapes.count - 1
    }

    mutating func keep(_ shape: Int, _ arguments: [SQLValue]) { kept.append((shape, arguments)) }

    /// Sends every kept row, each table's in order (consecutive rows of one statement as one multi-row statement),
    /// then waits for all; throws the first failure.
    mutating func write(_ session: PostgresSession) throws {
        guard !kept.isEmpty else { return }
        var tables: [String] = []
        var byTable: [String: [(shape: Int, arguments: [SQLValue])]] = [:]
        for row in kept {
            let table = shapes[row.shape].table
            if byTable[table] == nil { tables.append(table) }
            byTable[table, default: []].append(row)
        }
        kept.removeAll(keepingCapacity: true)
        var sent: [EventLoopFuture<PostgresQueryResult>] = []
        for table in tables {
            let rows = byTable[table]!
            var start = 0
            while start < rows.count {
                let shape = rows[start].shape
                let most = max(1, min(Self.rowsPerStatement, 65_535 / max(1, shapes[shape].parameters)))
                var end = start + 1
                while end < rows.count, rows[end].shape == shape, end - start < most { end += 1 }
                var arguments: [SQLValue] = []
                arguments.reserveCapacity((end - start) * shapes[shape].parameters)
                for row in rows[start..<end] { arguments += row.arguments }
                sent.append(session.send(text(shape, rows: end - start), arguments))
                start = end
            }
        }
        var failure: (any Error)?
        for result in sent {
            do { _ = try result.wait() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    private mutating func text(_ shape: Int, rows: Int) -> String {
        if let known = texts[shape]?[rows] { return known }
        let sql = shapes[shape].sql(rows: rows)
        texts[shape, default: [:]][rows] = sql
        return sql
    }
}
