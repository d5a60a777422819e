import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Verify.Verify"),
            discussion:
                "Exit 0 when everything holds; exit 1 with a report of every finding, equivocation evidence included. On a hub's store (one that keeps a transparency log) a record logged after its key's revocation is a finding, and records dated 24 hours or more from their logged time are listed (not findings)."
        )

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
                    if let log = report.log {
                        Console.out(
                            "log: \(log.farFromLoggedTime) record(s) dated \(log.thresholdHours) hours or more from their logged time (shown, not a finding)"
                        )
                        for time in log.first {
                            Console.out(
                                "  \(time.record) at \(time.at), logged \(time.logged) (\(time.hoursAfterAt) h after at)"
                            )
                        }
                        if log.farFromLoggedTime > log.first.count {
                            Console.out("  … and \(log.farFromLoggedTime - log.first.count) more")
                        }
                    }
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
