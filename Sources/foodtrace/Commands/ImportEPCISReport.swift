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

        /// The event and the reason in the reader's language (text output; JSON keeps the English).
        var eventText: Message { .EPCISImport.readingEvent(event) }
        var reasonText: Message { .EPCISImport.reading(reason) }
    }

    struct Rejected: Encodable {
        var path: String
        /// The event in the sender's words, when the refused record came from an event.
        var event: String?
        var record: String?
        var field: String
        var reason: String
        /// The reason in Chinese and English (text output; JSON keeps the English `reason`).
        var reasonText: Message
        /// Later records of the same chain refused only because this one was (chain gaps), not listed apart.
        var followingInChain = 0

        enum CodingKeys: String, CodingKey {
            case path, event, record, field, reason, followingInChain
        }

        var text: Message {
            Message.Interchange.importRejected(
                path: path, event: event.map(Message.EPCISImport.readingEvent), record: record,
                field: field == "$" ? nil : field, reasonText,
                following: followingInChain)
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
        /// Why, as the kept event's signed record says it (English).
        var reason: String
        var event: String

        /// The event and the reason in the reader's language (text output; JSON keeps the English).
        var eventText: Message { .EPCISImport.readingEvent(event) }
        var reasonText: Message { .EPCISImport.reading(reason) }
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

    /// The report of an import whose document `lines` read; `rejectedEvents` are the partner's words for the events
    /// of refused records, by path.
    init(
        source: String, lines: ImportLines, ingest: IngestReport, attested: EPCISImportMapper.Attesting? = nil,
        rejectedEvents: [String: String] = [:]
    ) {
        self.source = source
        attestedDocument = attested?.document
        attestedFrom = attested?.from
        attestedLots = lines.tally.attestedLots
        kept = lines.tally.kept
        events = lines.tally.events
        masterRecords = lines.tally.masterRecords
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
        skipped = lines.tally.skipped
        skippedByKind = lines.tally.skippedKinds.map { KindCount(kind: $0.key, count: $0.value) }.sorted {
            ($0.count, $1.kind) > ($1.count, $0.kind)
        }
        // One cause, reported once: the gaps a refused record leaves in its chain are counted under it.
        var rejected: [Rejected] = []
        for refusal in ingest.rejected {
            let path = lines.path(ofLine: refusal.line)
            let entry = Rejected(
                path: path, event: rejectedEvents[path], record: refusal.recordID, field: refusal.field,
                reason: refusal.reason, reasonText: refusal.reasonText)
            if entry.followsEarlierRefusal, !rejected.isEmpty {
                rejected[rejected.count - 1].followingInChain += 1
            } else {
                rejected.append(entry)
            }
        }
        self.rejected = rejected
    }

    var text: Message {
        typealias Text = Message.Interchange
        var lines = [
            Text.importSummary(
                source: source, events: events, masterRecords: masterRecords, accepted: accepted,
                signedByImporter: signedByImporter, attested: attestedDocument.map { ($0, attestedFrom ?? "?") },
                alreadyPresent: alreadyPresent, importedBefore: alreadyImportedEvents,
                kept: attestedDocument == nil ? nil : kept.count, skipped: skipped.count, committed: committed)
        ]
        if !skippedByKind.isEmpty { lines.append(Text.skippedByKind(skippedByKind.map { ($0.kind, $0.count) })) }
        for lot in attestedLots {
            lines.append(
                Text.attestedLot(
                    code: lot.code, kind: lot.kind, partyName: lot.partyName, party: lot.party, event: lot.eventID))
        }
        if !keptByKind.isEmpty { lines.append(Text.keptByKind(keptByKind.map { ($0.kind, $0.count) })) }
        for entry in kept {
            lines.append(Text.keptEvent(path: entry.path, event: entry.eventText, reason: entry.reasonText))
        }
        for skip in skipped {
            lines.append(Text.skippedEvent(path: skip.path, event: skip.eventText, reason: skip.reasonText))
        }
        return Message(
            "interchange.import-report", zh: lines.map(\.zh).joined(separator: "\n"),
            en: lines.map(\.en).joined(separator: "\n"))
    }
}
