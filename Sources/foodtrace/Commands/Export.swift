import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Export.Export"),
            subcommands: [Records.self, EPCISDocument.self, FSMA204.self])

        struct Records: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Export.Records"),
                discussion: HelpText.discussion(.Help.discussion("Export.Records"))
            )

            @OptionGroup var options: StoreOptions
            @Option(help: "Only records issued by this party.") var party: String?
            @Option(help: "Only records ingested at or after this time.") var since: String?
            @Option(help: "Write to this file instead of standard output.") var out: String?
            @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false

            func run() throws {
                try runReporting {
                    let sinceMilliseconds = try since.map { try Clock.parse($0, option: "--since").epochMilliseconds }
                    // --party resolves a market or an area through the store's party directory (either engine).
                    let issuers = try party.map { try PartyArgument.resolve($0, in: try options.openGraph()).members }
                    let store = try options.openLedger(readOnly: true)
                    let total =
                        party == nil && since == nil && ProgressLine.wanted ? try store.counts()["records"] : nil
                    try ProgressLine.around(task: .exportTask, unit: .records, counter: ProgressCounter(total: total)) {
                        counter in
                        try ExportWindow.streaming(to: out, force: force) { sink in
                            try store.forEachRecord(issuers: issuers, since: sinceMilliseconds) { record in
                                sink.write(record.raw)
                                sink.write([0x0A])
                                counter.add(1)
                            }
                        }
                    }
                }
            }
        }
    }
}
