import Testing
import TraceGraph
import TraceModel
import TraceStore

/// Upstream and downstream traces (TraceGraph's `Tracer`) over the store's graph tables (`StoreGraphReader`).
@Suite("trace up and down over the store")
struct TraceGraphTests {
    // Guards: the upstream walk (every hop back to a farm lot, with its documents and signature status).
    @Test(arguments: StoreEngine.all) func traceUpFromASlipReachesTheFarmWithEveryHopsDocuments(engine: StoreEngine)
        throws
    {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let result = try chain.target.trace(.up, from: sample.slip)

        #expect(result.complete, "gaps: \(result.gaps)")
        #expect(result.gaps.isEmpty)
        #expect(result.origins.map(\.code) == [sample.farmLot.digits])
        #expect(result.origins.first?.party == sample.farm.id)
        #expect(result.origins.first?.role == .farm)
        let path = [sample.slip, sample.stallLot, sample.carcass, sample.liveLot, sample.farmLot].map(\.digits)
        #expect(result.nodes.map(\.code) == path)
        #expect(result.nodes.map(\.depth) == [0, 1, 2, 3, 4])
        #expect(
            result.nodes.map(\.party)
                == [sample.stall, sample.stall, sample.slaughterhouse, sample.slaughterhouse, sample.farm].map(\.id))
        #expect(result.nodes.map(\.kind) == [.sell, .receive, .transform, .receive, .produce])
        #expect(result.nodes.allSatisfy { $0.verified })
        #expect(result.nodes.first?.batch == sample.stallLot.digits, "a slip names the batch it was sold from")

        func documents(_ code: TraceCode) -> Set<String> {
            Set(result.nodes.first { $0.code == code.digits }?.documents.filter(\.certified).map(\.number) ?? [])
        }
        let carcassPapers: Set = [SampleChain.meatInspection.number, SampleChain.productQuarantine.number]
        #expect(documents(sample.stallLot) == carcassPapers)
        #expect(documents(sample.carcass) == carcassPapers)
        #expect(documents(sample.liveLot) == [SampleChain.animalQuarantine.number])
        #expect(documents(sample.farmLot) == [SampleChain.animalQuarantine.number])
        let quarantine = result.nodes.last?.documents.first { $0.type == .animalQuarantine }
        #expect(quarantine?.issuer == sample.vet.id)
    }

    // Guards: the downstream walk, the recall scope: exactly the slips and meals made from the lot.
    @Test(arguments: StoreEngine.all) func traceDownFromTheFarmLotListsExactlyTheSlipsAndMeals(engine: StoreEngine)
        throws
    {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let result = try chain.target.trace(.down, from: sample.farmLot)

        #expect(result.complete, "gaps: \(result.gaps)")
        #expect(result.slips == [sample.slip.digits])
        #expect(result.meals == [sample.meal.digits])
        #expect(result.inTransit.isEmpty)
        #expect(
            Set(result.nodes.map(\.code))
                == Set(
                    [
                        sample.farmLot, sample.liveLot, sample.carcass, sample.stallLot, sample.canteenLot,
                        sample.slip, sample.meal,
                    ].map(\.digits)))
        #expect(
            result.parties == [sample.canteen, sample.farm, sample.slaughterhouse, sample.stall].map(\.id).sorted())
        let meal = result.nodes.first { $0.code == sample.meal.digits }
        #expect(meal?.batch == sample.canteenLot.digits)
        let toMeal = result.edges.first { $0.child == sample.meal.digits }
        #expect(toMeal?.quantity == "10" && toMeal?.unit == "kg")
    }

    // Guards: completeness (one step forward): a shipment without a receipt leaves the trace incomplete.
    @Test(arguments: StoreEngine.all) func shipmentWithoutReceiptMakesTraceDownIncomplete(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.sampleChain()
        // Leave out the canteen's receipt and its meal: the 100 kg shipment is still on the road.
        let records = sample.records.filter { $0.issuer != sample.canteen.id || $0.kind == .register }
        #expect(records.count == sample.records.count - 2)
        try chain.ingestAll(records)

        let result = try chain.target.trace(.down, from: sample.farmLot)
        #expect(!result.complete)
        #expect(result.meals.isEmpty)
        #expect(result.slips == [sample.slip.digits])
        let transit = try #require(result.inTransit.first)
        #expect(result.inTransit.count == 1)
        #expect(transit.shipment == "S-2026-015")
        #expect(transit.to == sample.canteen.id)
        #expect(transit.batch == sample.carcass.digits)
        #expect(transit.quantity == "100" && transit.unit == "kg")
        #expect(result.gaps.contains { $0.contains("S-2026-015") && $0.contains("no receipt") })
    }

    // Guards: a trace of a code the store does not hold is an error, not an empty (and "complete") trace.
    @Test(arguments: StoreEngine.all) func unknownCodeIsATraceError(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        _ = try chain.registerBasicParties()
        let missing = TraceCode(area: "510112", node: "003", date: "261128", serial: 9999)!
        // The Tracer's TraceError reaches the caller wrapped in the store's StoreError (see TraceStore.read).
        let error = #expect(throws: (any Error).self) { try chain.target.trace(.up, from: missing) }
        #expect(error.map { "\($0)" }?.contains("no batch, slip or meal with trace code \(missing)") == true)
    }
}
