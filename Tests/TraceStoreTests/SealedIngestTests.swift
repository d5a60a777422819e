import Testing
import TraceCrypto
import TraceLog
import TraceModel
import TraceStore

/// Ingest of records sealed in batches (one signature over the head of the Merkle tree of their ids): accepted a
/// record at a time, each checked with its path and the one signature; refused, naming the field, when a record is not
/// the one sealed, its path is another's, the head is not signed by the key, or the key is another party's.
@Suite("ingest of sealed batches")
struct SealedIngestTests {
    /// The sample chain ingested, and `count` sales of 1 kg by its stall, made unsigned (each continues the chain).
    static func salesAfterSample(_ count: Int) throws -> (ChainBuilder, SampleChain, [Record]) {
        let chain = try ChainBuilder()
        let sample = try chain.sampleChain()
        try chain.ingestAll(sample.records)
        var sales: [Record] = []
        for _ in 0..<count {
            let (sale, _) = try chain.sell(sample.stall, sample.stallLot, .kg("1"))
            sales.append(sale)
        }
        return (chain, sample, sales)
    }

    @Test func aSealedBatchIngestsAndVerifies() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(37)
        let sealed = try SealedBatch.seal(sales, key: sample.stall.key)
        // The ids do not change: sealing replaces the signature only.
        #expect(sealed.map(\.id) == sales.map(\.id))
        #expect(Set(sealed.map { $0.sig!.value }).count == 1)
        try chain.ingestAll(sealed)
        let report = try chain.store.verify()
        #expect(report.ok, "\(report.findings)")
        // The stored bytes carry the seal.
        let stored = try #require(try chain.store.record(id: sealed[20].id))
        #expect(stored.raw == sealed[20].canonicalBytes)
    }

    // Guards: each sealed record stands on its own, so a batch may arrive in parts (pushes cut anywhere, pulls by page)
    // and the same record signed alone is the same record (already present).
    @Test func aBatchMayArriveInPartsAndTheSameRecordSignedAloneIsPresent() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(9)
        let sealed = try SealedBatch.seal(sales, key: sample.stall.key)
        try chain.ingestAll(Array(sealed[..<4]))
        try chain.ingestAll(Array(sealed[4...]))
        let again = try chain.ingest([try sales[2].signed(by: sample.stall.key)])
        #expect(again.alreadyPresent == 1 && again.rejected.isEmpty, "\(again)")
    }

    // Guards: a record changed after sealing has another id, so another leaf: its path no longer leads to the root.
    @Test func aRecordChangedAfterSealingIsRefused() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(8)
        var sealed = try SealedBatch.seal(sales, key: sample.stall.key)
        let original = sealed[5]
        let changed = try Record(
            kind: .sell, issuer: original.issuer, seq: original.seq, prev: original.prev, at: original.at,
            body: SellBody(
                slip: TraceCode(payload: "5101041122611280099")!, batch: sample.stallLot, quantity: .kg("1"),
                unitPrice: Amount("28")!, amount: Amount("28")!))
        sealed[5] = changed.signed(with: original.sig!)
        // Later records name the original in `prev`: offer the batch up to the changed one.
        try chain.expectRefused(
            Array(sealed[...5]), field: "$.sig.seal.path", phrase: "not the one sealed at leaf 5 of 8")
    }

    // Guards: another leaf's path (a genuine path of the same batch) does not fit this record.
    @Test func anotherRecordsPathIsRefused() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(8)
        var sealed = try SealedBatch.seal(sales, key: sample.stall.key)
        var sig = sealed[2].sig!
        sig.seal!.path = sealed[3].sig!.seal!.path
        sig.seal!.index = 3
        sealed[2] = sealed[2].signed(with: sig)
        try chain.expectRefused(Array(sealed[...2]), field: "$.sig.seal.path", phrase: "is not the one sealed")
    }

    // Guards: the size is part of the head and fixes the path's shape: the same path claimed for a larger batch is
    // refused; a flipped signature is refused as not the key's. Near miss on the other side: the genuine size and
    // signature pass (aSealedBatchIngestsAndVerifies).
    @Test func aChangedSizeOrSignatureIsRefused() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(5)
        let sealed = try SealedBatch.seal(sales, key: sample.stall.key)
        try chain.ingestAll(Array(sealed[..<4]))
        var sig = sealed[4].sig!
        sig.seal!.size = 6
        try chain.expectRefused(
            [sealed[4].signed(with: sig)], field: "$.sig.seal.path",
            phrase: "leaf 4 of 6 has a path of 2 hashes, found 1")
        try chain.expectRefused(
            [sealed[4].withFlippedSignature(byte: 7)], field: "$.sig.value",
            phrase: "is not signed by key \(sample.stall.keyID) of party \(sample.stall.id)")
    }

    // Guards: a party's records sealed by another party's key are refused (the key is not the issuer's), and a head a
    // party signed for its own records vouches for no other party's record even at the same place in a tree.
    @Test func aRecordClaimedSealedByAnotherPartyIsRefused() throws {
        let (chain, sample, sales) = try Self.salesAfterSample(4)
        let byMarket = try SealedBatch.seal(sales, key: sample.market.key)
        try chain.expectRefused(
            [byMarket[0]], field: "$.sig.key",
            phrase: "belongs to party \(sample.market.id), not to the issuer \(sample.stall.id)")
        #expect(throws: LogError.self) {
            try SealedBatch.seal([sales[0], try chain.produce(sample.farm, advance: false).0], key: sample.stall.key)
        }
    }
}
