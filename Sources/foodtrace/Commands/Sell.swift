import ArgumentParser
import Foundation
import TraceModel
import TraceService
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

        func run() throws {
            try runReporting {
                let batchCode = try TraceCode(validating: try TraceCodeArgument.parse(batch))
                guard let amount = Amount(userInput: quantity), amount > .zero else {
                    throw CLIError.input(.notPositiveDecimal(option: "--quantity", value: quantity))
                }
                guard let unitValue = QuantityUnit(rawValue: unit) else {
                    throw CLIError.input(
                        "--unit \(unit): use one of \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                guard let price = Amount(userInput: unitPrice) else {
                    throw CLIError.input("--unit-price \(unitPrice): not an exact decimal")
                }
                let store = try options.open()
                let appender = try Appender(store: store, keyFile: key)
                let service = SlipService(store: store)
                let record = try refusing {
                    try service.sell(
                        stall: stall, batch: batchCode, quantity: Quantity(amount, unitValue), unitPrice: price,
                        appender: appender.appender, at: try Clock.now(), now: Clock.nowMilliseconds)
                }
                guard case .sell(let sale) = try record.decodedBody() else { return }
                let content = try refusing { try service.content(slip: sale.slip.digits) }
                Console.write(try print.render(content, width: width, language: OutputLanguage.current))
            }
        }
    }
}
