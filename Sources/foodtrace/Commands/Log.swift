import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List records, newest first.")

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
                let store = try options.open(readOnly: true)
                let issuers = try party.map { try PartyArgument.resolve($0, in: store).members }
                try store.forEachRecord(issuers: issuers, kinds: kinds, limit: limit, newestFirst: true) { record in
                    switch format {
                    case .text: Console.out(RecordText.line(record))
                    case .json: Console.write(record.raw + [0x0A])
                    }
                }
            }
        }
    }
}

/// Validates a trace code argument, explaining a mistyped one; a code grouped as printed on slips
/// (`510104 002 261101 0001 5`) is read without its spaces (``TypedInput/traceCode(_:)``).
enum TraceCodeArgument {
    static func parse(_ text: String) throws -> String {
        do { return try TraceCode(validating: TypedInput.traceCode(text)).digits } catch {
            throw CLIError.input("\(text): \(error)")
        }
    }
}
