import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceStore

/// Records the store holds already are not checked again: an input that overlaps the store (a re-sent export, a
/// sync that starts a little early) costs no signature checks for what is there. A record at a stored `seq` that
/// is not the stored one is still checked, by the writer, before it is kept as evidence of equivocation.
@Suite("records already stored")
struct StoredRecordsTests {
    /// Reads `records` through the parallel phase of an ingest into `store`, as ingest does.
    private func readAhead(_ records: [TraceModel.Record], store: TraceStore) throws -> [ParsedLine] {
        let pipeline = LinePipeline(
            input: try IngestInput.lines(ChainBuilder.lines(records)).reader(),
            keys: SignatureKeys(lookUp: store.concurrentKeyLookUp()),
            heads: StoredHeads(lookUp: store.concurrentHeadLookUp()))
        pipeline.start()
        defer { pipeline.cancel() }
        var parsed: [ParsedLine] = []
        while let chunk = pipeline.next() {
            parsed += chunk.lines
            pipeline.recycle(chunk)
        }
        return parsed
    }

    // Guards: the readers skip the signature checks of records at or below their issuer's stored head, and check
    // every other (a new record of a known issuer, a new issuer's records).
    @Test func readersCheckOnlyRecordsBeyondTheStoredHeads() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let sample = try chain.ingestSampleChain()
        let newRecord = try chain.produce(sample.farm).0
        let (party, registration) = try chain.registration("FARM-510112-009", role: .farm, area: "510112", node: "009")
        let newParty = try chain.produce(party).0
        let parsed = try readAhead(sample.records + [newRecord, registration, newParty], store: chain.store)

        #expect(parsed.count == sample.records.count + 3)
        let stored = parsed.prefix(sample.records.count)
        #expect(stored.allSatisfy { $0.record != nil && $0.signatureValid == nil }, "stored records were checked")
        #expect(parsed.suffix(3).map(\.signatureValid) == [true, true, true])

        // In a store holding nothing all are checked; in memory too (no second connection to read heads with, nor
        // the trust anchors: the regulator's records are left to the writer, as before anything was stored).
        let empty = try TraceStore.create(path: directory.file("empty.sqlite"), anchors: chain.anchors)
        #expect(try readAhead(sample.records, store: empty).allSatisfy { $0.signatureValid == true })
        let inMemory = try readAhead(sample.records, store: chain.freshStore())
        #expect(
            inMemory.filter { $0.record?.issuer != ChainBuilder.regulatorID }.allSatisfy { $0.signatureValid == true })
        #expect(inMemory.contains { $0.signatureValid == true })
    }

    // Guards: re-ingesting what a store file holds reports every record already present and changes nothing, as
    // it did when every signature was checked again.
    @Test func reIngestOfAStoreFileAddsNothing() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let sample = try chain.ingestSampleChain()
        let before = try StoreSnapshot(chain.store)
        let report = try chain.ingest(sample.records)
        #expect(report.accepted == 0 && report.alreadyPresent == sample.records.count && report.rejected.isEmpty)
        #expect(try StoreSnapshot(chain.store) == before)
    }

    // Guards: a forged record at a stored seq, not checked by the readers, is checked by the writer: refused for
    // its signature, no evidence kept (nobody can frame a party with equivocation through a store file either).
    @Test func aForgedRecordAtAStoredSeqIsCheckedByTheWriter() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let parties = try chain.registerBasicParties()
        try chain.ingestAll([try chain.produce(parties.farm).0])
        let forged = try chain.make(
            parties.farm, chain.lotBody(parties.farm, .head(3)), seq: 1, prev: .some(nil), advance: false
        )
        .withFlippedSignature()
        try chain.expectRefused([forged], field: "$.sig.value", phrase: "does not verify")
        #expect(try chain.store.counts()["equivocations"] == 0)
    }

    // Guards: a validly signed record at a stored seq is still found to equivocate and kept as evidence.
    @Test func aSignedRecordAtAStoredSeqIsKeptAsEvidence() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let parties = try chain.registerBasicParties()
        let first = try chain.produce(parties.farm).0
        try chain.ingestAll([first])
        let conflicting = try chain.make(
            parties.farm, chain.lotBody(parties.farm, .head(3)), seq: 1, prev: .some(nil), advance: false)
        let report = try chain.ingest([conflicting])
        #expect(!report.committed)
        #expect(report.rejected.first?.reason.contains("equivocation") == true)
        #expect(report.equivocations.first?.conflictingID == conflicting.id)
        #expect(try chain.store.counts()["equivocations"] == 1)
    }

    // Guards: the record-by-record pass (after a refusal) skips the same checks: a record at or below its issuer's
    // stored head is left unchecked, the next one checked.
    @Test func theRecordByRecordPassSkipsStoredRecordsToo() throws {
        let chain = try ChainBuilder()
        let parties = try chain.registerBasicParties()
        let records = [try chain.produce(parties.farm).0, try chain.produce(parties.farm).0]
        var parsed = LineParsing.parse(ChainBuilder.lines(records))
        LineParsing.verify(
            &parsed, keys: [parties.farm.keyID: parties.farm.key.publicKey], storedHeads: [parties.farm.id: 1])
        #expect(parsed.map(\.signatureValid) == [nil, true])
    }

    // Guards: with `partial`, an input overlapping a store file keeps its new valid records, reports the stored ones
    // as present and refuses the bad one.
    @Test func aPartialInputOverlappingTheStoreKeepsWhatIsNew() throws {
        let directory = try TemporaryDirectory()
        let chain = try ChainBuilder(storeAt: directory.file("store.sqlite"))
        let sample = try chain.ingestSampleChain()
        let bad = try chain.produce(sample.farm, advance: false).0.withFlippedSignature()
        let good = try chain.produce(sample.farm).0
        let report = try chain.ingest(sample.records + [bad, good], partial: true)
        #expect(report.alreadyPresent == sample.records.count)
        #expect(report.accepted == 1)
        #expect(try chain.store.lastRecordIDs(1) == [good.id])
        #expect(report.rejected.map(\.line) == [sample.records.count + 1])
        #expect(report.rejected.first?.field == "$.sig.value")
    }
}
