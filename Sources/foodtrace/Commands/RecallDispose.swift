import ArgumentParser
import Foundation
import Recall
import TraceModel
import TraceStore

/// `foodtrace recall dispose`: a holder returns or destroys a recalled quantity under a notice.
struct RecallDisposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispose",
        abstract: HelpText.abstract("RecallDispose.RecallDisposeCommand"),
        discussion: HelpText.discussion(.Help.discussion("RecallDispose.RecallDisposeCommand")))

    @OptionGroup var options: StoreOptions
    @Option(help: "The holder's batch (trace code).") var batch: String
    @Option(help: "Quantity, an exact decimal, e.g. 12.5.") var quantity: String
    @Option(help: "Unit of the quantity: kg, g, t, head, piece, box, L, or 斤 (jin), 两 (liang).") var unit = "kg"
    @Option(help: "returned or destroyed.") var method: String
    @Option(help: "The recall notice number.") var notice: String
    @Option(help: "The holder's key file.") var key: String
    @Option(help: "A note, e.g. where the goods went.") var note: String?
    @Option(help: "The time of the disposal (RFC 3339 with offset); default now.") var at: String?

    func run() throws {
        try runReporting {
            let code = try TraceCode(validating: try TraceCodeArgument.parse(batch))
            guard let amount = Amount(userInput: quantity), amount > .zero else {
                throw CLIError.input(.notPositiveDecimal(option: "--quantity", value: quantity))
            }
            let disposed: Quantity
            if let market = MarketUnit(named: unit) {
                disposed = Quantity(market.kilograms(amount), .kilogram)
            } else if let unitValue = QuantityUnit(rawValue: unit) {
                disposed = Quantity(amount, unitValue)
            } else {
                let known = QuantityUnit.allCases.map(\.rawValue) + MarketUnit.allCases.map(\.rawValue)
                throw CLIError.input(.optionChoice(option: "--unit", value: unit, choices: known))
            }
            guard ["returned", "destroyed"].contains(method) else {
                throw CLIError.input(
                    .optionChoice(option: "--method", value: method, choices: ["returned", "destroyed"]))
            }
            let time = try at.map { try Clock.parse($0, option: "--at") } ?? Clock.now()
            let store = try options.open()
            try StoredCode.require(code.digits, in: store, batchOnly: true)
            let known = try store.withAuditQuery { query in try RecallNotices.all(query).map(\.notice) }
            guard known.contains(notice) else {
                throw ClosestNames.refusal(.noRecallNotice(notice, option: "--notice"), notice, among: known)
            }
            let appender = try Appender(store: store, keyFile: key)
            let record = try appender.append(
                DisposeBody(batch: code, quantity: disposed, method: method, recall: notice, note: note), at: time)
            Console.out(record.id)
        }
    }
}
