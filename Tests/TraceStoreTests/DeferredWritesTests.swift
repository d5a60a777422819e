import Testing
import TraceModel
import TraceStore

/// The PostgreSQL store's optimistic pass writes its rows late, many to a statement (`PostgresDeferredWrites`): a
/// refusal a primary key finds then surfaces only when the rows are written, and ingest must still name its line,
/// store nothing (or, with `partial`, the rest), and keep every table in input order, as the SQLite store does.
@Suite("ingest refusals met late and long inputs, on both engines")
struct DeferredWritesTests {
    // Guards: a slip code used twice in one input is refused at its second use (slips are not cached while
    // ingesting: the nodes table's primary key finds it), and nothing of the input is stored.
    @Test(arguments: StoreEngine.all) func slipCodeUsedTwiceInOneInputIsRefusedAtItsLine(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let (first, slip) = try chain.sell(sample.stall, sample.stallLot, .kg("0.5"))
        let (second, _) = try chain.sell(sample.stall, sample.stallLot, .kg("0.5"))
        let (reused, _) = try chain.sell(sample.stall, sample.stallLot, .kg("0.5"), slip: slip)
        try chain.expectRefused([first, second, reused], field: "$.body.slip", phrase: "is already used")
    }

    // Guards: with `partial`, the records before and after the one refused late are kept, each slip naming its own
    // sale, and only that line is reported.
    @Test(arguments: StoreEngine.all) func partialKeepsTheRecordsAroundARefusalMetLate(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let (first, slip) = try chain.sell(sample.stall, sample.stallLot, .kg("0.5"))
        let reused = try chain.make(
            sample.stall,
            SellBody(
                slip: slip, batch: sample.stallLot, quantity: .kg("0.5"), unitPrice: Amount("28")!,
                amount: Amount("14")!),
            advance: false)
        let (third, later) = try chain.sell(sample.stall, sample.stallLot, .kg("0.5"))
        let report = try chain.ingest([first, reused, third], partial: true)
        #expect(report.rejected.map(\.line) == [2])
        #expect(report.rejected.first?.field == "$.body.slip")
        #expect(report.accepted == 2)
        #expect(report.committed)
        #expect(try chain.target.recordID(forCode: slip.digits) == first.id)
        #expect(try chain.target.recordID(forCode: later.digits) == third.id)
        #expect(try chain.target.lastRecordIDs(2) == [first.id, third.id])
    }

    // Guards: an input of more rows per table than one statement writes (1,000) is stored whole, in input order
    // (the ledger's order is the records table's), each lot traceable.
    @Test(arguments: StoreEngine.all) func moreRowsThanOneStatementWritesAreStoredInInputOrder(engine: StoreEngine)
        throws
    {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let batchesBefore = try chain.target.counts()["batch"] ?? 0
        var records: [Record] = []
        var lots: [TraceCode] = []
        for _ in 0..<1_100 {
            let (record, lot) = try chain.produce(parties.farm)
            records.append(record)
            lots.append(lot)
        }
        try chain.ingestAll(records)
        #expect(try chain.target.lastRecordIDs(records.count) == records.map(\.id))
        #expect(try chain.target.counts()["batch"] == batchesBefore + 1_100)
        #expect(try chain.target.recordID(forCode: lots[1_050].digits) == records[1_050].id)
        let again = try chain.ingest(records)
        #expect(again.alreadyPresent == records.count)
        #expect(again.accepted == 0)
    }
}
