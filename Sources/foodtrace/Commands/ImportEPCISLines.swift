import Foundation
import TraceCrypto
import TraceInterop
import TraceModel
import TraceStore

/// The ingest lines of an import, made as the document's events are read (``EPCISStreamReader``): each event mapped
/// (``EPCISStreamMapper``) and placed in the plan (``EPCISImportPlan/Builder``), signed records as they are, foreign
/// bodies signed by the importing party in a chain continuing its last record, each line written to a temporary
/// file (``LineSpool``) for the ingest to read: nothing is stored while the document is read, and memory holds
/// one event's records at a time. What the report needs is tallied on the way (``ImportTally``).
struct ImportLines: EPCISStreamConsumer {
    /// The importing party, and whether the store knows it (it must, to sign foreign events).
    let importer: String
    let registered: Bool
    /// The key file, named when the importer is not registered.
    let keyFile: String
    let attesting: Bool
    private let key: PrivateKey
    /// Foreign events the importing party had already imported (by hash ID).
    private let alreadyImported: Set<String>
    private let startMapping: EPCISStreamMapper
    private let startSeq: Int
    private let startPrev: String?
    /// Told of each event read.
    var progress: ProgressCounter?

    /// The importing party's chain as it stood when its records were signed: the ingest checks it still does.
    let head: ChainHead
    /// What the events were read with (set when the reading starts).
    private(set) var header: EPCISStreamHeader?
    private var mapping: EPCISStreamMapper
    private var plan = EPCISImportPlan.Builder(masterRecords: [])
    private var seq: Int
    private var prev: String?
    private(set) var spool: LineSpool?
    /// Where each line comes from: an event's index (≥ 0), or `-1 - n` for master-data record `n`.
    private var origins: [Int32] = []
    private var masterIndex: [String: Int] = [:]
    /// Records the importing party signed.
    private(set) var signedByImporter = 0
    /// Foreign events the importing party had already imported (by hash ID), left out.
    private(set) var alreadyImportedEvents = 0
    private var skippedEvents: Set<String> = []
    /// What the report says of the document.
    private(set) var tally = ImportTally()
    /// The first problem making the records (the document's own problems are the reader's): thrown once the
    /// document is read.
    private(set) var problem: CLIError?

    init(
        importer: String, registered: Bool, keyFile: String, key: PrivateKey, mapper: EPCISImportMapper,
        store: TraceStore, attesting: Bool
    ) throws {
        self.importer = importer
        self.registered = registered
        self.keyFile = keyFile
        self.key = key
        self.attesting = attesting
        startMapping = EPCISStreamMapper(mapper)
        mapping = startMapping
        alreadyImported = attesting ? try store.attestedEventIDs() : try store.importedEventIDs(issuer: importer)
        let next = try store.nextSeq(for: importer)
        startSeq = next.seq
        startPrev = next.prev
        seq = next.seq
        prev = next.prev
        head = ChainHead(issuer: importer, nextSeq: next.seq, prev: next.prev)
    }

    mutating func begin(_ header: EPCISStreamHeader) {
        self.header = header
        mapping = startMapping
        mapping.mapper.attesting?.names = header.names
        plan = EPCISImportPlan.Builder(masterRecords: header.masterRecords)
        (seq, prev) = (startSeq, startPrev)
        origins = []
        masterIndex = Dictionary(
            header.masterRecords.enumerated().map { ($0.element.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
        signedByImporter = 0
        alreadyImportedEvents = 0
        skippedEvents = []
        tally = ImportTally(masterRecords: header.masterRecords.count)
        problem = nil
        do { spool = try LineSpool() } catch { note(error) }
    }

    mutating func take(_ event: ImportedEvent) {
        progress?.add(1)
        tally.events += 1
        guard problem == nil else { return }
        let outcome = mapping.map(event)
        let (steps, skipped) = plan.add(event, outcome)
        if let skipped { tally.skip(skipped, of: event) }
        tally.add(steps, of: event)
        append(steps, event: event.index)
    }

    /// Places the master data's last records and writes out the lines; the spool to ingest.
    mutating func finish() throws -> LineSpool {
        append(plan.finish(), event: nil)
        if let problem { throw problem }
        guard let spool else { throw CLIError.internal(Message.Interchange.noSpool(NSTemporaryDirectory())) }
        try spool.flush()
        return spool
    }

    private mutating func note(_ error: any Error) {
        if problem == nil { problem = error as? CLIError ?? CLIError(classifying: error) }
    }

    private mutating func append(_ steps: [EPCISImportPlan.Step], event: Int?) {
        for step in steps where problem == nil {
            let record: TraceModel.Record
            switch step {
            case .signed(let signed, let id, _):
                record = signed
                if signed.issuer == importer, signed.seq >= seq {
                    seq = signed.seq + 1
                    prev = id
                }
            case .foreign(let mapped, let path):
                guard registered else {
                    problem = CLIError.input(
                        Message.Interchange.importerNotRegistered(
                            key: keyFile, party: importer, path: path, attesting: attesting))
                    return
                }
                if alreadyImported.contains(mapped.hashID) {
                    if skippedEvents.insert(mapped.hashID).inserted { alreadyImportedEvents += 1 }
                    continue
                }
                do {
                    let unsigned = try TraceModel.Record(
                        kind: mapped.kind, issuer: importer, seq: seq, prev: prev, at: mapped.at,
                        body: mapped.body.value)
                    record = try unsigned.signed(by: key)
                } catch {
                    problem = CLIError.input(
                        Message.Interchange.cannotMakeRecord(path, kind: mapped.kind.rawValue, .of(error)))
                    return
                }
                seq += 1
                prev = record.id
                signedByImporter += 1
            }
            do { try spool?.append(record.canonicalBytes) } catch { note(error) }
            origins.append(masterIndex[step.path].map { Int32(-1 - $0) } ?? Int32(event ?? 0))
        }
    }

    /// The plan step a line came from: the JSON path (or XML element) of its event or master-data element.
    func path(ofLine number: Int) -> String {
        guard let header, origins.indices.contains(number - 1) else { return "line \(number)" }
        let origin = Int(origins[number - 1])
        return origin >= 0 ? header.path(ofEvent: origin) : header.masterRecords[-1 - origin].path
    }
}

/// What the report of an import says of the document, tallied as its events are read.
struct ImportTally {
    var events = 0
    var masterRecords = 0
    var attestedLots: [ImportReport.AttestedLot] = []
    var kept: [ImportReport.Kept] = []
    var skipped: [ImportReport.Skipped] = []
    /// Skipped events by kind (event type, and whether it declares an error).
    var skippedKinds: [String: Int] = [:]

    /// Takes note of a skipped event.
    mutating func skip(_ skip: EPCISImportPlan.Skipped, of event: ImportedEvent) {
        skipped.append(
            ImportReport.Skipped(path: skip.path, eventID: skip.hashID, reason: skip.reason, event: event.partnerWords))
        skippedKinds[event.type + (event.declaresError ? " with errorDeclaration" : ""), default: 0] += 1
    }

    /// Takes note of the attestations of a partner's event: the lots they make, and the events kept as evidence.
    mutating func add(_ steps: [EPCISImportPlan.Step], of event: ImportedEvent) {
        for step in steps {
            guard case .foreign(let mapped, let path) = step, case .attest(let body) = mapped.body else { continue }
            if let kept = body.kept {
                self.kept.append(
                    ImportReport.Kept(
                        path: path, eventID: body.event.eventID, kind: kept.kind.rawValue, reason: kept.reason,
                        event: event.partnerWords))
                continue
            }
            guard let claim = body.claim?.body else { continue }
            let codes: [TraceCode]
            switch claim {
            case .produce(let b): codes = [b.batch]
            case .transform(let b): codes = b.outputs.map(\.batch)
            case .receive(let b): codes = b.accepted ? [b.as] : []
            default: codes = []
            }
            attestedLots += codes.map {
                ImportReport.AttestedLot(
                    code: $0.digits, party: body.party.id, partyName: body.party.name, kind: claim.kind.rawValue,
                    eventID: body.event.eventID)
            }
        }
    }
}
