import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// `loggedAfterRevocation(of:)`: the records, of those asked for, that the log holds after their key's `revoke`
/// record — a store filled with no log (the revocation by time alone let them in), then turned into a hub. Asked for
/// some records, it reads only those: the answer must be exactly the asked-for flagged ones, in log order, whatever
/// the order they were asked in.
@Suite("records logged after their key's revocation")
struct LoggedAfterRevocationTests {
    /// The sample chain; a sale logged before the stall's key was revoked, the revocation (from a time after every
    /// sale), then two sales dated before it but accepted after it; the log turned on last.
    static func storeWithLateSales() throws -> (
        ChainBuilder, SampleChain, before: Record, revoke: Record, late: [Record]
    ) {
        let chain = try ChainBuilder()
        let sample = try chain.sampleChain()
        try chain.ingestAll(sample.records)
        let (before, _) = try chain.sell(sample.stall, sample.stallLot, .kg("1"))
        try chain.ingestAll([before])
        let late = [
            try chain.sell(sample.stall, sample.stallLot, .kg("1")).0,
            try chain.sell(sample.stall, sample.stallLot, .kg("2")).0,
        ]
        let revoke = try chain.make(
            chain.regulator, RevokeBody(key: sample.stall.keyID, from: chain.later(minutes: 60), reason: "key stolen"))
        try chain.ingestAll([revoke])
        try chain.ingestAll(late)
        try chain.store.enableLog()
        return (chain, sample, before, revoke, late)
    }

    @Test func onlyTheAskedForRecordsLoggedAfterTheRevocationInLogOrder() throws {
        let (chain, sample, before, revoke, late) = try Self.storeWithLateSales()
        let everyone = try chain.store.loggedAfterRevocation()
        #expect(everyone.map(\.record) == late.map(\.id))
        let first = try #require(everyone.first)
        #expect(first.key == sample.stall.keyID && first.party == sample.stall.id && first.revocation == revoke.id)
        #expect(first.recordLeaf == first.revocationLeaf + 1, "the first late sale is the leaf after the revocation")

        // Asked for in reverse order, with the sale logged before the revocation, another party's record and an id
        // the store does not hold: the two late sales, in log order, and nothing else.
        let asked = [
            late[1].id, before.id, sample.records[0].id, late[0].id,
            RecordID.from(digest: [UInt8](repeating: 7, count: 32)),
        ]
        let found = try chain.store.loggedAfterRevocation(of: asked)
        #expect(found == everyone)
        // Near misses: one late sale asked for alone; only records that are not flagged; nothing asked.
        #expect(try chain.store.loggedAfterRevocation(of: [late[1].id]) == [everyone[1]])
        #expect(try chain.store.loggedAfterRevocation(of: [before.id, revoke.id]).isEmpty)
        #expect(try chain.store.loggedAfterRevocation(of: []).isEmpty)
    }

    // Guards: a store that keeps no log says nothing, even of a record the revocation would flag there.
    @Test func aStoreWithoutALogFlagsNothing() throws {
        let chain = try ChainBuilder()
        let sample = try chain.sampleChain()
        try chain.ingestAll(sample.records)
        let (sale, _) = try chain.sell(sample.stall, sample.stallLot, .kg("1"))
        let revoke = try chain.make(
            chain.regulator, RevokeBody(key: sample.stall.keyID, from: chain.later(minutes: 60), reason: "key stolen"))
        try chain.ingestAll([revoke])
        try chain.ingestAll([sale])
        #expect(try chain.store.loggedAfterRevocation(of: [sale.id]).isEmpty)
        #expect(try chain.store.loggedAfterRevocation().isEmpty)
    }
}
