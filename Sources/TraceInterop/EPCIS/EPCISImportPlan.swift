import TraceCrypto
import TraceModel

/// The records an import appends, in the order it appends them, and the events it skips.
///
/// Signed FoodTrace records (from the master data and from events' `ft:record`) keep the order of
/// the ledger they were exported from: a master-data record goes right before the event its
/// `ft:eventsBefore` counts up to (first when it does not say), event records in document order.
/// Foreign events become records for the importing party to sign, in document order among the rest.
/// Appending the steps in this order reproduces an exported ledger exactly: same records, same ids,
/// same signatures.
public struct EPCISImportPlan: Sendable {
    /// One record to append.
    public enum Step: Sendable {
        /// A record signed elsewhere, appended as it is (its signature is checked on ingest).
        case signed(record: Record, id: String, path: String)
        /// A body made from a foreign event, for the importing party to sign.
        case foreign(MappedRecord, path: String)

        /// JSON path of the event or master-data element the step comes from.
        public var path: String {
            switch self {
            case .signed(_, _, let path), .foreign(_, let path): return path
            }
        }
    }

    /// An event the graph cannot use.
    public struct Skipped: Sendable, Equatable {
        /// JSON path of the event.
        public var path: String
        /// The event's hash ID.
        public var hashID: String
        /// Why the graph cannot use it.
        public var reason: String
    }

    /// The records to append, in order.
    public private(set) var steps: [Step] = []
    /// The events skipped, in document order.
    public private(set) var skipped: [Skipped] = []

    /// The plan for a document read by ``EPCISReader`` and the mapper's outcome for each of its events.
    public init(document: EPCISImport, outcomes: [ImportOutcome]) {
        precondition(outcomes.count == document.events.count, "one outcome per event")
        var builder = Builder(masterRecords: document.masterRecords)
        for (event, outcome) in zip(document.events, outcomes) {
            let next = builder.add(event, outcome)
            steps += next.steps
            if let skip = next.skipped { skipped.append(skip) }
        }
        steps += builder.finish()
    }

    /// Makes a plan a step at a time, for a document read as a stream: the steps each event brings, in order.
    public struct Builder: Sendable {
        private var masters: [MasterRecord]
        private var next = 0
        private var events = 0

        /// A plan for a document whose master data holds `masterRecords` (in document order).
        public init(masterRecords: [MasterRecord]) {
            masters = masterRecords.enumerated().sorted {
                ($0.element.eventsBefore ?? -1, $0.offset) < ($1.element.eventsBefore ?? -1, $1.offset)
            }.map(\.element)
        }

        /// The steps before and of the document's next event, and the event when the graph cannot use it.
        public mutating func add(_ event: ImportedEvent, _ outcome: ImportOutcome) -> (
            steps: [Step], skipped: Skipped?
        ) {
            var steps = mastersBefore(event: events)
            events += 1
            switch outcome {
            case .skipped(let reason):
                return (steps, Skipped(path: event.path, hashID: event.hashID, reason: reason))
            case .mapped(let records):
                for mapped in records {
                    if let record = mapped.signedRecord {
                        steps.append(.signed(record: record, id: record.id, path: event.path))
                    } else {
                        steps.append(.foreign(mapped, path: event.path))
                    }
                }
                return (steps, nil)
            }
        }

        /// The steps after the last event: the master data's records not placed yet.
        public mutating func finish() -> [Step] {
            mastersBefore(event: Int.max)
        }

        /// The master-data records not placed yet that go before the event after `count` events.
        private mutating func mastersBefore(event count: Int) -> [Step] {
            var steps: [Step] = []
            while next < masters.endIndex, (masters[next].eventsBefore ?? -1) <= count {
                let master = masters[next]
                steps.append(.signed(record: master.record, id: master.id, path: master.path))
                next += 1
            }
            return steps
        }
    }
}
