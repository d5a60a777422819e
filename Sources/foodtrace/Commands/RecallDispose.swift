import ArgumentParser
import Foundation
import Recall
import TraceModel
import TraceStore

/// `foodtrace recall dispose`: a holder returns or destroys a recalled quantity under a notice.
struct RecallDisposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispose",
        abstract: "Record that a holder returned or destroyed a quantity of a batch under a recall notice.",
        discussion: "The same as `foodtrace record dispose` with the body filled in; prints the record id.")

    @OptionGroup var options: StoreOptions
    @Option(help: "The holder's batch (trace code).") var batch: String
    @Option(help: "Quantity, an exact decimal, e.g. 12.5.") var quantity: String
    @Option(help: "Unit of the quantity.") var unit = "kg"
    @Option(help: "returned or destroyed.") var method: String
    @Option(help: "The recall notice number.") var notice: String
    @Option(help: "The holder's key file.") var key: String
    @Option(help: "A note, e.g. where the goods went.") var note: String?

    func run() throws {
        try runReporting {
            let code = try TraceCode(validating: try TraceCodeArgument.parse(batch))
            guard let amount = Amount(userInput: quantity), amount > .zero else {
                throw CLIError.input(.notPositiveDecimal(option: "--quantity", value: quantity))
            }
            guard let unitValue = QuantityUnit(rawValue: unit) else {
                throw CLIError.input(
                    "--unit \(unit): use one of \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard ["returned", "destroyed"].contains(method) else {
                throw CLIError.input(
                    .optionChoice(option: "--method", value: method, choices: ["returned", "destroyed"]))
            }
            let store = try options.open()
            try StoredCode.require(code.digits, in: store, batchOnly: true)
            let known = try store.withAuditQuery { query in try RecallNotices.all(query).map(\.notice) }
            guard known.contains(notice) else {
                throw ClosestNames.refusal(.noRecallNotice(notice, option: "--notice"), notice, among: known)
            }
            let appender = try Appender(store: store, keyFile: key)
            let record = try appender.append(
                DisposeBody(
                    batch: code, quantity: Quantity(amount, unitValue), method: method, recall: notice, note: note))
            Console.out(record.id)
        }
    }
}
