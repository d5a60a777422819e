import TraceModel

/// What a document says besides its events, as an ``EPCISStreamReader`` knows it when it hands over the events.
public struct EPCISStreamHeader: Sendable {
    /// `EPCISDocument` or `EPCISQueryDocument` (for XML, the root element's name).
    public var documentType: String
    /// The JSON-LD prefixes in force (the standard ones for XML).
    public var context: EPCISContext
    /// The `register` and `revoke` records of the master data, in document order.
    public var masterRecords: [MasterRecord]
    /// The names the master data gives parties, locations and products.
    public var names: EPCISMasterNames
    /// The path of the event list: `$.epcisBody.eventList`, `/EPCISDocument/EPCISBody/EventList` (XML).
    public var eventListPath = ""

    /// The path of the event at `index` of the list (from 0): `$.epcisBody.eventList[3]`, or in XML (from 1)
    /// `/EPCISDocument/EPCISBody/EventList/*[4]`, as ``ImportedEvent/path`` has it.
    public func path(ofEvent index: Int) -> String {
        eventListPath.hasPrefix("$") ? "\(eventListPath)[\(index)]" : "\(eventListPath)/*[\(index + 1)]"
    }
}

/// A document read by an ``EPCISStreamReader``, its events excepted (they went to the caller one at a time).
public struct EPCISStreamSummary: Sendable {
    /// What the events were read with.
    public var header: EPCISStreamHeader
    /// The document's `creationDate`, if it has one.
    public var creationDate: String?
    /// How many events the document holds.
    public var eventCount: Int
}

/// Reads an EPCIS 2.0 document — JSON/JSON-LD (`EPCISDocument`, `EPCISQueryDocument`) or XML — as a stream: each
/// event is checked, read and handed over before the next is read, so memory holds the document's header and master
/// data, a block of the file and a batch of events, whatever the number of events.
///
/// Every check of reading the whole document holds, with the same refusals: the strict JSON reading (the failure,
/// path and byte offset of the first problem), the EPCIS 2.0.1 JSON Schema or, for XML, the EPCIS 2.0 XSD (the
/// skeleton and each event checked apart: see ``EPCISSchema/eventSchema``), each event's fields
/// (``EPCISReader``), the master data's records and each embedded record's agreement with its event
/// (``EPCISRecordAgreement``). A document with several problems is refused for the one a whole reading would name:
/// the first failure of the JSON reading (or of the XML's UTF-8, then its XSD) by offset, then the first schema
/// violation in the schema's order, then the first event whose fields are wrong, then the master data, then the first
/// event that contradicts its record.
///
/// Events are handed over only while the document has shown no problem: a refused document may have handed over
/// some, never all, and the caller must keep nothing of them (an import spools what it prepares and stores last).
///
/// **Header after the body.** Events are read with the document's `@context`, `type` and master data
/// (`epcisHeader`); FoodTrace, and the XSD for XML, put these before `epcisBody`. A JSON document that puts any of
/// them after `epcisBody` is read twice: the first pass checks everything and reads the skeleton, which holds them;
/// the second hands the events over. ``EPCISStreamConsumer/begin(_:)`` tells the caller that a pass starts, and
/// whatever it was handed before is void. A second pass needs the document again, so a stream that cannot be read
/// twice (standard input) is copied to a file first.
public enum EPCISStreamReader {
    /// Reads and checks a document, handing each event (checked and read like ``EPCISReader``'s, with its hash ID)
    /// to `consumer` in document order; the first problem is thrown with its JSON path (or, for XML, its line and
    /// column or element path).
    public static func read(_ source: EPCISDocumentSource, into consumer: inout some EPCISStreamConsumer)
        throws(InteropError) -> EPCISStreamSummary
    {
        try EPCISStreamRun(.read).run(source) { event in
            switch event {
            case .begin(let header): consumer.begin(header)
            case .event(let event): consumer.take(event)
            case .preHash: break
            }
        }
    }

    /// Checks a document and hands over the pre-hash string (UTF-8) of each event, in document order, as
    /// ``EPCISEventHash`` writes it; `begin` is called when a pass starts (whatever was handed before is void).
    public static func preHashes(
        _ source: EPCISDocumentSource, begin: () -> Void, each: ([UInt8]) -> Void
    ) throws(InteropError) -> Int {
        try EPCISStreamRun(.hash).run(source) { event in
            switch event {
            case .begin: begin()
            case .preHash(let bytes): each(bytes)
            case .event: break
            }
        }.eventCount
    }
}

/// Takes the events an ``EPCISStreamReader`` reads.
public protocol EPCISStreamConsumer {
    /// A pass over the events starts, with what the document says besides them: forget any event taken before.
    /// Called once before the first event of a pass, and once at the end of a document that has no events.
    mutating func begin(_ header: EPCISStreamHeader)
    /// The next event, in document order.
    mutating func take(_ event: ImportedEvent)
}

/// Collects a whole document's events in memory: ``EPCISReader/read(document:)``.
struct EPCISEventCollector: EPCISStreamConsumer {
    var events: [ImportedEvent] = []

    mutating func begin(_ header: EPCISStreamHeader) { events.removeAll() }
    mutating func take(_ event: ImportedEvent) { events.append(event) }
}
