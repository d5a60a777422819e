import Testing
import TraceAudit
import TraceGraph
import TraceModel
import TraceStore
import TraceStoreAudit

/// `AuditQuery.nodesWithoutInputs(createdBy:_:)` on the store: the one statement behind `missing-step-back`.
struct NodesWithoutInputsTests {
    private let creating: [RecordKind] = [.receive, .transform, .sell, .use]

    private func orphans(_ city: MiniCity, _ kinds: [RecordKind], _ scope: AuditScope = AuditScope()) throws
        -> [GraphNodeSummary]
    {
        try city.chain.store.withAuditQuery { query in
            try query.nodesWithoutInputs(createdBy: kinds, scope).map {
                GraphNodeSummary(code: $0.code, record: $0.record, kind: $0.kind, holder: $0.holder)
            }
        }
    }

    @Test func findsTheMealWithNoIngredientAndNotTheMealMadeFromABatch() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .kg("30"), product: .cabbage, at: 10)
        let local = try #require(
            try city.chain.transfer(lot, .kg("30"), from: city.farm, to: city.canteen, at: 60).local)
        let traced = try city.chain.use(city.canteen, [BatchQuantity(batch: local, quantity: .kg("10"))], at: 200)
        let untraced = try city.chain.use(city.canteen, [], at: 300)

        let found = try orphans(city, creating)
        #expect(
            found == [
                GraphNodeSummary(
                    code: untraced.meal.digits, record: untraced.record, kind: .use, holder: city.canteen.id)
            ])
        #expect(!found.contains { $0.code == traced.meal.digits || $0.code == local.digits })
        // The farm lot has no input either, but `produce` was not asked about.
        #expect(try orphans(city, [.produce]).map(\.code) == [lot.digits])
        #expect(try orphans(city, [.receive, .transform, .sell]).isEmpty)
        #expect(try orphans(city, []).isEmpty)
    }

    @Test func theScopeFiltersByTheCreatingRecordAndTheKindsSetTheOrder() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .kg("30"), product: .cabbage, at: 10)
        let meal = try city.chain.use(city.canteen, [], at: 300)
        let at300 = MiniChain.at(300).epochMilliseconds
        #expect(try orphans(city, creating, AuditScope(party: city.canteen.id)).map(\.code) == [meal.meal.digits])
        #expect(try orphans(city, creating, AuditScope(party: city.stall.id)).isEmpty)
        #expect(try orphans(city, creating, AuditScope(until: at300)).isEmpty)
        #expect(try orphans(city, creating, AuditScope(since: at300)).map(\.code) == [meal.meal.digits])
        #expect(try orphans(city, creating, AuditScope(since: at300 + 1)).isEmpty)
        // In the order of the kinds asked for, whatever the record order.
        #expect(try orphans(city, [.use, .produce]).map(\.code) == [meal.meal.digits, lot.digits])
        #expect(try orphans(city, [.produce, .use]).map(\.code) == [lot.digits, meal.meal.digits])
    }
}

/// The parts of a ``GraphNode`` these tests compare.
private struct GraphNodeSummary: Equatable {
    var code: String
    var record: String
    var kind: RecordKind
    var holder: String
}
