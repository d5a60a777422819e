import ArgumentParser
import Foundation
import TraceLog
import TraceModel
import TraceSync

extension FoodTrace {
    /// `foodtrace log head`: a hub's latest signed tree head, from its store or over HTTP, its signature checked.
    struct LogHead: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "head",
            abstract: HelpText.abstract("LogHead.LogHead"))

        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp("Ask this hub instead of reading the store.", valueName: "url")) var hub: String?
        @Option(help: "Output format (json: the signed head).") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let head: TreeHead
                if let hub {
                    let client = try SyncCommand.client(hub, token: nil, attempts: 3)
                    head = try SyncCommand.reporting { try LogWatch.head(client) }
                } else {
                    guard let stored = try options.open(readOnly: true).latestTreeHead() else {
                        throw CLIError.input(Message.Log.noTreeHead(options.path))
                    }
                    head = stored
                }
                do { try head.verify() } catch { throw CLIError.check(Message.of(error)) }
                Console.out(format == .json ? head.json : LogText.head(head))
            }
        }
    }
}

/// How tree heads and proofs are shown as text.
enum LogText {
    static func head(_ head: TreeHead) -> String {
        OutputLanguage.text(
            Message.Log.head(
                size: head.size, root: head.root, time: time(head.timestamp), key: head.key.id,
                algorithm: head.key.alg))
    }

    /// Milliseconds since 1970 as RFC 3339 UTC with milliseconds.
    static func time(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
