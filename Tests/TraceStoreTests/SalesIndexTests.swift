import GRDB
import Testing
import TraceModel
import TraceStore

/// Migration v5: sales and their slips stay out of the indexes nothing reads them through, and what is read
/// through those indexes is unchanged.
@Suite("indexes without sales")
struct SalesIndexTests {
    private func entries(_ store: TraceStore, _ sql: String) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: sql) }
    }

    // Guards: records by kind are indexed except sales, batches by holder except slips, and each index is
    // usable by the condition its queries name.
    @Test func salesAreLeftOutOfTheKindAndHolderIndexes() throws {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        let (sale, slip) = try chain.sell(sample.stall, sample.stallLot, .kg("1"))
        try chain.ingestAll([sale])

        let indexedKinds = try entries(
            chain.store, "SELECT kind FROM records INDEXED BY records_kind_unsold WHERE kind <> 'sell'")
        let allKinds = try entries(chain.store, "SELECT kind FROM records")
        #expect(allKinds.filter { $0 == "sell" }.count >= 2)
        #expect(indexedKinds.sorted() == allKinds.filter { $0 != "sell" }.sorted())

        let stallBatches = try entries(
            chain.store,
            "SELECT code FROM nodes INDEXED BY nodes_holder_batches WHERE type = 'batch' AND holder = '\(sample.stall.id)' ORDER BY code"
        )
        #expect(stallBatches == [sample.stallLot.digits])
        #expect(try chain.store.batchCodes(holder: sample.stall.id) == stallBatches)
        #expect(try !chain.store.batchCodes().contains(slip.digits))

        let names = try entries(chain.store, "SELECT name FROM sqlite_master WHERE type = 'index'")
        #expect(!names.contains("records_kind") && !names.contains("nodes_holder"))
    }
}
