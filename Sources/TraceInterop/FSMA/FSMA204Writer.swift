import TraceModel

/// Writes the FSMA 204 electronic sortable spreadsheet as CSV, row by row.
///
/// UTF-8 with a byte-order mark (so spreadsheet programs read Chinese text correctly), a header
/// row, CRLF line ends, RFC 4180 quoting, and cells that would start a formula (`=`, `+`, `-`,
/// `@`, tab, CR) prefixed with `'`. One row per critical tracking event (see ``FSMA204Rows``).
public struct FSMA204Writer {
    /// Receives the CSV's bytes in order.
    public typealias Sink = (ArraySlice<UInt8>) -> Void

    private let sink: Sink
    private var started = false
    /// Data rows written so far.
    public private(set) var rowCount = 0

    /// A writer handing its bytes to `sink`; call ``begin()`` first.
    public init(sink: @escaping Sink) {
        self.sink = sink
    }

    /// Writes the byte-order mark and the header row.
    public mutating func begin() {
        precondition(!started, "FSMA204Writer.begin called twice")
        started = true
        emit([0xEF, 0xBB, 0xBF] + Array(CSVField.line(FSMA204Row.columns).utf8))
    }

    /// Writes one data row.
    public mutating func write(row: FSMA204Row) {
        precondition(started, "FSMA204Writer.write called before begin")
        emit(Array(CSVField.line(row.cells).utf8))
        rowCount += 1
    }

    /// Writes the rows of one record (none for records that are not critical tracking events).
    @discardableResult
    public mutating func write(record: Record, id: String, context parties: any PartyLookup) throws(InteropError) -> Int
    {
        let rows = try FSMA204Rows.rows(for: record, id: id, parties: parties)
        for row in rows { write(row: row) }
        return rows.count
    }

    private func emit(_ bytes: [UInt8]) {
        sink(bytes[...])
    }
}
