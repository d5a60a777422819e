import ArgumentParser
import Foundation
import TraceModel
import TraceStore
import TraceSync

extension FoodTrace {
    /// `foodtrace pull --from URL`: copies a hub's records into this store.
    struct Pull: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Pull.Pull"),
            discussion: HelpText.discussion(.Help.discussion("Pull.Pull")))

        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp("The hub's URL, e.g. http://127.0.0.1:8080.", valueName: "url")) var from: String
        @Option(help: ArgumentHelp("Only this party's records (and its stalls').", valueName: "id")) var party: String?
        @Option(help: ArgumentHelp("Only the records of this area's parties.", valueName: "code")) var area: String?
        @Option(help: ArgumentHelp("A bearer token with read:trace.", valueName: "token")) var token: String?
        @Option(help: "Records per page.") var page = 5_000
        @Option(help: "Attempts per request before giving up.") var attempts = 8
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let store = try options.open()
                let bearer = token ?? ProcessInfo.processInfo.environment["FOODTRACE_TOKEN"]
                var client = try SyncCommand.client(from, token: bearer, attempts: attempts)
                client.log = { Console.error("foodtrace: pull: " + OutputLanguage.text($0)) }
                let pull = TraceSync.Pull(
                    store: store, client: client, filter: RecordFilter(party: party, area: area), pageSize: page,
                    now: try Clock.reading())
                let outcome = try SyncCommand.reporting { try pull.run() }
                let logged = try SyncCommand.checkLog(client, store: store.path)
                switch format {
                case .text:
                    Console.out(
                        OutputLanguage.text(
                            Message.Sync.pulled(
                                from: from, received: outcome.received, pages: outcome.pages,
                                accepted: outcome.accepted, present: outcome.alreadyPresent)))
                    if let logged { Console.out(SyncCommand.logLine(logged)) }
                case .json:
                    var output: [String: JSONOutputValue] = [
                        "pages": .int(outcome.pages), "received": .int(outcome.received),
                        "accepted": .int(outcome.accepted), "alreadyPresent": .int(outcome.alreadyPresent),
                    ]
                    SyncCommand.addLog(logged, to: &output)
                    Console.out(try JSONOutput.string(output))
                }
            }
        }
    }
}
