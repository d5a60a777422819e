import TraceModel

/// Writes FoodTrace records as an EPCIS 2.0 JSON-LD `EPCISDocument`, one event at a time.
///
/// Memory use does not grow with the number of events: each event is built, hashed and handed to
/// the sink before the next record is read. Call ``begin(creationDate:)``, then
/// ``write(record:id:context:)`` for each record, then ``end()``. Records of kinds that are not
/// events (`register`, `revoke`) are skipped. The record-to-event mapping is described in
/// ``EPCISMapping``. Each event line is one JSON object; the document is valid against the EPCIS
/// 2.0.1 JSON Schema.
public struct EPCISWriter {
    /// Receives the document's bytes in order.
    public typealias Sink = (ArraySlice<UInt8>) -> Void

    /// The JSON-LD context written in the document and used for the events' hash IDs.
    public static let context = EPCISContext(prefixes: [FoodTraceURI.prefix: FoodTraceURI.namespace])
    static let standardContextURL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

    private enum State { case ready, open, closed }

    private let sink: Sink
    private var state = State.ready
    /// Events written so far.
    public private(set) var eventCount = 0

    public init(sink: @escaping Sink) {
        self.sink = sink
    }

    /// Writes the document header. `creationDate` is the export time.
    public mutating func begin(creationDate: Timestamp) {
        precondition(state == .ready, "EPCISWriter.begin called twice")
        state = .open
        let header: JSONValue = .object([
            ("@context", .array([.string(EPCISWriter.standardContextURL), .object([(FoodTraceURI.prefix, .string(FoodTraceURI.namespace))])])),
            ("type", .string("EPCISDocument")), ("schemaVersion", .string("2.0")), ("creationDate", .string(creationDate.text)),
        ])
        var bytes = JSONWriter.bytes(header)
        bytes.removeLast()
        bytes.append(contentsOf: #","epcisBody":{"eventList":["#.utf8)
        emit(bytes)
    }

    /// Maps `record` (whose id is `id`) to an event and writes it; returns the event's hash ID, or
    /// `nil` for a record that is not an event. Fails when `id` is not the record's id or the body
    /// does not decode.
    @discardableResult
    public mutating func write(record: Record, id: String, context parties: any PartyLookup) throws(InteropError) -> String? {
        precondition(state == .open, "EPCISWriter.write called outside begin/end")
        guard var event = try EPCISMapping.event(for: record, id: id, parties: parties) else { return nil }
        let hashID = EPCISEventHash.hashID(event: event, context: EPCISWriter.context)
        event = EPCISMapping.inserting(eventID: hashID, into: event)
        var bytes: [UInt8] = Array((eventCount == 0 ? "\n" : ",\n").utf8)
        JSONWriter.write(event, into: &bytes)
        emit(bytes)
        eventCount += 1
        return hashID
    }

    /// Closes the event list and the document.
    public mutating func end() {
        precondition(state == .open, "EPCISWriter.end called without begin")
        state = .closed
        emit(Array("\n]}}\n".utf8))
    }

    private func emit(_ bytes: [UInt8]) {
        sink(bytes[...])
    }
}
