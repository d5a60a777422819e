import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Defences of ingest as a whole (`TraceStore.ingest`): all-or-nothing by default, `partial` keeps
/// exactly the valid records, and the same input twice changes nothing.
@Suite("ingest is atomic, partial on request, and idempotent")
struct AtomicityTests {
    /// Ten records from three issuers; line 5 carries a broken signature. Lines 7 (a receipt of the
    /// shipment on line 5) and 9 (the farm's next seq after line 5) depend on it.
    private struct TenRecords {
        var records: [Record]
        var parties: BasicParties
        var lotA: TraceCode
        var lotB: TraceCode
        var lotC: TraceCode
        var receivedA: TraceCode
        var receivedB: TraceCode
    }

    private func tenRecords(_ chain: ChainBuilder) throws -> TenRecords {
        let parties = try chain.registerBasicParties()
        let (farm, house, vet) = (parties.farm, parties.slaughterhouse, parties.vet)
        let (produceA, lotA) = try chain.produce(farm)
        let (produceB, lotB) = try chain.produce(farm)
        let certifyA = try chain.certify(vet, .animalQuarantine, number: "AQ-A", batch: lotA, subject: farm.id)
        let shipA = try chain.ship(farm, lotA, .head(10), to: house.id, shipment: "F-A")
        let shipB = try chain.ship(farm, lotB, .head(10), to: house.id, shipment: "F-B").withFlippedSignature()
        let (receiveA, receivedA) = try chain.receive(house, shipment: "F-A", from: farm.id, batch: lotA, .head(10))
        let (receiveB, receivedB) = try chain.receive(
            house, shipment: "F-B", from: farm.id, batch: lotB, .head(10), advance: false)
        let certifyB = try chain.certify(vet, .animalQuarantine, number: "AQ-B", batch: lotB, subject: farm.id)
        let (produceC, lotC) = try chain.produce(farm)
        let testA = try chain.make(
            vet, TestBody(batch: lotA, analyte: "clenbuterol", method: "rapid", result: "negative"))
        return TenRecords(
            records: [produceA, produceB, certifyA, shipA, shipB, receiveA, receiveB, certifyB, produceC, testA],
            parties: parties, lotA: lotA, lotB: lotB, lotC: lotC, receivedA: receivedA, receivedB: receivedB)
    }

    // Guards: one bad record in the middle of an input stores nothing, and every problem is listed.
    @Test(arguments: StoreEngine.all) func oneBadRecordRollsBackTheWholeInput(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let input = try tenRecords(chain)
        let before = try StoreSnapshot(chain.target)
        let report = try chain.ingest(input.records)
        #expect(!report.committed)
        #expect(report.accepted == 0)
        #expect(report.rejected.map(\.line) == [5, 7, 9])
        #expect(report.rejected.first?.field == "$.sig.value")
        #expect(report.rejected.first?.recordID == input.records[4].id)
        #expect(try StoreSnapshot(chain.target) == before)
    }

    // Guards: with `partial`, the valid records are kept, the bad one and those depending on it are refused.
    @Test(arguments: StoreEngine.all) func partialKeepsTheValidRecords(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let input = try tenRecords(chain)
        let before = try chain.target.counts()
        let report = try chain.ingest(input.records, partial: true)
        #expect(report.committed)
        #expect(report.accepted == 7)
        let accepted = try chain.target.lastRecordIDs(report.accepted)
        #expect(accepted == [0, 1, 2, 3, 5, 7, 9].map { input.records[$0].id })
        #expect(report.rejected.map(\.line) == [5, 7, 9])
        try #require(report.rejected.map(\.field) == ["$.sig.value", "$.body.shipment", "$.seq"])
        #expect(report.rejected[1].reason.contains("no shipment F-B"))
        #expect(report.rejected[2].reason.contains("gap in the chain"))

        let after = try chain.target.counts()
        #expect(after["records"] == before["records"]! + 7)
        for line in [5, 7, 9] { #expect(try chain.target.record(id: input.records[line - 1].id) == nil) }
        #expect(try chain.target.recordID(forCode: input.receivedA.digits) == input.records[5].id)
        #expect(try chain.target.recordID(forCode: input.receivedB.digits) == nil)
        #expect(try chain.target.recordID(forCode: input.lotC.digits) == nil)
        #expect(try chain.target.verify().findings.isEmpty)
    }

    // Guards: ingesting the same input twice changes nothing the second time; every record is reported already present.
    @Test(arguments: StoreEngine.all) func sameInputTwiceIsANoOp(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let before = try StoreSnapshot(chain.target)
        let report = try chain.ingest(sample.records)
        #expect(report.alreadyPresent == sample.records.count)
        #expect(report.accepted == 0)
        #expect(report.rejected.isEmpty)
        #expect(report.committed)
        #expect(try StoreSnapshot(chain.target) == before)
    }

    // Guards: a record repeated inside one input is stored once.
    @Test(arguments: StoreEngine.all) func repeatedLineInOneInputIsStoredOnce(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let (record, _) = try chain.produce(parties.farm)
        let report = try chain.ingest([record, record])
        #expect(report.accepted == 1)
        #expect(report.alreadyPresent == 1)
        #expect(report.rejected.isEmpty)
    }

    // Guards: in a partial ingest, a refused `register` leaves no trace that later records of the same
    // input could lean on (here: a shipment to the party whose registration was refused).
    @Test(arguments: StoreEngine.all) func partialIngestForgetsARefusedRegistration(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let (lot, code) = try chain.produce(parties.farm)
        try chain.ingestAll([lot])

        let good = try PrivateKey.generate(.ed25519)
        let distributor = TestParty(
            id: "DIST-510100-001", name: "配送中心", role: .distributor, area: "510100", node: "301", key: good)
        var mislabelled = try TestParty(
            id: distributor.id, name: "", role: .distributor, area: "", node: "", key: PrivateKey.generate(.ed25519)
        )
        .registeredKey
        mislabelled.id = "k-0000000000000000"
        let register = try chain.make(
            chain.regulator,
            RegisterBody(
                party: distributor.id, name: distributor.name, role: .distributor, area: distributor.area,
                node: distributor.node,
                keys: [distributor.registeredKey, mislabelled]))
        let ship = try chain.ship(parties.farm, code, .head(2), to: distributor.id, shipment: "F-D")

        let report = try chain.ingest([register, ship], partial: true)
        #expect(report.rejected.map(\.line) == [1, 2], "rejections: \(report.rejected)")
        #expect(report.rejected.last?.field == "$.body.to")
        #expect(try chain.target.record(id: ship.id) == nil)
        #expect(try chain.target.verify().findings.isEmpty)
    }

    // Guards: in a partial ingest, outputs of a refused transform do not exist for later records of the input.
    @Test(arguments: StoreEngine.all) func partialIngestForgetsOutputsOfARefusedTransform(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let house = sample.slaughterhouse
        let fresh = chain.code(house)
        let cut = TransformBody(
            process: .cut, inputs: [BatchQuantity(batch: sample.carcass, quantity: .kg("50"))],
            outputs: [
                TransformOutput(
                    batch: fresh, product: Product(code: "01010201", name: "后腿肉", category: .pork), quantity: .kg("30")),
                TransformOutput(
                    batch: sample.stallLot, product: Product(code: "01010202", name: "前腿肉", category: .pork),
                    quantity: .kg("20")),
            ])
        // The ship takes the transform's seq: once the transform is refused, the ship continues the chain.
        let transform = try chain.make(house, cut, advance: false)
        let ship = try chain.ship(house, fresh, .kg("30"), to: sample.stall.id, shipment: "S-CUT")

        let report = try chain.ingest([transform, ship], partial: true)
        #expect(report.rejected.map(\.line) == [1, 2], "rejections: \(report.rejected)")
        #expect(report.rejected.first?.field == "$.body.outputs[1].batch")
        #expect(report.rejected.last?.field == "$.body.batch")
        #expect(try chain.target.record(id: ship.id) == nil)
        #expect(try chain.target.verify().findings.isEmpty)
    }
}
