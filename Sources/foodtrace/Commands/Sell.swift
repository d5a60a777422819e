import ArgumentParser
import Foundation
import TraceModel
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Sell: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a sale at a stall (a signed sell record: the slip) and print the slip.",
            discussion: """
                Refused, with nothing recorded, when the stall does not hold the batch or the quantity is more than
                the batch has on hand. The amount is quantity × unit price, rounded to the fen.
                """)

        @OptionGroup var options: StoreOptions
        @Option(help: "The stall's party id (must be the key's party).") var stall: String
        @Option(help: "The stall's batch (trace code).") var batch: String
        @Option(help: "Quantity sold, an exact decimal, e.g. 1.25.") var quantity: String
        @Option(help: "Unit of the quantity.") var unit = "kg"
        @Option(help: "Price per unit in yuan, e.g. 32.00.") var unitPrice: String
        @Option(help: "The stall's key file.") var key: String
        @Option(help: "Print the slip in this format after recording.") var print: SlipFormat = .text
        @Option(help: "Paper width in mm: 58 or 80.") var width = 58
        @Option(help: "zh, en or zh+en.") var lang: SlipLanguage = .zh

        func run() throws {
            try runReporting {
                let batchCode = try TraceCode(validating: try TraceCodeArgument.parse(batch))
                guard let amount = Amount(userInput: quantity), amount > .zero else { throw CLIError.input("--quantity \(quantity): not a positive exact decimal") }
                guard let unitValue = QuantityUnit(rawValue: unit) else { throw CLIError.input("--unit \(unit): use one of \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))") }
                guard let price = Amount(userInput: unitPrice) else { throw CLIError.input("--unit-price \(unitPrice): not an exact decimal") }
                let store = try options.open()
                let appender = try Appender(store: store, keyFile: key)
                guard appender.party == stall else { throw CLIError.input("--key belongs to \(appender.party), not to stall \(stall)") }
                guard let (holder, onHand) = try store.onHand(batchCode.digits) else { throw CLIError.input("no batch \(batch) in the store") }
                guard holder == stall else { throw CLIError.input("batch \(batch) is held by \(holder), not by \(stall)") }
                let sold = Quantity(amount, unitValue)
                guard let inBatchUnit = sold.converted(to: onHand.unit) else {
                    throw CLIError.input("\(sold) cannot be sold from a batch counted in \(onHand.unit.rawValue)")
                }
                guard inBatchUnit <= onHand.value else {
                    throw CLIError.input("batch \(batch) has \(onHand) on hand at \(stall); cannot sell \(sold). Nothing was recorded")
                }
                guard let total = amount.multiplied(by: price) else { throw CLIError.input("amount overflows") }
                let now = try Clock.now()
                let slip = try store.nextTraceCode(for: stall, at: now)
                let body = SellBody(slip: slip, batch: batchCode, quantity: sold, unitPrice: price,
                                    amount: Amount(micros: (total.micros + 5_000) / 10_000 * 10_000))
                try appender.append(body, at: now)
                let content = try SlipAssembly.content(slip: slip.digits, store: store)
                Console.write(try print.render(content, width: width, language: lang))
            }
        }
    }
}
