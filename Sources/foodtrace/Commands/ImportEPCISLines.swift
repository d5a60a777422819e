import Foundation
import TraceCrypto
import TraceInterop
import TraceModel
import TraceStore

/// The ingest lines of an import plan: signed records as they are, foreign bodies signed by the
/// importing party in a chain continuing its last record.
struct ImportLines {
    private(set) var lines: [IngestLine] = []
    /// The plan step of each line (line n is `paths[n - 1]`).
    private(set) var paths: [String] = []
    /// Records the importing party signed.
    private(set) var signedByImporter = 0
    /// Foreign events the importing party had already imported (by hash ID), left out.
    private(set) var alreadyImportedEvents = 0
    /// The importing party's chain as it stood when its records were signed: the ingest checks it still does.
    let head: ChainHead

    init(plan: EPCISImportPlan, importer: String, key: PrivateKey, store: TraceStore, alreadyImported: Set<String>)
        throws
    {
        var (seq, prev) = try store.nextSeq(for: importer)
        head = ChainHead(issuer: importer, nextSeq: seq, prev: prev)
        var skippedEvents: Set<String> = []
        for step in plan.steps {
            let record: TraceModel.Record
            switch step {
            case .signed(let signed, let id, _):
                record = signed
                if signed.issuer == importer, signed.seq >= seq {
                    seq = signed.seq + 1
                    prev = id
                }
            case .foreign(let mapped, let path):
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
                    throw CLIError.input(
                        Message.Interchange.cannotMakeRecord(path, kind: mapped.kind.rawValue, .of(error)))
                }
                seq += 1
                prev = record.id
                signedByImporter += 1
            }
            lines.append(IngestLine(number: lines.count + 1, bytes: record.canonicalBytes))
            paths.append(step.path)
        }
    }

    /// Drops the record bytes once ingested (the paths stay for the report).
    mutating func forget() { lines = [] }

    /// The plan step a line came from.
    func path(ofLine number: Int) -> String {
        paths.indices.contains(number - 1) ? paths[number - 1] : "line \(number)"
    }
}
