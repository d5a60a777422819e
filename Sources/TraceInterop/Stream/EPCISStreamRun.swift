import Foundation
import TraceModel

/// One reading of a document by ``EPCISStreamReader``: the events of the pass under way, checked and read a batch at a
/// time on every core and handed over in order, and the first problem of each kind, kept until the document is read
/// so that the one a whole reading would name is thrown.
final class EPCISStreamRun {
    /// What is made of each event.
    enum Work {
        /// Checked and read into an ``ImportedEvent``, with its agreement with its embedded record.
        case read
        /// Checked and hashed: its pre-hash string.
        case hash
    }

    /// What the run hands over, in order.
    enum Output {
        case begin(EPCISStreamHeader)
        case event(ImportedEvent)
        case preHash([UInt8])
    }

    /// An event as the document holds it.
    enum Item: Sendable {
        case json(JSONValue)
        case xml(EPCISXMLTree.Element)
    }

    /// What became of one event.
    private struct Outcome: Sendable {
        var schema: InteropError?
        var read: InteropError?
        var agreement: InteropError?
        var event: ImportedEvent?
        var preHash: [UInt8]?
    }

    /// Events checked together, on every core.
    static let batchSize = 256

    let work: Work
    var emit: (Output) -> Void = { _ in }

    /// The pass under way: what the events are read with, and where they are.
    private(set) var header: EPCISStreamHeader?
    private var parties = StaticPartyLookup(parties: [])
    private var pending: [(index: Int, item: Item)] = []
    /// Events of the pass so far.
    private(set) var eventCount = 0
    /// Whether the events are checked against the JSON Schema (XML's were checked against the XSD while read).
    private var checksSchema = true

    /// The first problem of each kind in the pass, with the event's index.
    private(set) var schemaFailure: (index: Int, error: InteropError)?
    private(set) var readFailure: (index: Int, error: InteropError)?
    private(set) var agreementFailure: (index: Int, error: InteropError)?
    /// Set when the master data known at the start of the pass is refused (the end of the document says why).
    var masterFailed = false

    private var failed: Bool {
        schemaFailure != nil || readFailure != nil || agreementFailure != nil || masterFailed
    }

    private lazy var validators = EPCISValidatorPool(
        count: Self.slices, schema: EPCISSchema.eventSchema)
    private static let slices = max(1, min(16, ProcessInfo.processInfo.activeProcessorCount * 2))

    init(_ work: Work) {
        self.work = work
    }

    /// Reads `source`, handing what it makes to `emit`; the summary once the whole document is checked.
    func run(_ source: EPCISDocumentSource, _ emit: (Output) -> Void) throws(InteropError) -> EPCISStreamSummary {
        let result = withoutActuallyEscaping(emit) { emit -> Result<EPCISStreamSummary, InteropError> in
            self.emit = emit
            defer { self.emit = { _ in } }
            return Result { () throws(InteropError) -> EPCISStreamSummary in
                try EPCISStreamRun.isXML(source) ? try self.runXML(source) : try self.runJSON(source)
            }
        }
        return try result.get()
    }

    /// Starts a pass: everything of a pass before is forgotten, and the caller is told.
    func startPass(_ header: EPCISStreamHeader, listPath: String, checksSchema: Bool = true) {
        var header = header
        header.eventListPath = listPath
        self.checksSchema = checksSchema
        pending.removeAll()
        eventCount = 0
        schemaFailure = nil
        readFailure = nil
        agreementFailure = nil
        masterFailed = false
        var registered: [PartyInfo] = []
        for master in header.masterRecords {
            if case .register(let body)? = try? master.record.decodedBody() {
                registered.append(PartyInfo(registration: body))
            }
        }
        parties = StaticPartyLookup(parties: registered)
        self.header = header
        emit(.begin(header))
    }

    /// Takes the event at `index` of the pass's list.
    func add(_ index: Int, _ item: Item) {
        pending.append((index, item))
        eventCount = index + 1
        if pending.count >= Self.batchSize { flush() }
    }

    /// Checks and reads the events taken and not yet handed over, on every core, and hands them over in order while
    /// the document has shown no problem.
    func flush() {
        guard !pending.isEmpty, let header else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let work = self.work
        let parties = self.parties
        let validators = self.validators
        let checkSchema = checksSchema && schemaFailure == nil
        let sliceCount = min(validators.count, batch.count)
        let sliceSize = (batch.count + sliceCount - 1) / sliceCount
        let outcomes = Parallel.map(sliceCount) { slice -> [Outcome] in
            validators.with(slice) { validator in
                batch[min(batch.count, slice * sliceSize)..<min(batch.count, (slice + 1) * sliceSize)].map { entry in
                    Self.process(
                        entry.item, index: entry.index, path: header.path(ofEvent: entry.index),
                        work: work, checkSchema: checkSchema, validator: &validator, context: header.context,
                        parties: parties)
                }
            }
        }.joined()
        for (entry, outcome) in zip(batch, outcomes) {
            if let error = outcome.schema, schemaFailure == nil { schemaFailure = (entry.index, error) }
            if let error = outcome.read, readFailure == nil { readFailure = (entry.index, error) }
            if let error = outcome.agreement, agreementFailure == nil { agreementFailure = (entry.index, error) }
            guard !failed else { continue }
            if let event = outcome.event { emit(.event(event)) }
            if let preHash = outcome.preHash { emit(.preHash(preHash)) }
        }
    }

    private static func process(
        _ item: Item, index: Int, path: String, work: Work, checkSchema: Bool, validator: inout JSONSchemaValidator,
        context: EPCISContext, parties: StaticPartyLookup
    ) -> Outcome {
        var outcome = Outcome()
        let json: JSONValue
        let eventContext: EPCISContext
        switch item {
        case .json(let value):
            if checkSchema,
                let violation = EPCISSchema.violation(ofEvent: value, at: path, validator: &validator)
            {
                // The document is refused for this or an earlier problem: nothing else of the event matters.
                outcome.schema = violation
                return outcome
            }
            json = value
            eventContext = context.adding(value["@context"])
            if work == .hash {
                guard value["type"]?.stringValue != nil else {
                    outcome.read = InteropError(path: path + ".type", because: Message.Interop.eventNeedsType)
                    return outcome
                }
                outcome.preHash = EPCISEventHash.preHashBytes(event: value, context: eventContext)
                return outcome
            }
        case .xml(let element):
            let preHash = EPCISEventHash.xmlPreHash(event: element)
            if work == .hash {
                outcome.preHash = preHash
                return outcome
            }
            json = EPCISXMLEvents.json(of: element)
            eventContext = context.adding(json["@context"])
            do {
                var event = try EPCISReader.read(event: json, index: index, path: path, context: context)
                event.hashID = EPCISEventHash.hashID(preHash: preHash)
                outcome.event = event
            } catch {
                outcome.read = error
                return outcome
            }
        }
        if outcome.event == nil {
            do {
                outcome.event = try EPCISReader.read(event: json, index: index, path: path, context: eventContext)
            } catch {
                outcome.read = error
                return outcome
            }
        }
        if let event = outcome.event, let record = event.foodTraceRecord {
            do {
                try EPCISRecordAgreement.check(event, record: record, parties: parties, context: eventContext)
            } catch {
                outcome.agreement = error
            }
        }
        return outcome
    }
}

extension EPCISStreamRun {
    /// Whether a document is XML: its first byte other than white space (after a UTF-8 byte-order mark) is `<`.
    static func isXML(_ source: EPCISDocumentSource) throws(InteropError) -> Bool {
        if case .bytes(let bytes) = source { return EPCISEventHash.isXML(bytes) }
        let reader = try EPCISBlockReader(source)
        var start: [UInt8] = []
        while let block = try reader.next() {
            start += block
            if let first = start.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) {
                return EPCISEventHash.isXML(Array(start[...first]))
            }
        }
        return false
    }
}
