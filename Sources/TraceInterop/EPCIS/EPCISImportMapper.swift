import TraceModel

/// One FoodTrace record body made from an imported event, unsigned, for the importing party to issue.
public struct MappedRecord: Sendable {
    public var kind: RecordKind
    public var body: AnyBody
    /// The event's time, to become the record's `at`.
    public var at: Timestamp
    /// The event's hash ID and original JSON, to travel with the record (see the report on the
    /// body field proposed for them).
    public var hashID: String
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
/// | event | record |
/// |---|---|
/// | carries `ft:record` (a FoodTrace export) | that record's kind and body, with the signed record |
/// | ObjectEvent ADD with quantities | `produce`, one per quantity element (product and origin from ``Defaults``) |
/// | TransformationEvent with input and output quantities | `transform` (`killing` → slaughter, otherwise process) |
/// | ObjectEvent shipping / departing | `ship` to the destination's owning (or possessing) party |
/// | ObjectEvent receiving / accepting / arriving | `receive` from the source party; refused when non_conformant |
/// | ObjectEvent retail_selling | `sell` (slip code derived from the hash ID; price unknown, written as 0) |
/// | ObjectEvent DELETE or bizStep destroying | `dispose` destroyed; disposition returned → `dispose` returned |
/// | anything else | skipped, with the reason |
///
/// Identifiers become trace codes and party ids as ``ImportIdentifiers`` describes. An event whose
/// quantity elements cannot all be used (no quantity, an inexact amount, an unknown unit) is
/// skipped whole; nothing is imported half.
public struct EPCISImportMapper: Sendable {
    /// What an event does not say but a FoodTrace body needs.
    public struct Defaults: Sendable {
        public var product: Product
        public var origin: Place

        public init(product: Product, origin: Place) {
            self.product = product
            self.origin = origin
        }
    }

    public var identifiers: ImportIdentifiers
    public var defaults: Defaults

    public init(importer: ImportingParty, defaults: Defaults) {
        self.identifiers = ImportIdentifiers(importer: importer)
        self.defaults = defaults
    }

    /// The outcome for every event of a document, in document order.
    public func map(_ document: EPCISImport) -> [ImportOutcome] {
        document.events.map { map($0) }
    }

    /// The record bodies for one event, or the reason it is skipped.
    public func map(_ event: ImportedEvent) -> ImportOutcome {
        if let record = event.foodTraceRecord {
            do {
                let body = try record.decodedBody()
                return .mapped([MappedRecord(kind: record.kind, body: body, at: record.at, hashID: event.hashID,
                    originalEvent: event.json, signedRecord: record)])
            } catch {
                return .skipped(reason: "the embedded FoodTrace record does not decode: \(error)")
            }
        }
        if event.declaresError {
            return .skipped(reason: "the event declares an error in an earlier event (errorDeclaration); corrections are not imported as records")
        }
        do {
            let bodies = try bodies(for: event)
            var mapped: [MappedRecord] = []
            for body in bodies {
                try body.value.validate()
                mapped.append(MappedRecord(kind: type(of: body.value).kind, body: body, at: event.eventTime, hashID: event.hashID,
                    originalEvent: event.json, signedRecord: nil))
            }
            return .mapped(mapped)
        } catch let skip as Skip {
            return .skipped(reason: skip.reason)
        } catch let problem as RecordProblem {
            return .skipped(reason: "the mapped body is invalid: \(problem)")
        } catch {
            return .skipped(reason: "\(error)")
        }
    }

    struct Skip: Error {
        var reason: String
    }
}
