import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-check every signature, chain, key, reference and certificate in the store.",
            discussion:
                "Exit 0 when everything holds; exit 1 with a report of every finding, equivocation evidence included.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let store = try options.openLedger(readOnly: true)
                let report = try ProgressLine.around(task: .verifyTask, unit: .records) { counter in
                    try store.verify(progress: counter)
                }
                switch format {
                case .json: Console.out(try JSONOutput.string(report))
                case .text:
                    for finding in report.findings { Console.out(finding.description) }
                    Console.out(
                        report.ok
                            ? "verified \(report.records) records: all signatures, chains and references hold"
                            : "verified \(report.records) records: \(report.findings.count) finding(s)")
                }
                if !report.ok { throw ExitCode(1) }
            }
        }
    }
}
