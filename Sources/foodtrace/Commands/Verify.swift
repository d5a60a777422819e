import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Verify.Verify"),
            discussion: HelpText.discussion(.Help.discussion("Verify.Verify"))
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
                    for finding in report.findings { Console.out(OutputLanguage.text(finding.line)) }
                    if let log = report.log {
                        Console.out(
                            OutputLanguage.text(
                                .Verify.farFromLoggedTime(log.farFromLoggedTime, hours: log.thresholdHours)))
                        for time in log.first {
                            Console.out(
                                OutputLanguage.text(
                                    .Verify.loggedTime(
                                        record: time.record, at: time.at, logged: time.logged,
                                        hoursAfter: time.hoursAfterAt)))
                        }
                        if log.farFromLoggedTime > log.first.count {
                            Console.out(OutputLanguage.text(.Verify.andMore(log.farFromLoggedTime - log.first.count)))
                        }
                    }
                    Console.out(
                        OutputLanguage.text(
                            report.ok
                                ? .Verify.allHold(records: report.records)
                                : .Verify.found(records: report.records, findings: report.findings.count)))
                }
                if !report.ok { throw ExitCode(1) }
            }
        }
    }
}
