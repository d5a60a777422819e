import Testing
import TraceGraph
import TraceModel

/// Signed records may carry the largest amount many times over (ingest does not stop a party giving out more
/// than it holds); the drill adds such quantities in 128 bits and shows figures beyond 64 bits clamped.
struct DrillOverflowTests {
    private static let largest = Quantity.kg("999999999999.999999")
    private static let clampedHigh = Amount(micros: .max).description
    private static let clampedLow = Amount(micros: .min).description

    /// The largest amount produced, shipped twelve times to the canteen and all twelve cooked into one meal.
    private func overdrawnChain() throws -> (city: MiniCity, lot: TraceCode, ships: [String], meal: TraceCode) {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, Self.largest, product: .cabbage, at: 10)
        var ships: [String] = []
        var received: [TraceCode] = []
        for minutes in stride(from: Int64(60), through: 60 + 11 * 10, by: 10) {
            let transfer = try city.chain.transfer(lot, Self.largest, from: city.farm, to: city.canteen, at: minutes)
            ships.append(transfer.ship)
            received.append(try #require(transfer.local))
        }
        let meal = try city.chain.use(
            city.canteen, received.map { BatchQuantity(batch: $0, quantity: Self.largest) }, at: 300
        ).meal
        return (city, lot, ships, meal)
    }

    @Test func drillOverTotalsBeyondSixtyFourBitsCompletesWithClampedFigures() throws {
        let chain = try overdrawnChain()
        let report = try Drills.run(chain.city.chain.store, lot: chain.lot.digits)

        // The lot's own ledger: twelve times the largest amount shipped, eleven times it overdrawn — clamped.
        let lot = try #require(report.batches.first { $0.code == chain.lot.digits })
        #expect(lot.created == Self.largest.value.description)
        #expect(lot.shipped == Self.clampedHigh)
        #expect(lot.onHand == Self.clampedLow)

        // The meal's own quantity is twelve times the largest amount: clamped.
        let meal = try #require(report.forward.meals.first { $0.code == chain.meal.digits })
        #expect(meal.quantity == Self.clampedHigh)

        // The overdraw is a negative-on-hand gap, first shown by the second shipment; its size is clamped.
        let overdraws = report.gaps.filter { $0.kind == .negativeOnHand }
        #expect(overdraws.map(\.batch) == [chain.lot.digits])
        #expect(overdraws.first?.record == chain.ships[1])
        #expect(overdraws.first?.quantity == Self.clampedHigh)
        #expect(overdraws.first?.message.contains("gave out \(Self.clampedHigh) kg") == true)
        #expect(report.gaps.count == 1)

        // The lot's one share is passed on once (scaled down by the overdraw), so it still reconciles in full.
        let r = report.reconciliation
        #expect(r.excessOut == Self.clampedHigh)
        #expect(r.exact && r.accountedPercent == "100" && r.inTransit == "0" && r.unaccounted == "0")
        #expect(r.shipped == r.received)
        let produced = try #require(Double(r.produced))
        let used = try #require(Double(r.used))
        #expect(abs(used - produced) / produced < 1e-9)
        #expect(!report.passed && report.failures == ["1 gap in the trace or the reconciliation"])

        // Both renderings of the report complete too.
        #expect(DrillTextRenderer.render(report).contains(Self.clampedHigh))
        #expect(DrillHTMLRenderer.render(report).contains(Self.clampedHigh))
    }
}
