import Testing

/// Says, in the test output, when the conformance suite's PostgreSQL cases are not run.
@Suite("store engines")
struct StoreEngineTests {
    @Test(.disabled(if: StoreEngine.postgresBase == nil, StoreEngine.skipReason))
    func postgresCasesRun() {
        #expect(StoreEngine.all == [.sqlite, .postgres])
    }
}
