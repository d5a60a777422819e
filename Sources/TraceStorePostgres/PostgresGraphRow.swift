import NIOCore
import PostgresNIO
@_spi(StoreEngine) import TraceStore

/// A PostgreSQL row as the graph's decoders read it (``GraphReadRow``): texts, and integers of any width (booleans
/// as 0 or 1), null being empty text or 0 as in SQLite's row.
///
/// Every cell is read in binary, the format postgres-nio asks the server for in every extended query: its
/// prepared statements (``PostgresSession/prepared(_:_:)``) report the format the statement was described with
/// (text) instead.
struct PostgresGraphRow: GraphReadRow {
    let cells: [PostgresCell]

    init(_ row: PostgresRow) {
        cells = row.map { cell in
            var cell = cell
            cell.format = .binary
            return cell
        }
    }

    /// A row of these cells (already read as binary).
    init(cells: [PostgresCell]) { self.cells = cells }

    func isNull(_ column: Int32) -> Bool { cells[Int(column)].bytes == nil }

    func text(_ column: Int32) -> String {
        let cell = cells[Int(column)]
        guard var bytes = cell.bytes else { return "" }
        return bytes.readString(length: bytes.readableBytes) ?? ""
    }

    func int64(_ column: Int32) -> Int64 {
        let cell = cells[Int(column)]
        guard cell.bytes != nil else { return 0 }
        switch cell.dataType {
        case .bool: return (try? cell.decode(Bool.self)) == true ? 1 : 0
        default: return (try? cell.decode(Int64.self)) ?? 0
        }
    }

    func optionalValue<E>(_ column: Int32, _ values: RawValues<E>) throws(StoreError) -> E? {
        guard var bytes = cells[Int(column)].bytes else { return nil }
        let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
        for (known, value) in values.table where known == raw { return value }
        throw StoredValue.unknown(values.name, String(decoding: raw, as: UTF8.self))
    }
}
