import ArgumentParser
import Foundation
import Recall
import TraceAudit
import TraceStore
import TraceStoreAudit

/// `foodtrace recall drills`: the recall drills stored as signed records.
struct RecallDrillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drills",
        abstract: HelpText.abstract("RecallDrills.RecallDrillsCommand"),
        discussion: HelpText.discussion(.Help.discussion("RecallDrills.RecallDrillsCommand")))

    @OptionGroup var options: StoreOptions
    @Option(help: "Only drills run by this party.") var party: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        try runReporting {
            let store = try options.open(readOnly: true)
            let drills = try store.withAuditQuery { try StoredDrills.all($0, AuditScope(party: party)) }
            switch format {
            case .json: Console.out(try JSONOutput.string(StoredDrillList(drills: drills)))
            case .text:
                for drill in drills {
                    Console.out(
                        OutputLanguage.text(
                            .Drill.listed(
                                at: drill.at, party: drill.party, lot: drill.lot, passed: drill.passed,
                                value: drill.value, record: drill.record)))
                }
                Console.out(OutputLanguage.text(.Drill.storedCount(drills.count)))
            }
        }
    }
}

/// `recall drills --format json`: one object with the drills in a list, as every JSON output of the CLI is.
struct StoredDrillList: Encodable {
    var format = "foodtrace-recall-drills"
    var v = 1
    var drills: [StoredDrill]
}
