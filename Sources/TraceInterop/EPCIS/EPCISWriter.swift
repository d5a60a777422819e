import TraceModel

/// Writes FoodTrace records as an EPCIS 2.0 JSON-LD `EPCISDocument`, one event at a time.
///
/// Memory use does not grow with the number of events: each event is built, hashed and handed to
/// the sink before the next record is read. Call ``begin(creationDate:)``, then
/// ``write(record:id:context:)`` for each record in ledger order, then ``end()``. The record-to-event
/// mapping is described in ``EPCISMapping``.
///
/// `register` and `revoke` records are not events; they go to the document's master data (see
/// ``EPCISMasterData``), which is written after the event list — `epcisHeader` follows `epcisBody` in
/// the document, which JSON and the schema allow — so the whole export is one pass over the ledger.
/// Until then they wait in the ``EPCISSpool``. The document is valid against the EPCIS 2.0.1 JSON
/// Schema; each event and each master-data element is one line.
public struct EPCISWriter {
    /// Receives the document's bytes in order.
    public typealias Sink = (ArraySlice<UInt8>) -> Void

    /// The JSON-LD context written in the document and used for the events' hash IDs.
    public static let context = EPCISContext(prefixes: [FoodTraceURI.prefix: FoodTraceURI.namespace])
    static let standardContextURL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

    private enum State { case ready, open, closed }

    private let sink: Sink
    private let spool: any EPCISSpool
    private var state = State.ready
    /// Events written so far.
    public private(set) var eventCount = 0
    /// `register` and `revoke` records put in the master data so far.
    public private(set) var masterRecordCount = 0

    /// A writer handing its bytes to `sink`, keeping master data in `spool` until ``end()``.
    public init(sink: @escaping Sink, spool: any EPCISSpool = MemorySpool()) {
        self.sink = sink
        self.spool = spool
    }

    /// Writes the document header. `creationDate` is the export time.
    public mutating func begin(creationDate: Timestamp) {
        precondition(state == .ready, "EPCISWriter.begin called twice")
        state = .open
        let header: JSONValue = .object([
            (
                "@context",
                .array([
                    .string(EPCISWriter.standardContextURL),
                    .object([(FoodTraceURI.prefix, .string(FoodTraceURI.namespace))]),
                ])
            ),
            ("type", .string("EPCISDocument")), ("schemaVersion", .string("2.0")),
            ("creationDate", .string(creationDate.text)),
        ])
        var bytes = JSONWriter.bytes(header)
        bytes.removeLast()
        bytes.append(contentsOf: #","epcisBody":{"eventList":["#.utf8)
        emit(bytes)
    }

    /// Maps `record` (whose id is `id`) to an event and writes it; returns the event's hash ID, or
    /// `nil` for a `register` or `revoke` record, which goes to the master data. Fails when `id` is
    /// not the record's id, the body does not decode, or the spool cannot keep the element.
    @discardableResult
    public mutating func write(record: Record, id: String, context parties: any PartyLookup) throws(InteropError)
        -> String?
    {
        try write(EPCISWriter.prepare(record: record, id: id, context: parties))
    }

    /// Maps one record for ``write(_:)``: the event built, hashed and serialised, or the checked body of
    /// a `register`/`revoke` record. It touches no writer state, so an exporter can prepare many records
    /// at once on all cores and write them in ledger order.
    public static func prepare(record: Record, id: String, context parties: any PartyLookup) throws(InteropError)
        -> EPCISPreparedRecord
    {
        prepare(try RecordParts(record: record, id: id), parties: parties)
    }

    /// ``prepare(record:id:context:)`` for a record as a store keeps it: its canonical JSON with `sig`,
    /// verified when it was ingested, so `id` is taken as its id and the body is read without the
    /// strict parser's `Codable` round trip (it is still validated).
    public static func prepare(storedRecord bytes: [UInt8], id: String, context parties: any PartyLookup)
        throws(InteropError) -> EPCISPreparedRecord
    {
        prepare(try RecordParts(stored: bytes, id: id), parties: parties)
    }

    static func prepare(_ record: RecordParts, parties: any PartyLookup) -> EPCISPreparedRecord {
        guard var event = EPCISMapping.event(for: record, parties: parties) else {
            return EPCISPreparedRecord(content: .master(record))
        }
        let hashID = EPCISEventHash.hashID(event: event, context: EPCISWriter.context)
        event = EPCISMapping.inserting(eventID: hashID, into: event)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2048)
        bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")]
        JSONWriter.write(event, into: &bytes)
        return EPCISPreparedRecord(content: .event(bytes: bytes, hashID: hashID))
    }

    /// Writes a prepared record; returns the event's hash ID, or `nil` for master data.
    @discardableResult
    public mutating func write(_ prepared: EPCISPreparedRecord) throws(InteropError) -> String? {
        precondition(state == .open, "EPCISWriter.write called outside begin/end")
        switch prepared.content {
        case .master(let record):
            let element = EPCISMasterData.element(for: record, eventsBefore: eventCount)
            var bytes: [UInt8] = Array((masterRecordCount == 0 ? "\n" : ",\n").utf8)
            JSONWriter.write(element, into: &bytes)
            do {
                try spool.append(bytes)
            } catch {
                throw InteropError(path: "record \(record.id)", reason: "cannot keep the master-data element: \(error)")
            }
            masterRecordCount += 1
            return nil
        case .event(let bytes, let hashID):
            // The prepared bytes start with ",\n"; the first event has no comma.
            emit(eventCount == 0 ? Array(bytes.dropFirst()) : bytes)
            eventCount += 1
            return hashID
        }
    }

    /// Closes the event list, writes the master data (when there is any) and closes the document.
    public mutating func end() throws(InteropError) {
        precondition(state == .open, "EPCISWriter.end called without begin")
        state = .closed
        emit(Array("\n]}".utf8))
        if masterRecordCount > 0 {
            emit(
                Array(
                    #","epcisHeader":{"epcisMasterData":{"vocabularyList":[{"type":"\#(FoodTraceURI.trustRecordVocabulary)","vocabularyElementList":["#
                        .utf8))
            do {
                try spool.replay(into: sink)
            } catch {
                throw InteropError(path: "$.epcisHeader", reason: "cannot read the spooled master data back: \(error)")
            }
            emit(Array("\n]}]}}".utf8))
        }
        emit(Array("}\n".utf8))
    }

    private func emit(_ bytes: [UInt8]) {
        sink(bytes[...])
    }
}

/// One record mapped by ``EPCISWriter/prepare(record:id:context:)``, waiting to be written in order.
public struct EPCISPreparedRecord: Sendable {
    enum Content: Sendable {
        case event(bytes: [UInt8], hashID: String)
        case master(RecordParts)
    }

    let content: Content
}
