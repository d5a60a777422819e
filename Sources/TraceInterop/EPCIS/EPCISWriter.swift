import TraceModel

/// Writes FoodTrace records as an EPCIS 2.0 `EPCISDocument`, JSON-LD or XML, one event at a time.
///
/// Memory use does not grow with the number of events: each event is built, hashed and handed to
/// the sink before the next record is read. Call ``begin(creationDate:)``, then
/// ``write(record:id:context:)`` for each record in ledger order, then ``end()``. The record-to-event
/// mapping is described in ``EPCISMapping``.
///
/// `register` and `revoke` records are not events; they go to the document's master data (see
/// ``EPCISMasterData``) in `epcisHeader`, which is written before `epcisBody` — as the XSD requires in XML, and as a
/// reader of a JSON document taking its events one at a time needs (``EPCISStreamReader``: the master data names the
/// parties whose records the events carry). The export is one pass over the ledger: the master-data elements wait
/// in the ``EPCISSpool`` and the events in a second one until ``end()``, which writes the header, then the events;
/// memory stays flat, the spools holding the document. The document is valid against the EPCIS 2.0.1 JSON Schema;
/// each event and each master-data element is one line.
///
/// In XML (``Binding/xml``) the events are the same (``EPCISXMLWriter``), and so are their hash IDs.
public struct EPCISWriter {
    /// The document's binding: JSON-LD, or XML valid against the EPCIS 2.0 XSD.
    public enum Binding: String, Sendable, CaseIterable {
        case jsonLD = "json"
        case xml
    }

    /// Receives the document's bytes in order.
    public typealias Sink = (ArraySlice<UInt8>) -> Void

    /// The prefixes the document declares (JSON-LD: in `@context`; XML: on the document element): FoodTrace's own,
    /// and `cbvmda` (as the standard context defines it), declared again so that the event hash expands the names
    /// using it — as XML's namespaces are always expanded — and an event has one hash ID in both bindings.
    static let declaredPrefixes: [(prefix: String, namespace: String)] = [
        (FoodTraceURI.prefix, FoodTraceURI.namespace), ("cbvmda", EPCISContext.standardPrefixes["cbvmda"]!),
    ]

    /// The JSON-LD context written in the document and used for the events' hash IDs.
    public static let context = EPCISContext(
        prefixes: Dictionary(uniqueKeysWithValues: declaredPrefixes.map { ($0.prefix, $0.namespace) }))
    static let standardContextURL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

    private enum State { case ready, open, closed }

    private let sink: Sink
    private let spool: any EPCISSpool
    /// The binding written.
    public let binding: Binding
    /// The events, until the header is written.
    private let eventSpool: any EPCISSpool
    private var state = State.ready
    /// Events written so far.
    public private(set) var eventCount = 0
    /// `register` and `revoke` records put in the master data so far.
    public private(set) var masterRecordCount = 0

    /// A writer handing its bytes to `sink`, keeping master data in `spool` and the events in `eventSpool` until
    /// ``end()``.
    public init(
        sink: @escaping Sink, spool: any EPCISSpool = MemorySpool(), binding: Binding = .jsonLD,
        eventSpool: any EPCISSpool = MemorySpool()
    ) {
        self.sink = sink
        self.spool = spool
        self.binding = binding
        self.eventSpool = eventSpool
    }

    /// Writes the document header. `creationDate` is the export time.
    public mutating func begin(creationDate: Timestamp) {
        precondition(state == .ready, "EPCISWriter.begin called twice")
        state = .open
        if binding == .xml {
            emit(Array(EPCISXMLWriter.documentStart(creationDate: creationDate).utf8))
            return
        }
        let header: JSONValue = .object([
            (
                "@context",
                .array([
                    .string(EPCISWriter.standardContextURL),
                    .object(EPCISWriter.declaredPrefixes.map { ($0.prefix, .string($0.namespace)) }),
                ])
            ),
            ("type", .string("EPCISDocument")), ("schemaVersion", .string("2.0")),
            ("creationDate", .string(creationDate.text)),
        ])
        var bytes = JSONWriter.bytes(header)
        bytes.removeLast()
        emit(bytes)
    }

    /// Maps `record` (whose id is `id`) to an event and writes it; returns the event's hash ID, or
    /// `nil` for a `register` or `revoke` record, which goes to the master data. Fails when `id` is
    /// not the record's id, the body does not decode, or the spool cannot keep the element.
    @discardableResult
    public mutating func write(record: Record, id: String, context parties: any PartyLookup) throws(InteropError)
        -> String?
    {
        try write(EPCISWriter.prepare(record: record, id: id, context: parties, binding: binding))
    }

    /// Maps one record for ``write(_:)``: the event built, hashed and serialised, or the checked body of
    /// a `register`/`revoke` record. It touches no writer state, so an exporter can prepare many records
    /// at once on all cores and write them in ledger order.
    public static func prepare(
        record: Record, id: String, context parties: any PartyLookup, binding: Binding = .jsonLD
    ) throws(InteropError) -> EPCISPreparedRecord {
        try prepare(try RecordParts(record: record, id: id), parties: parties, binding: binding)
    }

    /// ``prepare(record:id:context:)`` for a record as a store keeps it: its canonical JSON with `sig`,
    /// verified when it was ingested, so `id` is taken as its id and the body is read without the
    /// strict parser's `Codable` round trip (it is still validated).
    public static func prepare(
        storedRecord bytes: [UInt8], id: String, context parties: any PartyLookup, binding: Binding = .jsonLD
    ) throws(InteropError) -> EPCISPreparedRecord {
        try prepare(try RecordParts(stored: bytes, id: id), parties: parties, binding: binding)
    }

    static func prepare(_ record: RecordParts, parties: any PartyLookup, binding: Binding) throws(InteropError)
        -> EPCISPreparedRecord
    {
        guard var event = EPCISMapping.event(for: record, parties: parties) else {
            return EPCISPreparedRecord(binding: binding, content: .master(record))
        }
        let hashID = EPCISEventHash.hashID(event: event, context: EPCISWriter.context)
        event = EPCISMapping.inserting(eventID: hashID, into: event)
        var bytes: [UInt8] = []
        switch binding {
        case .jsonLD:
            bytes.reserveCapacity(2048)
            bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")]
            JSONWriter.write(event, into: &bytes)
        case .xml:
            do {
                bytes = try EPCISXMLWriter.event(event)
            } catch {
                throw InteropError(path: "record \(record.id): \(error.path)", reason: error.reason)
            }
        }
        return EPCISPreparedRecord(binding: binding, content: .event(bytes: bytes, hashID: hashID))
    }

    /// Writes a prepared record; returns the event's hash ID, or `nil` for master data.
    @discardableResult
    public mutating func write(_ prepared: EPCISPreparedRecord) throws(InteropError) -> String? {
        precondition(state == .open, "EPCISWriter.write called outside begin/end")
        precondition(prepared.binding == binding, "EPCISWriter.write of a record prepared for another binding")
        switch prepared.content {
        case .master(let record):
            let element = EPCISMasterData.element(for: record, eventsBefore: eventCount)
            var bytes: [UInt8]
            switch binding {
            case .jsonLD:
                bytes = Array((masterRecordCount == 0 ? "\n" : ",\n").utf8)
                JSONWriter.write(element, into: &bytes)
            case .xml:
                bytes = try EPCISXMLWriter.vocabularyElement(element)
            }
            do {
                try spool.append(bytes)
            } catch {
                throw InteropError(
                    place: Message.Interop.recordPlace(record.id), because: Message.Interop.cannotSpool("\(error)"))
            }
            masterRecordCount += 1
            return nil
        case .event(let bytes, let hashID):
            do {
                // JSON-LD: the prepared bytes start with ",\n"; the first event has no comma.
                try eventSpool.append(binding == .jsonLD && eventCount == 0 ? Array(bytes.dropFirst()) : bytes)
            } catch {
                throw InteropError(path: "event \(hashID)", reason: "cannot keep the event: \(error)")
            }
            eventCount += 1
            return hashID
        }
    }

    /// Writes the master data (when there is any), then the events, and closes the document.
    public mutating func end() throws(InteropError) {
        precondition(state == .open, "EPCISWriter.end called without begin")
        state = .closed
        if binding == .xml {
            try endXML()
            return
        }
        if masterRecordCount > 0 {
            emit(
                Array(
                    #","epcisHeader":{"epcisMasterData":{"vocabularyList":[{"type":"\#(FoodTraceURI.trustRecordVocabulary)","vocabularyElementList":["#
                        .utf8))
            do {
                try spool.replay(into: sink)
            } catch {
                throw InteropError(
                    path: "$.epcisHeader", because: Message.Interop.cannotReplay("\(error)"))
            }
            emit(Array("\n]}]}}".utf8))
        }
        emit(Array(#","epcisBody":{"eventList":["#.utf8))
        do {
            try eventSpool.replay(into: sink)
        } catch {
            throw InteropError(path: "$.epcisBody", reason: "cannot read the spooled events back: \(error)")
        }
        emit(Array("\n]}}\n".utf8))
    }

    /// XML: the header with the master data, then the body with the events.
    private func endXML() throws(InteropError) {
        if masterRecordCount > 0 {
            emit(Array(EPCISXMLWriter.masterDataStart.utf8))
            do {
                try spool.replay(into: sink)
            } catch {
                throw InteropError(path: "EPCISHeader", reason: "cannot read the spooled master data back: \(error)")
            }
            emit(Array(EPCISXMLWriter.masterDataEnd.utf8))
        }
        emit(Array(EPCISXMLWriter.bodyStart.utf8))
        do {
            try eventSpool.replay(into: sink)
        } catch {
            throw InteropError(path: "EPCISBody", reason: "cannot read the spooled events back: \(error)")
        }
        emit(Array(EPCISXMLWriter.bodyEnd.utf8))
    }

    private func emit(_ bytes: [UInt8]) {
        sink(bytes[...])
    }
}

/// One record mapped by ``EPCISWriter/prepare(record:id:context:)``, waiting to be written in order.
public struct EPCISPreparedRecord: Sendable {
    let binding: EPCISWriter.Binding

    enum Content: Sendable {
        case event(bytes: [UInt8], hashID: String)
        case master(RecordParts)
    }

    let content: Content
}

extension EPCISPreparedRecord {
    /// The event's JSON-LD (one object) and its hash ID, as ``EPCISWriter`` writes it in a document's event list;
    /// `nil` for a `register` or `revoke` record (master data) or a record prepared for XML.
    public var jsonEvent: (json: ArraySlice<UInt8>, hashID: String)? {
        guard binding == .jsonLD, case .event(let bytes, let hashID) = content else { return nil }
        // The prepared bytes start with ",\n", the separator from the event before.
        return (bytes.dropFirst(2), hashID)
    }
}
