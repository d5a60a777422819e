import TraceInterop
import TraceModel
import TraceStore

/// What `import epcis` did, for text and JSON output.
struct ImportReport: Encodable {
    struct Skipped: Encodable {
        var path: String
        var eventID: String
        var reason: String
        /// The event in the sender's words (see ``ImportedEvent/partnerWords``).
        var event: String
    }

    struct Rejected: Encodable {
        var path: String
        /// The event in the sender's words, when the refused record came from an event.
        var event: String?
        var record: String?
        var field: String
        var reason: String
        /// Later records of the same chain refused only because this one was (chain gaps), not listed apart.
        var followingInChain = 0

        var text: String {
            var text = path
            if let event { text += " (\(event))" }
            if let record { text += ": record \(record)" }
            if field != "$" { text += ": field \(field)" }
            text += ": " + reason
            if followingInChain > 0 {
                text += "; \(followingInChain) later record(s) of the same chain were refused because of it"
            }
            return text
        }

        /// A refusal that only follows from an earlier one: a gap left in a chain by a refused record.
        var followsEarlierRefusal: Bool { reason.contains("gap in the chain") }
    }

    var source: String
    var events: Int
    var masterRecords: Int
    /// Records appended (none when anything was refused).
    var accepted: Int
    /// Records the store already held.
    var alreadyPresent: Int
    /// Of the accepted records, those the importing party signed for foreign events.
    var signedByImporter: Int
    /// For a partner's document (`--from`): the document's SHA-256 and the partner its events are attested from;
    /// every record the importing party signed is then an attestation.
    var attestedDocument: String?
    var attestedFrom: String?
    /// For a partner's document: the lots its events make, each under its trace code, with the external party
    /// holding it and the event it comes from, in document order.
    var attestedLots: [AttestedLot] = []

    struct AttestedLot: Encodable {
        var code: String
        var party: String
        var partyName: String?
        var kind: String
        var eventID: String
    }
    /// For a partner's document: the events kept as evidence without an act in the graph (attested, not traced),
    /// with what they are and why, in document order, and counted by kind.
    var kept: [Kept] = []
    var keptByKind: [KindCount] = []

    struct Kept: Encodable {
        var path: String
        var eventID: String
        /// `aggregation`, `association`, `transaction`, `errorDeclaration` or `other`.
        var kind: String
        var reason: String
        var event: String
    }
    /// Foreign events this party had imported before (left out).
    var alreadyImportedEvents: Int
    var committed: Bool
    /// Skipped events counted by kind (event type, and whether it declares an error), most frequent first.
    var skippedByKind: [KindCount]
    var skipped: [Skipped]

    struct KindCount: Encodable {
        var kind: String
        var count: Int
    }
    var rejected: [Rejected]

    init(
        source: String, document: EPCISImport, plan: EPCISImportPlan, lines: ImportLines, ingest: IngestReport,
        attested: EPCISImportMapper.Attesting? = nil
    ) {
        self.source = source
        attestedDocument = attested?.document
        attestedFrom = attested?.from
        let eventsByPath = Dictionary(document.events.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for step in plan.steps {
            guard case .foreign(let mapped, let path) = step, case .attest(let body) = mapped.body else { continue }
            if let kept = body.kept {
                self.kept.append(
                    Kept(
                        path: path, eventID: body.event.eventID, kind: kept.kind.rawValue, reason: kept.reason,
                        event: eventsByPath[path]?.partnerWords ?? path))
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
                AttestedLot(
                    code: $0.digits, party: body.party.id, partyName: body.party.name, kind: claim.kind.rawValue,
                    eventID: body.event.eventID)
            }
        }
        events = document.events.count
        masterRecords = document.masterRecords.count
        accepted = ingest.accepted
        alreadyPresent = ingest.alreadyPresent
        signedByImporter = ingest.committed ? lines.signedByImporter : 0
        alreadyImportedEvents = lines.alreadyImportedEvents
        committed = ingest.committed && ingest.rejected.isEmpty
        var keptKinds: [String: Int] = [:]
        for entry in kept { keptKinds[entry.kind, default: 0] += 1 }
        keptByKind = keptKinds.map { KindCount(kind: $0.key, count: $0.value) }.sorted {
            ($0.count, $1.kind) > ($1.count, $0.kind)
        }
        skipped = plan.skipped.map {
            Skipped(
                path: $0.path, eventID: $0.hashID, reason: $0.reason,
                event: eventsByPath[$0.path]?.partnerWords ?? $0.path)
        }
        var kinds: [String: Int] = [:]
        for skip in plan.skipped {
            guard let event = eventsByPath[skip.path] else { continue }
            kinds[event.type + (event.declaresError ? " with errorDeclaration" : ""), default: 0] += 1
        }
        skippedByKind = kinds.map { KindCount(kind: $0.key, count: $0.value) }.sorted {
            ($0.count, $1.kind) > ($1.count, $0.kind)
        }
        // One cause, reported once: the gaps a refused record leaves in its chain are counted under it.
        var rejected: [Rejected] = []
        for refusal in ingest.rejected {
            let path = lines.path(ofLine: refusal.line)
            let entry = Rejected(
                path: path, event: eventsByPath[path]?.partnerWords, record: refusal.recordID, field: refusal.field,
                reason: refusal.reason)
            if entry.followsEarlierRefusal, !rejected.isEmpty {
                rejected[rejected.count - 1].followingInChain += 1
            } else {
                rejected.append(entry)
            }
        }
        self.rejected = rejected
    }

    var text: String {
        var lines = [
            "\(source): \(events) events, \(masterRecords) master-data records: \(accepted) records accepted "
                + "(\(signedByImporter) signed by the importing party"
                + (attestedDocument.map { d in ": attestations of document \(d) from \(attestedFrom ?? "?")" } ?? "")
                + "), \(alreadyPresent) already present, "
                + "\(alreadyImportedEvents) events imported before, "
                + (attestedDocument == nil ? "" : "\(kept.count) events kept, not traced, ")
                + "\(skipped.count) events skipped"
                + (committed ? "" : "; refused, nothing was stored")
        ]
        if !skippedByKind.isEmpty {
            lines.append(
                "skipped by kind: " + skippedByKind.map { "\($0.kind) ×\($0.count)" }.joined(separator: ", "))
        }
        for lot in attestedLots {
            lines.append(
                "lot \(lot.code): \(lot.kind) by \(lot.partyName.map { "\($0) " } ?? "")(\(lot.party)), attested; event \(lot.eventID)"
            )
        }
        if !keptByKind.isEmpty {
            lines.append(
                "kept, not traced, by kind: " + keptByKind.map { "\($0.kind) ×\($0.count)" }.joined(separator: ", "))
        }
        for entry in kept { lines.append("kept, not traced: \(entry.path) (\(entry.event)): \(entry.reason)") }
        for skip in skipped { lines.append("skipped \(skip.path) (\(skip.event)): \(skip.reason)") }
        return lines.joined(separator: "\n")
    }
}
