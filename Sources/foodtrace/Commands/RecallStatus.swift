import ArgumentParser
import Foundation
import Recall
import TraceStore
import TraceStoreAudit

/// `foodtrace recall status`: per holder, distributed, recovered and outstanding, with the deadlines.
struct RecallStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.abstract("RecallStatus.RecallStatusCommand"),
        discussion: """
            Without NOTICE, every recall in the store. Quantities are per holder and unit: distributed is what of the \
            recalled batch (or anything made from it) reached the holder, recovered what they returned or destroyed \
            under the notice, outstanding what they still hold or have in transit to them. "Now" is the clock \
            (FOODTRACE_NOW for reproducible runs). Exit 1 when a recall is overdue, its start was late, or something \
            was sold or used after its notice.
            """)

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
        func met(_ value: Bool?) -> String { value.map { $0 ? "met" : "MISSED" } ?? "pending" }
        var lines = [
            "recall \(status.notice) level \(status.level) by \(status.issuer) at \(status.issuedAt): batch \(status.batch) — \(status.reason)",
            "  state: \(status.state.uppercased()); \(status.scope) batches, slips and meals in scope",
            "  start by \(status.startDeadline): \(met(status.startMet))\(status.started.map { " (started \($0))" } ?? "")",
            "  finish by \(status.finishDeadline): \(met(status.finishMet))\(status.finished.map { " (finished \($0))" } ?? "")",
            "  holder                                  unit  distributed  shipped on  sold before  sold after  recovered  outstanding  unaccounted  state",
        ]
        for holder in status.holders {
            let name = "\(holder.party) \(holder.name)"
            lines.append(
                "  " + pad(name, 40) + pad(holder.unit, 6) + pad(holder.distributed, 13) + pad(holder.shippedOn, 12)
                    + pad(holder.soldBeforeNotice, 13) + pad(holder.soldAfterNotice, 12) + pad(holder.recovered, 11)
                    + pad(holder.outstanding, 13) + pad(holder.unaccounted, 13) + holder.state)
        }
        for outlet in status.afterNotice {
            lines.append(
                "  AFTER NOTICE: \(outlet.party) \(outlet.type) \(outlet.code) \(outlet.quantity) \(outlet.unit) of \(outlet.batch) at \(outlet.at) (\(outlet.record))"
            )
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
