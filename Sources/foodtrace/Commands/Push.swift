import ArgumentParser
import Foundation
import TraceModel
import TraceSync

extension FoodTrace {
    /// `foodtrace push --to URL`: sends the records a hub lacks.
    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Push.Push"),
            discussion: HelpText.discussion(.Help.discussion("Push.Push")))

        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp("The hub's URL, e.g. http://127.0.0.1:8080.", valueName: "url")) var to: String
        @Option(help: "Records per batch.") var batch = 2_000
        @Option(help: "Attempts per request before giving up.") var attempts = 8
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let store = try options.open(readOnly: true)
                var client = try SyncCommand.client(to, token: nil, attempts: attempts)
                client.log = { Console.error("foodtrace: push: " + OutputLanguage.text($0)) }
                let push = TraceSync.Push(store: store, client: client, batchSize: batch)
                let outcome = try SyncCommand.reporting { try push.run() }
                let logged = try SyncCommand.checkLog(client, store: store.path)
                switch format {
                case .text:
                    Console.out(
                        OutputLanguage.text(
                            Message.Sync.pushed(
                                to: to, sent: outcome.sent, batches: outcome.batches, accepted: outcome.accepted,
                                present: outcome.alreadyPresent)))
                    if let logged { Console.out(SyncCommand.logLine(logged)) }
                case .json:
                    var output: [String: JSONOutputValue] = [
                        "batches": .int(outcome.batches), "sent": .int(outcome.sent),
                        "accepted": .int(outcome.accepted),
                        "alreadyPresent": .int(outcome.alreadyPresent),
                    ]
                    SyncCommand.addLog(logged, to: &output)
                    Console.out(try JSONOutput.string(output))
                }
            }
        }
    }
}

/// What push and pull share: the client, and exit codes for the hub's answers.
enum SyncCommand {
    static func client(_ url: String, token: String?, attempts: Int) throws -> HubClient {
        do {
            var client = try HubClient(url: url, token: token, attempts: attempts)
            client.log = nil
            return client
        } catch { throw CLIError.input(error.text) }
    }

    /// Checks the hub's transparency log against the head this store saw last (kept in `STORE.log.json`): exit 1,
    /// with both heads on standard error, when the hub's log does not extend it.
    static func checkLog(_ client: HubClient, store: String?) throws -> LogWatch.Outcome? {
        do {
            return try LogWatch(client: client, statePath: store.map { $0 + ".log.json" }).check()
        } catch  where error.code == .refused && error.status == 404 {
            Console.error("foodtrace: " + OutputLanguage.text(Message.Sync.noHubLog))
            return nil
        } catch {
            throw CLIError(classifying: error)
        }
    }

    static func logLine(_ outcome: LogWatch.Outcome) -> String {
        OutputLanguage.text(
            Message.Sync.hubLog(
                size: outcome.current.size, root: outcome.current.root, previousSize: outcome.previous?.size))
    }

    static func addLog(_ outcome: LogWatch.Outcome?, to output: inout [String: JSONOutputValue]) {
        guard let outcome else { return }
        output["logSize"] = .int(Int(outcome.current.size))
        output["logRoot"] = .string(outcome.current.root)
        output["logPreviousSize"] = outcome.previous.map { .int(Int($0.size)) } ?? .null
    }

    /// Runs a sync; a refusal is exit 2, an unreachable hub exit 3, a failure of the local store exit 4, each with
    /// the reason on standard error (``CLIError/init(classifying:)``).
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as SyncError { throw CLIError(classifying: error) }
    }
}
