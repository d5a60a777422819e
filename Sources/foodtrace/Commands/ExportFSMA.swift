import ArgumentParser
import Foundation
import TraceGraph
import TraceInterop
import TraceModel
import TraceStore
import TraceStoreInterop

extension FoodTrace.Export {
    /// `foodtrace export fsma204`: the FDA FSMA 204 electronic sortable spreadsheet, streamed.
    struct FSMA204: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fsma204",
            abstract: HelpText.abstract("ExportFSMA.FSMA204"),
            discussion: HelpText.discussion(.Help.fsma204(columns: FSMA204Row.columns)))

        @OptionGroup var options: StoreOptions
        @Option(help: "Only the rows of this lot's trace, upstream and downstream (a 20-digit trace code).") var lot:
            String?
        @OptionGroup var window: TimeWindowOptions
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

        func run() throws {
            try runReporting {
                let window = try ExportWindow.make(party: nil, window: window)
                let store = try options.open(readOnly: true)
                let lots = try lot.map { try Self.tracedLots(from: try TraceCodeArgument.parse($0), in: store) }
                var rowCount = 0
                try ExportWindow.streaming(to: out, force: force) { sink in
                    let lookup = EPCISPartyLookup()
                    var writer = FSMA204Writer { sink.write($0) }
                    writer.begin()
                    try store.forEachRecord(window: window) { stored, view in
                        guard Self.mayHaveRows(stored.kind) else { return }
                        lookup.view = view
                        let rows = try FSMA204Rows.rows(forStoredRecord: stored.raw, id: stored.id, parties: lookup)
                        try lookup.check()
                        for row in rows where lots?.contains(row.traceabilityLotCode) ?? true { writer.write(row: row) }
                    }
                    rowCount = writer.rowCount
                }
                ExportWindow.summarize(.Export.fsma204(rows: rowCount), out: out)
            }
        }

        /// Only these kinds can be critical tracking events (``FSMA204Rows``); the rest are not even read.
        static func mayHaveRows(_ kind: RecordKind) -> Bool {
            [.produce, .transform, .ship, .receive].contains(kind)
        }

        /// Every code in the upstream and the downstream trace of `code`.
        static func tracedLots(from code: String, in store: TraceStore) throws -> Set<String> {
            let traced: Result<Set<String>, TraceError> = try store.withGraph { reader in
                var tracer = Tracer(reader: reader)
                do {
                    let up = try tracer.up(from: code)
                    let down = try tracer.down(from: code)
                    return .success(Set(up.nodes.map(\.code)).union(down.nodes.map(\.code)))
                } catch let error as TraceError {
                    return .failure(error)
                }
            }
            do {
                return try traced.get()
            } catch {
                throw CLIError.input(.about("--lot \(code)", .of(error)))
            }
        }
    }
}
