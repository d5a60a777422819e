import ArgumentParser
import Foundation
import TraceInterop
import TraceModel
import TraceStore
import TraceStoreInterop

extension FoodTrace.Export {
    /// `foodtrace export epcis`: the store as a GS1 EPCIS 2.0 document (JSON-LD or XML), streamed.
    struct EPCISDocument: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "epcis",
            abstract: HelpText.abstract("ExportEPCIS.EPCISDocument"),
            discussion: HelpText.discussion(.Help.discussion("ExportEPCIS.EPCISDocument")))

        @OptionGroup var options: StoreOptions
        @Option(help: "Only events issued by this party.") var party: String?
        @OptionGroup var window: TimeWindowOptions
        @Option(help: "json (JSON-LD) or xml.") var format: EPCISWriter.Binding = .jsonLD
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

        func run() throws {
            try runReporting {
                let window = try ExportWindow.make(party: party, window: window)
                let store = try options.open(readOnly: true)
                let creation = try Clock.now()
                var counts = (events: 0, master: 0)
                try ExportWindow.streaming(to: out, force: force) { sink in
                    var writer = EPCISWriter(
                        sink: { sink.write($0) }, spool: try EPCISFileSpool(), binding: format,
                        eventSpool: try EPCISFileSpool())
                    writer.begin(creationDate: creation)
                    var pipeline = EPCISExportPipeline(
                        parties: try EPCISPartyLookup.all(in: store), binding: format)
                    try store.forEachRecord(window: window, alwaysIncluding: [.register, .revoke]) { stored, _ in
                        try pipeline.add(storedRecord: stored.raw, id: stored.id, to: &writer)
                    }
                    try pipeline.finish(writingTo: &writer)
                    try writer.end()
                    counts = (writer.eventCount, writer.masterRecordCount)
                }
                ExportWindow.summarize(.Export.epcis(events: counts.events, masterRecords: counts.master), out: out)
            }
        }
    }
}

/// The filters and record handling `export epcis` and `export fsma204` share.
enum ExportWindow {
    static func make(party: String?, window: TimeWindowOptions) throws -> RecordWindow {
        let (from, to) = try window.milliseconds()
        return RecordWindow(issuer: party, fromMilliseconds: from, untilMilliseconds: to)
    }

    /// Streams an export to `out` (standard output when `nil`); on an error no half-written file is left and the
    /// error is reported with its exit code (``CLIError/init(classifying:)``).
    static func streaming(to out: String?, force: Bool, _ body: (OutputSink) throws -> Void) throws {
        do {
            try OutputFile.streaming(to: out, force: force, body)
        } catch {
            throw CLIError(classifying: error)
        }
    }

    /// The export's one-line summary: on standard output when the export went to a file, else on standard error
    /// (standard output holds the export).
    static func summarize(_ summary: Message, out: String?) {
        if let out {
            Console.out(OutputLanguage.text(.Export.written(summary, to: out)))
        } else {
            Console.error(OutputLanguage.text(summary))
        }
    }
}

extension EPCISWriter.Binding: ExpressibleByArgument {}
