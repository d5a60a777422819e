import TraceModel

/// One FoodTrace record body made from an imported event, unsigned, for the importing party to issue.
public struct MappedRecord: Sendable {
    /// The record kind of ``body``.
    public var kind: RecordKind
    /// The record body; for a foreign event with its `epcis` origin set.
    public var body: AnyBody
    /// The event's time, to become the record's `at`.
    public var at: Timestamp
    /// The event's hash ID and original JSON. For a foreign event the body carries both in its
    /// `epcis` field (``EPCISOrigin``: the hash ID and the event's RFC 8785 canonical text).
    public var hashID: String
    /// The event as it stood in the document.
    public var originalEvent: JSONValue
    /// When the event came from a FoodTrace export: the signed record it carried. Ingest that record
    /// (after verifying its signature) rather than issuing a new one.
    public var signedRecord: Record?
}

/// What became of one imported event.
public enum ImportOutcome: Sendable {
    case mapped([MappedRecord])
    /// The graph cannot use the event; `reason` says why, for the import report.
    case skipped(reason: String)
}

/// Turns imported EPCIS events into FoodTrace record bodies for an importing party.
///
/// A body made from a foreign event carries that event in its `epcis` field (hash ID and canonical
/// JSON), so the record shows where it came from and the event can be re-hashed; an event whose
/// canonical text is longer than a record may hold (8192 bytes) is skipped.
///
/// | event | record |
/// |---|---|
/// | carries `ft:record` (a FoodTrace export) | that record's kind and body, with the signed record |
/// | ObjectEvent ADD with lots | `produce`, one per lot (product and origin from ``Defaults``) |
/// | TransformationEvent with input and output quantities | `transform` (`killing` → slaughter, otherwise process) |
/// | ObjectEvent shipping / departing | `ship` to the destination's owning (or possessing) party |
/// | ObjectEvent receiving / accepting / arriving | `receive` from the source party; refused when non_conformant |
/// | ObjectEvent retail_selling | `sell` (slip code derived from the hash ID; price unknown, written as 0) |
/// | ObjectEvent DELETE or bizStep destroying | `dispose` destroyed; disposition returned → `dispose` returned |
/// | anything else | skipped, with the reason |
///
/// An event's lots are its quantity elements and its EPCs: instances counted as pieces of their class, a
/// logistic unit standing for what the document's AggregationEvents put in it (``LogisticUnits``); an
/// AggregationEvent itself records packing, not an act on lots. Identifiers become trace codes and party ids
/// as ``ImportIdentifiers`` describes. An event whose quantity elements cannot all be used (no quantity, an
/// inexact amount, an unknown unit) is skipped whole; nothing is imported half.
public struct EPCISImportMapper: Sendable {
    /// What an event does not say but a FoodTrace body needs.
    public struct Defaults: Sendable {
        /// The product of lots an event makes (a GTIN in the lot identifier replaces the code).
        public var product: Product
        /// The origin of lots a commissioning event makes.
        public var origin: Place

        /// Defaults with this product and origin.
        public init(product: Product, origin: Place) {
            self.product = product
            self.origin = origin
        }
    }

    /// A partner's document, whose events the importing party attests rather than signs as its own acts.
    public struct Attesting: Sendable {
        /// `sha256:…` of the document's bytes as received.
        public var document: String
        /// The partner the document came from (a GS1 key URI).
        public var from: String
        /// When the importing party attests: its records' `at`.
        public var at: Timestamp
        /// The names the document's master data gives.
        public var names: EPCISMasterNames

        public init(document: String, from: String, at: Timestamp, names: EPCISMasterNames) {
            self.document = document
            self.from = from
            self.at = at
            self.names = names
        }
    }

    /// How foreign identifiers become trace codes and party ids for the importer's own events.
    public var identifiers: ImportIdentifiers
    /// What events do not say.
    public var defaults: Defaults
    /// Set for a partner's document: each event becomes an `attest` record (see ``AttestBody``), its act the
    /// external party's, its lots and parties numbered as ``ExternalIdentifiers`` says, whoever imports.
    public var attesting: Attesting?

    /// A mapper for `importer`'s own events (its ERP's document): the importer's node numbers the imported lots.
    public init(importer: ImportingParty, defaults: Defaults) {
        self.identifiers = ImportIdentifiers(importer: importer)
        self.defaults = defaults
    }

    /// A mapper for a partner's document, attested by `importer`.
    public init(importer: ImportingParty, attesting: Attesting, defaults: Defaults) {
        self.init(importer: importer, defaults: defaults)
        self.attesting = attesting
    }

    /// What logistic units hold according to events attested before this document (packed at the sender, received
    /// here): see ``remember(aggregationEvents:)``.
    var knownUnits = LogisticUnits()

    /// Takes note of AggregationEvents attested from earlier documents (their canonical JSON, in the order they were
    /// attested), so that a receipt of a pallet packed in another partner's document acts on its contents.
    public mutating func remember(aggregationEvents: [String]) {
        for (index, text) in aggregationEvents.enumerated() {
            guard let json = try? JSONParser.parse(Array(text.utf8)),
                let event = try? EPCISReader.read(event: json, index: index, path: "", context: EPCISContext())
            else { continue }
            knownUnits.record(event)
        }
    }

    /// The outcome for every event of a document, in document order: an event naming a logistic unit acts on what
    /// the document's earlier AggregationEvents (and those attested before, ``knownUnits``) say it holds
    /// (``LogisticUnits``).
    public func map(_ document: EPCISImport) -> [ImportOutcome] {
        var units = knownUnits
        return document.events.map { event in
            let outcome = map(event, units: units)
            units.record(event)
            return outcome
        }
    }

    /// The record bodies for one event, or the reason it is skipped; logistic units it names count as one piece
    /// each (``map(_:)`` knows what a document's units hold).
    public func map(_ event: ImportedEvent) -> ImportOutcome {
        map(event, units: LogisticUnits())
    }

    func map(_ event: ImportedEvent, units: LogisticUnits) -> ImportOutcome {
        if let record = event.foodTraceRecord {
            do {
                let body = try record.decodedBody()
                return .mapped([
                    MappedRecord(
                        kind: record.kind, body: body, at: record.at, hashID: event.hashID,
                        originalEvent: event.json, signedRecord: record)
                ])
            } catch {
                return .skipped(reason: Message.EPCISImport.embeddedRecord(.of(error)).en)
            }
        }
        if event.declaresError, attesting == nil {
            return .skipped(reason: Message.EPCISImport.declaresError.en)
        }
        do {
            let origin = try self.origin(of: event)
            if let attesting { return .mapped(try attested(event, origin: origin, attesting, units: units)) }
            let bodies = try self.bodies(
                for: event, actor: (identifiers.importer.id, identifiers.importer.id), units: units)
            var mapped: [MappedRecord] = []
            for body in bodies {
                let withOrigin = body.carrying(origin)
                try withOrigin.value.validate()
                mapped.append(
                    MappedRecord(
                        kind: type(of: body.value).kind, body: withOrigin, at: event.eventTime, hashID: event.hashID,
                        originalEvent: event.json, signedRecord: nil))
            }
            return .mapped(mapped)
        } catch let skip as Skip {
            return .skipped(reason: skip.reason)
        } catch let problem as RecordProblem {
            return .skipped(reason: Message.EPCISImport.invalidBody(problem.text).en)
        } catch {
            return .skipped(reason: "\(error)")
        }
    }

    /// Why an event makes no act: its reason from the message catalogue (``Message/EPCISImport``).
    struct Skip: Error {
        var text: Message
        /// The reason in English, as the plan, the JSON report and a kept event's record carry it.
        var reason: String { text.en }

        init(_ text: Message) { self.text = text }
    }

    /// The longest event a record can carry: a record's strings are read with TraceModel's default limit.
    static let maxEventBytes = JSONParser.Limits().maxStringBytes

    /// The event's hash ID and canonical text, for the record's `epcis` field.
    func origin(of event: ImportedEvent) throws -> EPCISOrigin {
        let text: String
        do {
            text = try CanonicalJSON.string(event.json)
        } catch {
            throw Skip(.EPCISImport.noCanonicalForm(path: error.path, .verbatim(error.reason)))
        }
        guard text.utf8.count <= EPCISImportMapper.maxEventBytes else {
            throw Skip(.EPCISImport.eventTooLong(bytes: text.utf8.count, most: EPCISImportMapper.maxEventBytes))
        }
        return EPCISOrigin(eventID: event.hashID, event: text)
    }
}

extension AnyBody {
    /// The body with its `epcis` field set, for the kinds that have one (the kinds an import makes).
    func carrying(_ origin: EPCISOrigin) -> AnyBody {
        switch self {
        case .produce(var b):
            b.epcis = origin
            return .produce(b)
        case .transform(var b):
            b.epcis = origin
            return .transform(b)
        case .ship(var b):
            b.epcis = origin
            return .ship(b)
        case .receive(var b):
            b.epcis = origin
            return .receive(b)
        case .sell(var b):
            b.epcis = origin
            return .sell(b)
        case .dispose(var b):
            b.epcis = origin
            return .dispose(b)
        case .register, .revoke, .certify, .test, .use, .recall, .count, .void, .attest: return self
        }
    }
}
