import ArgumentParser
import Foundation
import TraceGraph
import TraceStore

extension FoodTrace {
    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Balance.Balance"),
            discussion: HelpText.discussion(.Help.discussion("Balance.Balance")))

        @OptionGroup var options: StoreOptions
        @Option(help: "Only batches held by this party (a market: and its stalls; an area code: its parties).")
        var party: String?
        @Option(help: "Only this batch.") var batch: String?
        @Option(help: "Yield bounds (JSON, see README); default: the standard bounds.") var yields: String?
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let store = try options.openGraph()
                var bounds = YieldBounds.standard
                if let yields {
                    do {
                        bounds = try JSONDecoder().decode(YieldBounds.self, from: Data(try InputFile.bytes(yields)))
                    } catch let error as CLIError {
                        throw error
                    } catch { throw CLIError.input(.about(yields, .of(error))) }
                }
                let codes: [String]
                if let batch {
                    let digits = try TraceCodeArgument.parse(batch)
                    try StoredCode.require(digits, in: store, batchOnly: true)
                    codes = [digits]
                } else if let party {
                    codes = try store.batchCodes(holders: try PartyArgument.resolve(party, in: store).members)
                } else {
                    codes = try store.batchCodes(holder: nil)
                }
                let report = try store.withGraphReader { reader in
                    try MassBalance(reader: reader, yields: bounds).report(for: codes)
                }
                switch format {
                case .json: Console.out(try JSONOutput.string(report))
                case .text:
                    if batch != nil || report.batches.count <= 20 {
                        for entry in report.batches {
                            Console.out(
                                OutputLanguage.text(
                                    .Balance.line(
                                        batch: entry.batch, product: entry.product, unit: entry.unit,
                                        created: entry.created, transformed: entry.transformed,
                                        shipped: entry.shipped, sold: entry.sold, voided: entry.voided,
                                        used: entry.used, returned: entry.returned, destroyed: entry.destroyed,
                                        shrinkage: entry.shrinkage, surplus: entry.surplus, onHand: entry.onHand)))
                        }
                    }
                    for violation in report.violations {
                        Console.out(
                            OutputLanguage.text(
                                .Balance.violation(rule: violation.rule, batch: violation.batch, violation.text)))
                        Console.out(OutputLanguage.text(.Balance.evidence(violation.evidence)))
                    }
                    Console.out(
                        OutputLanguage.text(
                            .Balance.summary(
                                batches: report.batches.count,
                                violations: report.closes ? nil : report.violations.count)))
                }
                if !report.closes { throw ExitCode(1) }
            }
        }
    }
}
