import ArgumentParser
import Foundation
import TraceModel
import TraceService
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Sell: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Sell.Sell"),
            discussion: HelpText.discussion(.Help.discussion("Sell.Sell")))

        @OptionGroup var options: StoreOptions
        @Option(help: "The stall's party id (must be the key's party).") var stall: String
        @Option(help: "The stall's batch (trace code).") var batch: String
        @Option(help: "Quantity sold, an exact decimal, e.g. 1.25.") var quantity: String
        @Option(help: "Unit of the quantity: kg, g, t, head, piece, box, L, or 斤 (jin), 两 (liang).") var unit = "kg"
        @Option(help: "Price per unit in yuan, e.g. 32.00 (per 斤 when --unit 斤).") var unitPrice: String
        @Option(help: "The stall's key file.") var key: String
        @Option(help: "The time of the sale (RFC 3339 with offset); default now.") var at: String?
        @Option(help: "Print the slip in this format after recording.") var print: SlipFormat = .text
        @Option(help: "Paper width in mm: 58 or 80.") var width = 58
        @Option(help: "text: the slip (--print); json: the sale (slip code, record id, amounts) as an object.")
        var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                let batchCode = try TraceCode(validating: try TraceCodeArgument.parse(batch))
                guard let typed = Amount(userInput: quantity), typed > .zero else {
                    throw CLIError.input(.notPositiveDecimal(option: "--quantity", value: quantity))
                }
                guard let typedPrice = Amount(userInput: unitPrice) else {
                    throw CLIError.input(.notExactDecimal(option: "--unit-price", value: unitPrice))
                }
                let market = MarketUnit(named: unit)
                let sold: Quantity
                let price: Amount
                if let market {
                    sold = Quantity(market.kilograms(typed), .kilogram)
                    guard typedPrice.micros <= Int64.max / market.perKilogram else {
                        throw CLIError.input(.tooLarge(option: "--unit-price", value: unitPrice))
                    }
                    price = Amount(micros: typedPrice.micros * market.perKilogram)
                } else {
                    guard let unitValue = QuantityUnit(rawValue: unit) else {
                        let known = QuantityUnit.allCases.map(\.rawValue) + MarketUnit.allCases.map(\.rawValue)
                        throw CLIError.input(.optionChoice(option: "--unit", value: unit, choices: known))
                    }
                    sold = Quantity(typed, unitValue)
                    price = typedPrice
                }
                let time = try at.map { try Clock.parse($0, option: "--at") } ?? Clock.now()
                let store = try options.open()
                let appender = try Appender(store: store, keyFile: key)
                let service = SlipService(store: store)
                let record = try refusing {
                    try service.sell(
                        stall: stall, batch: batchCode, quantity: sold, unitPrice: price, pricedIn: market,
                        appender: appender.appender, at: time, now: try Clock.nowMilliseconds())
                }
                guard case .sell(let sale) = try record.decodedBody() else { return }
                switch format {
                case .json:
                    Console.out(try JSONOutput.string(SaleOutput(record: record, sale: sale)))
                case .text:
                    let content = try refusing { try service.content(slip: sale.slip.digits) }
                    Console.write(try print.render(content, width: width, language: OutputLanguage.current))
                }
            }
        }
    }
}

/// `sell --format json`: what a script needs to follow the sale up.
struct SaleOutput: Encodable {
    var record: String
    var slip: String
    var slipGrouped: String
    var stall: String
    var batch: String
    var quantity: String
    var unit: String
    var unitPrice: String
    var amount: String
    var pricedIn: String?
    var at: String

    init(record: TraceModel.Record, sale: SellBody) {
        self.record = record.id
        slip = sale.slip.digits
        slipGrouped = sale.slip.grouped
        stall = record.issuer
        batch = sale.batch.digits
        quantity = sale.quantity.value.description
        unit = sale.quantity.unit.rawValue
        unitPrice = sale.unitPrice.description
        amount = sale.amount.description
        pricedIn = sale.pricedIn?.rawValue
        at = record.at.text
    }
}
