import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify and append signed records (JSON Lines).",
            discussion: """
                All or nothing by default: one bad record and nothing is stored (exit 2, every problem listed with
                its line). --partial keeps the valid records and lists the rest (still exit 2). A record already in
                the store is skipped, so ingesting the same file twice changes nothing.
                """)

        @OptionGroup var options: StoreOptions
        @Argument(help: "The file to ingest, or - for standard input.") var file: String
        @Flag(help: "Keep the valid records when some are refused.") var partial = false
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let counter = ProgressCounter()
                let input = try InputFile.ingestInput(file).reporting(to: counter)
                let store = try options.openLedger()
                let source = file == "-" ? "stdin" : file
                let report = try ProgressLine.around(
                    task: .ingestTask, unit: input.isFile ? .bytes : .records, counter: counter
                ) { _ in
                    try store.ingest(input, source: source, partial: partial, now: try Clock.nowMilliseconds())
                }
                for rejection in report.rejected { Console.error("foodtrace: \(source): \(rejection)") }
                switch format {
                case .text:
                    var summary =
                        "\(source): \(report.accepted) accepted, \(report.alreadyPresent) already present, \(report.rejected.count) rejected"
                    if !report.committed { summary += "; nothing was stored" }
                    Console.out(summary)
                case .json:
                    Console.out(try JSONOutput.string(IngestSummary(report)))
                }
                if !report.rejected.isEmpty { throw ExitCode(2) }
            }
        }
    }
}

/// The JSON form of an ingest report.
struct IngestSummary: Encodable {
    struct Rejection: Encodable {
        var line: Int
        var record: String?
        var field: String
        var reason: String
    }
    var source: String
    var accepted: Int
    var alreadyPresent: Int
    var committed: Bool
    var rejected: [Rejection]

    init(_ report: IngestReport) {
        source = report.source
        accepted = report.accepted
        alreadyPresent = report.alreadyPresent
        committed = report.committed
        rejected = report.rejected.map {
            Rejection(line: $0.line, record: $0.recordID, field: $0.field, reason: $0.reason)
        }
    }
}
