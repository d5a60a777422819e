import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    /// `foodtrace log`: the records (newest first), and a hub's transparency log (`head`, `proof`, `verify`,
    /// `witness`).
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Log.Log"),
            subcommands: [LogList.self, LogHead.self, LogProof.self, LogVerify.self, LogWitness.self],
            defaultSubcommand: LogList.self)
    }

    /// `foodtrace log [list]`: the records, newest first.
    struct LogList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: HelpText.abstract("Log.LogList"),
            discussion: HelpText.discussion(.Help.discussion("Log.LogList")))

        @OptionGroup var options: StoreOptions
        @Option(help: "Only records issued by this party (a market: and its stalls; an area code: its parties).")
        var party: String?
        @Option(help: "Only records of this kind.") var kind: String?
        @Option(help: "At most this many records.") var limit = 50
        @Option(help: "Output format (json: one signed record per line).") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                var kinds: Set<RecordKind>?
                if let kind {
                    guard let parsed = RecordKind(rawValue: kind) else {
                        throw ClosestNames.refusal(
                            .verbatim("--kind \(kind): unknown kind"), kind,
                            among: RecordKind.allCases.map(\.rawValue))
                    }
                    kinds = [parsed]
                }
                guard limit > 0 else { throw CLIError.input(.notPositiveDecimal(option: "--limit", value: "\(limit)")) }
                let store = try options.open(readOnly: true)
                let issuers = try party.map { try PartyArgument.resolve($0, in: store).members }
                var shown = 0
                var more = false
                // One record past the limit says whether the limit cut the list.
                try store.forEachRecord(issuers: issuers, kinds: kinds, limit: limit + 1, newestFirst: true) { record in
                    guard shown < limit else {
                        more = true
                        return
                    }
                    shown += 1
                    switch format {
                    case .text: Console.out(RecordText.line(record))
                    case .json: Console.write(record.raw + [0x0A])
                    }
                }
                if more { Console.error(OutputLanguage.text(.logTruncated(limit: limit))) }
            }
        }
    }
}

/// Validates a trace code argument, explaining a mistyped one; a code grouped as printed on slips
/// (`510104 002 261101 0001 5`) is read without its spaces (``TypedInput/traceCode(_:)``).
enum TraceCodeArgument {
    static func parse(_ text: String) throws -> String {
        do { return try TraceCode(validating: TypedInput.traceCode(text)).digits } catch {
            throw CLIError.input(.about(text, .of(error)))
        }
    }
}
