import ArgumentParser
import Foundation
import TraceModel
import TraceStore
import TraceStorePostgres

extension FoodTrace {
    struct Store: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("StoreCommand.Store"), subcommands: [Copy.self])

        struct Copy: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("StoreCommand.Copy"),
                discussion: HelpText.discussion(.Help.discussion("StoreCommand.Copy")))

            @Argument(help: "The store to copy.") var from: String
            @Argument(help: "The new store.") var to: String
            @Option(help: "Output format.") var format: ReportFormat = .text

            func run() throws {
                try runReporting {
                    let source = try StoreOptions.openLedger(from, readOnly: true)
                    let anchors = try source.anchors()
                    let target = try Self.create(to, anchors: anchors)
                    let total = ProgressLine.wanted ? try source.counts()["records"] : nil
                    let report = try ProgressLine.around(
                        task: .exportTask, unit: .records, counter: ProgressCounter(total: total)
                    ) { counter in
                        try StoreCopy.copy(
                            from: source, to: target, now: try Clock.nowMilliseconds(), progress: counter)
                    }
                    for rejection in report.rejected {
                        Console.error(
                            "foodtrace: " + OutputLanguage.text(.Interchange.copyRejected(target.name, rejection.text)))
                    }
                    for difference in report.differences {
                        Console.error("foodtrace: " + OutputLanguage.text(.Interchange.copyDiffers(difference)))
                    }
                    switch format {
                    case .json: Console.out(try JSONOutput.string(CopySummary(report, from: source, to: target)))
                    case .text:
                        Console.out(
                            OutputLanguage.text(
                                .Interchange.copied(
                                    records: report.records, from: source.name, to: target.name,
                                    verified: report.verified, equivocations: report.equivocationsNotCopied)))
                    }
                    if !report.verified { throw ExitCode(1) }
                }
            }

            /// A new, empty store at `target` with `anchors`.
            static func create(_ target: String, anchors: [TrustAnchor]) throws -> any RecordLedger {
                do {
                    if PostgresLocation.isPostgres(target) {
                        return try PostgresStore.create(
                            try PostgresLocation(target), anchors: anchors, logger: StoreOptions.logger)
                    }
                    if OutputFileCheck.occupied(target) {
                        throw CLIError.input(Message.Interchange.copyTargetExists(target))
                    }
                    return try TraceStore.create(
                        path: target, anchors: anchors, logger: StoreOptions.logger, wait: try StoreOptions.wait()
                    ).ledger
                } catch {
                    throw CLIError(classifying: error)
                }
            }
        }
    }
}

/// The JSON form of a copy's report.
struct CopySummary: Encodable {
    var from: String
    var to: String
    var records: Int
    var verified: Bool
    var equivocationsNotCopied: Int
    var differences: [String]
    var rejected: [IngestSummary.Rejection]

    init(_ report: StoreCopyReport, from: any RecordLedger, to: any RecordLedger) {
        self.from = from.name
        self.to = to.name
        records = report.records
        verified = report.verified
        equivocationsNotCopied = report.equivocationsNotCopied
        differences = report.differences
        rejected = report.rejected.map {
            IngestSummary.Rejection(line: $0.line, record: $0.recordID, field: $0.field, reason: $0.reason)
        }
    }
}
