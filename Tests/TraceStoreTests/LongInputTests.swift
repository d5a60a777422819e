import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Inputs far longer than what ingest reads ahead at a time: keys learnt from `register` records half-way
/// through, a refusal near the end of the input, the same input twice, a store file and an in-memory store.
@Suite("ingest of long inputs")
struct LongInputTests {
    /// Two farms: A registered first, with 200 lots; B registered after them, with 100 lots (lines 203–302).
    private struct TwoFarms {
        var records: [Record]
        /// Input line of farm A's last lot.
        var lastOfFarmA: Int
    }

    private func twoFarms(_ chain: ChainBuilder) throws -> TwoFarms {
        let (farmA, registerA) = try chain.registration("FARM-510112-003", role: .farm, area: "510112", node: "003")
        var records = [registerA]
        for _ in 0..<200 { records.append(try chain.produce(farmA).0) }
        let lastOfFarmA = records.count
        let (farmB, registerB) = try chain.registration("FARM-510121-007", role: .farm, area: "510121", node: "007")
        records.append(registerB)
        for _ in 0..<100 { records.append(try chain.produce(farmB).0) }
        return TwoFarms(records: records, lastOfFarmA: lastOfFarmA)
    }

    // Guards: keys registered in the input sign records further on, in the same and in later read-ahead chunks.
    @Test(arguments: [false, true])
    func everyRecordIsAppliedInOrder(onFile: Bool) throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        let store =
            onFile ? try TraceStore.create(path: directory.file("store.sqlite"), anchors: chain.anchors) : chain.store
        let input = try twoFarms(chain)
        let report = try chain.ingest(input.records, into: store)
        #expect(report.rejected.isEmpty, "\(report.rejected.prefix(3))")
        #expect(report.committed)
        #expect(try store.lastRecordIDs(report.accepted) == input.records.map(\.id))
        #expect(try store.counts()["records"] == input.records.count)
        #expect(try store.verify().findings.isEmpty)

        let again = try chain.ingest(input.records, into: store)
        #expect(again.accepted == 0 && again.rejected.isEmpty)
        #expect(again.alreadyPresent == input.records.count)
    }

    // Guards: keys the store already holds (from an earlier ingest) sign a long input.
    @Test func keysFromTheStoreSignALaterInput() throws {
        let chain = try ChainBuilder()
        let directory = try TemporaryDirectory()
        let store = try TraceStore.create(path: directory.file("store.sqlite"), anchors: chain.anchors)
        let input = try twoFarms(chain)
        let registrations = [input.records[0], input.records[input.lastOfFarmA]]
        try chain.ingestAll(registrations, into: store)
        let lots = input.records.enumerated().filter { $0.offset != 0 && $0.offset != input.lastOfFarmA }.map(\.element)
        try chain.ingestAll(lots, into: store)
        #expect(try store.counts()["records"] == input.records.count)
    }

    // Guards: a bad signature near the end of a long input still rolls back everything before it, and
    // `partial` keeps exactly the others.
    @Test(arguments: [false, true])
    func aRefusalNearTheEndIsReportedLikeAnyOther(partial: Bool) throws {
        let chain = try ChainBuilder()
        var input = try twoFarms(chain)
        let line = input.lastOfFarmA
        input.records[line - 1] = input.records[line - 1].withFlippedSignature()
        let before = try StoreSnapshot(chain.store)
        let report = try chain.ingest(input.records, partial: partial)
        #expect(report.rejected.map(\.line) == [line])
        #expect(report.rejected.first?.field == "$.sig.value")
        #expect(report.rejected.first?.recordID == input.records[line - 1].id)
        if partial {
            #expect(report.committed)
            #expect(report.accepted == input.records.count - 1)
            #expect(try chain.store.record(id: input.records[line - 1].id) == nil)
            #expect(try chain.store.counts()["records"] == input.records.count - 1)
        } else {
            #expect(!report.committed)
            #expect(report.accepted == 0)
            #expect(try StoreSnapshot(chain.store) == before)
        }
    }
}
