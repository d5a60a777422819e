import Testing
import TraceGraph
import TraceModel

/// The reconciliation on a minimal chain, number by number: heads converted to kilograms by actual yield.
struct DrillAccountingTests {
    /// 4 live pigs → 360 kg of carcass (1/90 head per kg) → market 200 kg → stall 100 kg, canteen 50 kg.
    private func pigChain() throws -> (
        city: MiniCity, lot: TraceCode, carcass: TraceCode, stall: TraceCode, canteen: TraceCode
    ) {
        let city = try MiniCity()
        let chain = city.chain
        let lot = try chain.produce(city.farm, .head(4), product: .livePig, at: 10)
        let pigs = try #require(try chain.transfer(lot, .head(4), from: city.farm, to: city.house, at: 60).local)
        let carcass = try chain.transform(city.house, pigs, .head(4), into: .kg("360"), product: .pork, at: 120).output
        let market = try #require(
            try chain.transfer(carcass, .kg("200"), from: city.house, to: city.market, at: 180).local)
        let stall = try #require(
            try chain.transfer(market, .kg("100"), from: city.market, to: city.stall, at: 240).local)
        let canteen = try #require(
            try chain.transfer(market, .kg("50"), from: city.market, to: city.canteen, at: 250).local)
        _ = try chain.sell(city.stall, stall, .kg("30"), at: 300)
        try chain.emit(city.stall, DisposeBody(batch: stall, quantity: .kg("10"), method: "returned"), at: 310)
        _ = try chain.use(city.canteen, [BatchQuantity(batch: canteen, quantity: .kg("20"))], at: 320)
        try chain.emit(city.canteen, DisposeBody(batch: canteen, quantity: .kg("5"), method: "destroyed"), at: 330)
        return (city, lot, carcass, stall, canteen)
    }

    @Test func endStatesAreConvertedToTheLotsUnitByActualYield() throws {
        let chain = try pigChain()
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits)
        let r = report.reconciliation
        #expect(r.unit == "head" && r.produced == "4")
        #expect(r.sold == "0.333333" && r.used == "0.222222" && r.returned == "0.111111" && r.destroyed == "0.055556")
        // On hand: slaughterhouse 160 + market 50 + stall 60 + canteen 25 = 295 kg = 3.277778 head.
        #expect(r.onHand == "3.277778")
        #expect(r.accountedPercent == "100" && r.exact && r.inTransit == "0")
        // Shipped over every hop: 4 head + 200 kg + 100 kg + 50 kg = 4 + 350/90 head.
        #expect(r.shipped == "7.888889" && r.received == "7.888889")
        #expect(report.passed && report.gaps.isEmpty)
        #expect(report.forward.slips.map(\.lotQuantity) == ["0.333333"])
        #expect(report.forward.meals.map(\.quantity) == ["20"])
        let carcass = try #require(report.batches.first { $0.code == chain.carcass.digits })
        #expect(carcass.lotUnitsPerUnit == "0.011111" && carcass.onHand == "160" && carcass.lotQuantity == "4")
        #expect(
            Set(report.forward.parties.map(\.id))
                == Set(
                    [chain.city.farm, chain.city.house, chain.city.market, chain.city.stall, chain.city.canteen].map(
                        \.id)))
        #expect(report.forward.parties.first { $0.id == chain.city.stall.id }?.contact == "028-8000002")
    }

    @Test func aShipmentInTransitIsUnaccountedAndFailsTheDrill() throws {
        let chain = try pigChain()
        let lost = try chain.city.chain.transfer(
            chain.carcass, .kg("18"), from: chain.city.house, to: chain.city.stall, at: 400, receive: false)
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits)
        let r = report.reconciliation
        #expect(r.inTransit == "0.2" && r.unaccounted == "0.2")
        #expect(r.accountedPercent == "95.00" && !r.exact)
        #expect(report.gaps.map(\.kind) == [.inTransit])
        #expect(report.gaps.first?.record == lost.ship && report.gaps.first?.quantity == "0.2")
        #expect(!report.passed && report.failures.contains { $0.contains("95.00%") })
    }

    @Test func aShortReceiptIsUnaccounted() throws {
        let chain = try pigChain()
        try chain.city.chain.transfer(
            chain.carcass, .kg("9"), from: chain.city.house, to: chain.city.stall, at: 400, received: .kg("8.1"))
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits)
        #expect(report.reconciliation.unaccounted == "0.01")
        #expect(report.gaps.map(\.kind) == [.shortReceipt] && !report.passed)
    }

    @Test func aSaleAfterARecallOfAnAncestorIsAGap() throws {
        let chain = try pigChain()
        let recall = try chain.city.chain.emit(
            chain.city.chain.regulator, RecallBody(recall: "RC-9", batch: chain.carcass, level: 1, reason: "召回"),
            at: 500)
        let late = try chain.city.chain.sell(chain.city.stall, chain.stall, .kg("1"), at: 501)
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits)
        #expect(report.gaps.map(\.kind) == [.soldAfterRecall])
        #expect(report.gaps.first?.records == [late.record, recall])
        #expect(report.reconciliation.accountedPercent == "100" && !report.passed)
    }

    @Test func aDrillOverItsTargetFails() throws {
        let chain = try pigChain()
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits, target: 0)
        #expect(report.gaps.isEmpty && report.reconciliation.exact)
        #expect(!report.passed && !report.withinTarget)
        #expect(report.failures.count == 1 && report.failures[0].contains("over the target"))
    }

    @Test func aSlipIsNotALot() throws {
        let chain = try pigChain()
        let slip = try chain.city.chain.sell(chain.city.stall, chain.stall, .kg("1"), at: 600).slip
        #expect(throws: TraceError.self) { try Drills.run(chain.city.chain.store, lot: slip.digits) }
        #expect(throws: TraceError.self) { try Drills.run(chain.city.chain.store, lot: "51010400126112800013") }
    }

    @Test func durationsParse() {
        #expect(DrillDuration.parse("4h") == 14_400_000)
        #expect(DrillDuration.parse("1h30m") == 5_400_000)
        #expect(
            DrillDuration.parse("90s") == 90_000 && DrillDuration.parse("1500ms") == 1500
                && DrillDuration.parse("2") == 7_200_000)
        #expect(
            DrillDuration.parse("") == nil && DrillDuration.parse("4x") == nil && DrillDuration.parse("0h") == nil
                && DrillDuration.parse("h") == nil)
        // Too long to count in milliseconds: refused, not trapped on.
        #expect(
            DrillDuration.parse("9999999999999h") == nil && DrillDuration.parse("9999999999999") == nil
                && DrillDuration.parse("9223372036854775807ms1ms") == nil)
        #expect(
            DrillDuration.text(milliseconds: 14_400_000) == "4 h" && DrillDuration.text(milliseconds: 35) == "35 ms")
    }
}
