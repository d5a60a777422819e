import ArgumentParser
import Foundation
import TraceGraph
import TraceStore

extension FoodTrace {
    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mass balance per batch: created − taken out = on hand ≥ 0, with yield bounds per transform.",
            discussion: "Exit 1 when a batch gives out more than it had or a transform is outside its yield bounds.")

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
                    } catch { throw CLIError.input("\(yields): \(error)") }
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
                                "\(entry.batch) \(entry.product ?? "") created \(entry.created) − transformed \(entry.transformed) − shipped \(entry.shipped) − sold \(entry.sold)\(entry.voided == "0" ? "" : " + voided \(entry.voided)") − used \(entry.used) − returned \(entry.returned) − destroyed \(entry.destroyed)\(entry.shrinkage == "0" ? "" : " − shrinkage \(entry.shrinkage)")\(entry.surplus == "0" ? "" : " + surplus \(entry.surplus)") = on hand \(entry.onHand) \(entry.unit)"
                            )
                        }
                    }
                    for violation in report.violations {
                        Console.out("VIOLATION \(violation.rule) \(violation.batch): \(violation.message)")
                        Console.out("  evidence: \(violation.evidence.joined(separator: ", "))")
                    }
                    Console.out(
                        "\(report.batches.count) batches: "
                            + (report.closes ? "mass balance closes" : "\(report.violations.count) violation(s)"))
                }
                if !report.closes { throw ExitCode(1) }
            }
        }
    }
}
