import Testing
import TraceGraph
import TraceModel
import TraceStore

/// Mass balance (TraceGraph's `MassBalance`) over the store's quantity ledger.
@Suite("mass balance over the store")
struct MassBalanceTests {
    private func balance(_ chain: ChainBuilder) throws -> BalanceReport {
        let codes = try chain.target.graph.batchCodes(holder: nil)
        return try chain.target.withGraph { reader in try MassBalance(reader: reader).report(for: codes) }
    }

    // The baseline: honest quantities close, with the expected per-batch ledger.
    @Test(arguments: StoreEngine.all) func cleanChainCloses(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let report = try balance(chain)
        #expect(report.closes, "\(report.violations)")
        #expect(report.batches.count == 5)
        let carcass = try #require(report.batches.first { $0.batch == sample.carcass.digits })
        #expect(carcass.created == "900" && carcass.shipped == "300" && carcass.onHand == "600" && carcass.unit == "kg")
        let stall = try #require(report.batches.first { $0.batch == sample.stallLot.digits })
        #expect(stall.sold == "2.5" && stall.onHand == "197.5")
        let farm = try #require(report.batches.first { $0.batch == sample.farmLot.digits })
        #expect(farm.shipped == "10" && farm.onHand == "0" && farm.unit == "head")
    }

    // Guards: a stall selling more than it received is a `negative-on-hand` violation naming the sale.
    @Test(arguments: StoreEngine.all) func sellingMoreThanReceivedIsNegativeOnHand(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        // 200 kg: no more than the lot ever held (a larger single sale is refused at ingest), but 2.5 kg were sold.
        let (oversell, _) = try chain.sell(sample.stall, sample.stallLot, .kg("200"))
        try chain.ingestAll([oversell])
        let report = try balance(chain)
        #expect(!report.closes)
        #expect(report.violations.count == 1)
        let violation = try #require(report.violations.first)
        #expect(violation.rule == "negative-on-hand")
        #expect(violation.batch == sample.stallLot.digits)
        #expect(violation.evidence.contains(oversell.id))
        #expect(report.batches.first { $0.batch == sample.stallLot.digits }?.onHand == "-2.5")
    }

    // Guards: a slaughter of 10 head into 5,000 kg (500 kg a head) is outside the pig yield bounds.
    @Test(arguments: StoreEngine.all) func implausibleSlaughterYieldIsOutOfBounds(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let (farm, house) = (parties.farm, parties.slaughterhouse)
        let (produce, lot) = try chain.produce(farm)
        let ship = try chain.ship(farm, lot, .head(10), to: house.id, shipment: "F-1")
        let (receive, live) = try chain.receive(house, shipment: "F-1", from: farm.id, batch: lot, .head(10))
        let (slaughter, carcass) = try chain.slaughter(house, live, 10, into: .kg("5000"))
        try chain.ingestAll([produce, ship, receive, slaughter])
        let report = try balance(chain)
        let violation = try #require(report.violations.first { $0.rule == "yield-out-of-bounds" })
        #expect(report.violations.count == 1)
        #expect(violation.batch == carcass.digits)
        #expect(violation.evidence.first == slaughter.id)
        #expect(violation.message.contains("5000 kg from 10 head"))
    }
}
