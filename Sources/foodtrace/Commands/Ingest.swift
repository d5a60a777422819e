import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Ingest.Ingest"),
            discussion: HelpText.discussion(.Help.ingest))

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
                for rejection in report.rejected {
                    Console.error("foodtrace: \(source): " + OutputLanguage.text(rejection.text))
                }
                switch format {
                case .text:
                    Console.out(
                        OutputLanguage.text(
                            .Ingest.summary(
                                source: source, accepted: report.accepted, present: report.alreadyPresent,
                                rejected: report.rejected.count, stored: report.committed)))
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
