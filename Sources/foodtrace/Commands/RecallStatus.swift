import ArgumentParser
import Foundation
import Recall
import TraceModel
import TraceStore
import TraceStoreAudit

/// `foodtrace recall status`: per holder, distributed, recovered and outstanding, with the deadlines.
struct RecallStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.abstract("RecallStatus.RecallStatusCommand"),
        discussion: HelpText.discussion(.Help.discussion("RecallStatus.RecallStatusCommand")))

    @OptionGroup var options: StoreOptions
    @Argument(help: "The notice number (default: every recall).") var notice: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        try runReporting {
            let store = try options.open(readOnly: true)
            let now = try Clock.now().epochMilliseconds
            let statuses: [RecallStatus] = try store.withAuditQuery { query in
                var notices = try RecallNotices.all(query)
                if let notice {
                    let known = notices.map(\.notice)
                    notices = notices.filter { $0.notice == notice }
                    guard !notices.isEmpty else {
                        throw ClosestNames.refusal(.noRecallNotice(notice), notice, among: known)
                    }
                }
                let progress = try RecallProgress(query: query, now: now)
                return try notices.map { try progress.status(of: $0) }
            }
            switch format {
            case .json: Console.out(try JSONOutput.string(RecallStatusList(recalls: statuses)))
            case .text:
                if statuses.isEmpty { Console.out(OutputLanguage.text(.noRecalls)) }
                for status in statuses { Console.out(Self.text(status)) }
            }
            if statuses.contains(where: \.failing) { throw ExitCode(1) }
        }
    }

    static func text(_ status: RecallStatus) -> String {
        typealias Text = Message.RecallStatus
        let say = OutputLanguage.text
        // Columns as wide in every language (a CJK character takes two).
        let widths = [40, 6, 13, 12, 13, 12, 11, 13, 13]
        func row(_ cells: [String]) -> String {
            "  " + zip(cells, widths).map { pad($0, $1) }.joined() + (cells.last ?? "")
        }
        var lines = [
            say(
                Text.headline(
                    notice: status.notice, level: status.level, issuer: status.issuer, at: status.issuedAt,
                    batch: status.batch, reason: status.reason)),
            say(Text.stateLine(status.state, scope: status.scope)),
            say(Text.deadline(start: true, by: status.startDeadline, met: status.startMet, at: status.started)),
            say(Text.deadline(start: false, by: status.finishDeadline, met: status.finishMet, at: status.finished)),
            row(Text.columns.map(say)),
        ]
        for holder in status.holders {
            let unit = OutputLanguage.current.showsChinese ? say(Message.Trace.unit(holder.unit)) : holder.unit
            lines.append(
                row([
                    "\(holder.party) \(holder.name)", unit, holder.distributed, holder.shippedOn,
                    holder.soldBeforeNotice,
                    holder.soldAfterNotice, holder.recovered, holder.outstanding, holder.unaccounted,
                    say(Text.state(holder.state)),
                ]))
        }
        for outlet in status.afterNotice {
            lines.append(
                say(
                    Text.afterNotice(
                        party: outlet.party, type: outlet.type, code: outlet.code, quantity: outlet.quantity,
                        unit: outlet.unit, batch: outlet.batch, at: outlet.at, record: outlet.record)))
        }
        return lines.joined(separator: "\n")
    }

    /// `text` padded to `width` terminal columns (CJK characters take two).
    private static func pad(_ text: String, _ width: Int) -> String {
        let columns = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        return columns >= width ? text + " " : text + String(repeating: " ", count: width - columns)
    }
}

/// `recall status --format json`: one object, the recalls in a list.
struct RecallStatusList: Encodable {
    var format = "foodtrace-recall-status"
    var v = 1
    var recalls: [RecallStatus]
}
