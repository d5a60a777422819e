import TraceInterop
import TraceStore

/// What `import epcis` did, for text and JSON output.
struct ImportReport: Encodable {
    struct Skipped: Encodable {
        var path: String
        var eventID: String
        var reason: String
    }

    struct Rejected: Encodable {
        var path: String
        var record: String?
        var field: String
        var reason: String

        var text: String {
            var text = path
            if let record { text += ": record \(record)" }
            if field != "$" { text += ": field \(field)" }
            return text + ": " + reason
        }
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
    /// Foreign events this party had imported before (left out).
    var alreadyImportedEvents: Int
    var committed: Bool
    var skipped: [Skipped]
    var rejected: [Rejected]

    init(source: String, document: EPCISImport, plan: EPCISImportPlan, lines: ImportLines, ingest: IngestReport) {
        self.source = source
        events = document.events.count
        masterRecords = document.masterRecords.count
        accepted = ingest.accepted
        alreadyPresent = ingest.alreadyPresent
        signedByImporter = ingest.committed ? lines.signedByImporter : 0
        alreadyImportedEvents = lines.alreadyImportedEvents
        committed = ingest.committed && ingest.rejected.isEmpty
        skipped = plan.skipped.map { Skipped(path: $0.path, eventID: $0.hashID, reason: $0.reason) }
        rejected = ingest.rejected.map {
            Rejected(path: lines.path(ofLine: $0.line), record: $0.recordID, field: $0.field, reason: $0.reason)
        }
    }

    var text: String {
        var lines = [
            "\(source): \(events) events, \(masterRecords) master-data records: \(accepted) records accepted "
                + "(\(signedByImporter) signed by the importing party), \(alreadyPresent) already present, "
                + "\(alreadyImportedEvents) events imported before, \(skipped.count) events skipped"
                + (committed ? "" : "; refused, nothing was stored")
        ]
        for skip in skipped { lines.append("skipped \(skip.path) (\(skip.eventID)): \(skip.reason)") }
        return lines.joined(separator: "\n")
    }
}
