import ArgumentParser
import Foundation
import Recall
import TraceModel
import TraceStore
import TraceStoreAudit

/// `foodtrace recall issue`: a signed `recall` notice for a batch and everything made from it.
struct RecallIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: HelpText.abstract("RecallIssue.RecallIssueCommand"),
        discussion: HelpText.discussion(.Help.discussion("RecallIssue.RecallIssueCommand")))

    @OptionGroup var options: StoreOptions
    @Option(help: "The recalled batch (trace code).") var batch: String
    @Option(help: "1 (serious harm), 2, or 3 (e.g. labelling).") var level: Int
    @Option(help: "Why the batch is recalled.") var reason: String
    @Option(help: "The issuing party's key file (a regulator, farm, slaughterhouse, processor or distributor).")
    var key: String
    @Option(help: "The notice number; default RC-<date>-<batch suffix>.") var notice: String?
    @Option(help: "The time of the notice (RFC 3339 with offset); default now.") var at: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        try runReporting {
            let code = try TraceCode(validating: try TraceCodeArgument.parse(batch))
            guard (1...3).contains(level) else {
                throw CLIError.input(.optionChoice(option: "--level", value: "\(level)", choices: ["1", "2", "3"]))
            }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError.input(.mustNotBeEmpty("--reason"))
            }
            let store = try options.open()
            try StoredCode.require(code.digits, in: store, batchOnly: true)
            let appender = try Appender(store: store, keyFile: key)
            let time = try at.map { try Clock.parse($0, option: "--at") } ?? Clock.now()
            let number =
                notice ?? "RC-\(time.text.prefix(10).replacingOccurrences(of: "-", with: ""))-\(code.digits.suffix(8))"
            let record = try appender.append(
                RecallBody(recall: number, batch: code, level: level, reason: reason), at: time)
            let status = try store.withAuditQuery { query in
                try RecallProgress(query: query, now: max(time.epochMilliseconds, try Clock.nowMilliseconds())).status(
                    of: RecallNoticeRecord(
                        notice: number, batch: code.digits, level: level, reason: reason, issuer: appender.party,
                        record: record.id,
                        at: time.epochMilliseconds))
            }
            switch format {
            case .json: Console.out(try JSONOutput.string(status))
            case .text:
                let lines: [Message] = [
                    .Interchange.recallIssued(
                        number: number, level: "\(level)", issuer: appender.party, record: record.id),
                    .Interchange.recallScope(
                        batch: code.digits, scope: "\(status.scope)", holders: Set(status.holders.map(\.party)).count),
                    .Interchange.recallDeadlines(
                        start: "\(status.startDeadline)", hours: "\(RecallDeadlines.startHours(level: level))",
                        finish: "\(status.finishDeadline)", days: "\(RecallDeadlines.finishWorkingDays(level: level))"),
                ]
                for line in lines { Console.out(OutputLanguage.text(line)) }
            }
        }
    }
}
