import ArgumentParser
import Foundation
import TraceInterop
import TraceModel
import TraceStore

extension FoodTrace.Export {
    /// `foodtrace export epcis`: the store as a GS1 EPCIS 2.0 JSON-LD document, streamed.
    struct EPCISDocument: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "epcis",
            abstract: "Records as a GS1 EPCIS 2.0 JSON-LD EPCISDocument (valid against the 2.0.1 schema), streamed.",
            discussion: """
                Every record becomes an event whose eventID is its EPCIS event hash ID and which carries the signed record \
                (ft:record, ft:recordID). register and revoke records are not events: every one of them, whatever the \
                filters, travels in the document's master data (epcisHeader, written after the event list), so that \
                `foodtrace import epcis` into an empty store trusting the same regulator can verify every record. \
                --party keeps one issuer's records; --since and --until keep records dated (by their time, not their \
                ingest) at or after --since and before --until. Memory stays flat whatever the store's size.
                """)

        @OptionGroup var options: StoreOptions
        @Option(help: "Only events issued by this party.") var party: String?
        @Option(help: "Only events dated at or after this time (2026-11-28 or an RFC 3339 time).") var since: String?
        @Option(help: "Only events dated before this time.") var until: String?
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run() throws {
            try runReporting {
                let window = try ExportWindow.make(party: party, since: since, until: until)
                let store = try options.open(readOnly: true)
                let creation = try Clock.now()
                let sink = try OutputSink(path: out)
                var writer = EPCISWriter(sink: { sink.write($0) }, spool: try EPCISFileSpool())
                writer.begin(creationDate: creation)
                do {
                    var pipeline = EPCISExportPipeline(parties: try EPCISPartyLookup.all(in: store))
                    try store.forEachRecord(window: window, alwaysIncluding: [.register, .revoke]) { stored, _ in
                        try pipeline.add(storedRecord: stored.raw, id: stored.id, to: &writer)
                    }
                    try pipeline.finish(writingTo: &writer)
                    try writer.end()
                } catch {
                    sink.close()
                    if let out { try? FileManager.default.removeItem(atPath: out) }
                    throw ExportWindow.cliError(error)
                }
                sink.close()
                let summary = "exported \(writer.eventCount) events and \(writer.masterRecordCount) register/revoke records"
                if let out { Console.out("\(summary) to \(out)") } else { Console.error(summary) }
            }
        }
    }
}

/// The filters and record handling `export epcis` and `export fsma204` share.
enum ExportWindow {
    static func make(party: String?, since: String?, until: String?) throws -> RecordWindow {
        let from = try since.map { try Clock.parse($0, option: "--since").epochMilliseconds }
        let to = try until.map { try Clock.parse($0, option: "--until").epochMilliseconds }
        if let from, let to, to <= from { throw CLIError.input("--until must be later than --since") }
        return RecordWindow(issuer: party, fromMilliseconds: from, untilMilliseconds: to)
    }

    static func cliError(_ error: any Error) -> any Error {
        if error is CLIError { return error }
        if let error = error as? InteropError { return CLIError.input("\(error)") }
        return CLIError.input("\(error)")
    }
}
