import Foundation
import SourceTickets
import Testing
import TraceAudit
import TraceGraph
import TraceModel
import TraceStoreAudit

/// The store's set-based audit queries that the source-tickets and school-meals rules ask, each on a minimal
/// chain with a near miss beside every hit.
@Suite("store audit queries: overdrawn batches, quoted documents, receipts by receiver, upstream traces")
struct StoreQueryTests {
    static let outflows = ["destroy", "return", "sell", "ship", "transform", "use"]

    func sell(_ scene: Scene, _ batch: TraceCode, kilograms: Int, hour: Double) throws -> String {
        try scene.chain.add(
            scene.stall,
            SellBody(
                slip: scene.stall.code(), batch: batch, quantity: .kg(kilograms),
                unitPrice: Amount(5), amount: Amount(5 * kilograms)), at: Chain.at(hours: hour))
    }

    func overdrawn(_ scene: Scene, outflows: [String] = outflows, through hour: Double = 240) throws -> [String] {
        try scene.chain.store.withAuditQuery { query in
            try query.overdrawnBatches(outflows: outflows, through: Chain.at(hours: hour).epochMilliseconds)
        }
    }

    @Test("a batch sold past what it received is overdrawn; one sold or shipped exactly in full is not")
    func overdrawnBatches() throws {
        let scene = try Scene()
        let greens = try scene.vegetables(hour: 1)
        let stall = try scene.deliver(greens.batch, kilograms: 50, to: scene.stall, documents: [greens.proof], hour: 3)
        _ = try sell(scene, stall.code, kilograms: 30, hour: 5)
        _ = try sell(scene, stall.code, kilograms: 21, hour: 6)
        // The farm lot shipped all 300 kg, the market 50 of its 300: neither is overdrawn.
        #expect(try overdrawn(scene) == [stall.code.digits])
        // Before the crossing sale, or when sales do not count, nothing is.
        #expect(try overdrawn(scene, through: 5.5).isEmpty)
        #expect(try overdrawn(scene, outflows: ["ship", "transform"]).isEmpty)
        #expect(try overdrawn(scene, outflows: []).isEmpty)
    }

    func quoted(_ scene: Scene, _ code: TraceCode) throws -> [DocumentRef]? {
        try scene.chain.store.withAuditQuery { try $0.documentsQuoted(creating: code.digits) }
    }

    @Test("the documents quoted by the receipt that made a batch, in order; nil for a batch no receipt made")
    func documentsQuoted() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        #expect(try quoted(scene, pork.wholesaleBatch) == pork.documents)
        #expect(pork.documents.count == 2)
        // The farm lot and the carcass were not received; an unknown code was never made.
        #expect(try quoted(scene, pork.lot) == nil)
        #expect(try quoted(scene, pork.carcass) == nil)
        let unknown = try #require(TraceCode(area: "510104", node: "999", date: Chain.start.localDateDigits, serial: 9))
        #expect(try quoted(scene, unknown) == nil)
        // The shipment quotes both documents, the stall's receipt none: the stall's batch has none.
        let stall = try scene.deliver(
            pork.wholesaleBatch, kilograms: 10, to: scene.stall, documents: pork.documents, hour: 8,
            receiptDocuments: [])
        #expect(try quoted(scene, stall.code) == [])
    }

    @Test("the receipts of some receivers are the same as all receipts filtered, inspectors included")
    func receiptsByReceiver() throws {
        let scene = try Scene()
        let greens = try scene.vegetables(hour: 1)
        let school = try scene.deliver(
            greens.batch, kilograms: 20, to: scene.school, documents: [greens.proof], hour: 3,
            inspectors: ["王敏"])
        _ = try scene.deliver(greens.batch, kilograms: 30, to: scene.stall, documents: [greens.proof], hour: 4)
        try scene.chain.store.withAuditQuery { query in
            let context = AuditContext(query: query, now: Chain.at(hours: 240).epochMilliseconds, scope: AuditScope())
            let some = try AuditIndex(context: context)
            let schools = try some.receipts(receivedBy: [scene.school.id])
            #expect(schools.map(\.record) == [school.receipt])
            #expect(try some.inspectors(of: school.receipt) == ["王敏"])
            let all = try AuditIndex(context: context)
            #expect(schools == (try all.receipts()).filter { $0.receiver == scene.school.id })
            // Once every receipt is at hand, the filtered answer comes from them.
            #expect(try all.receipts(receivedBy: [scene.school.id]) == schools)
            #expect(try all.receipts(receivedBy: []).isEmpty)
        }
    }

    @Test("upstream traces that share hops in one view equal traces each read afresh")
    func tracesShareHops() throws {
        let scene = try Scene()
        let pork = try scene.pork()
        let meat = try scene.deliver(
            pork.wholesaleBatch, kilograms: 12, to: scene.school, documents: pork.documents, hour: 9)
        let stall = try scene.deliver(
            pork.wholesaleBatch, kilograms: 10, to: scene.stall, documents: pork.documents, hour: 10)
        let codes = [meat.code, stall.code, pork.wholesaleBatch, meat.code].map(\.digits)
        let shared = try scene.chain.store.withAuditQuery { query in try codes.map { try query.traceUp($0) } }
        let fresh = try codes.map { code in try scene.chain.store.withAuditQuery { try $0.traceUp(code) } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try shared.map { try encoder.encode($0) } == fresh.map { try encoder.encode($0) })
        // School batch, market batch, carcass, the slaughterhouse's pigs, the farm lot: all complete.
        #expect(shared[0].nodes.count == 5)
        #expect(shared.allSatisfy { $0.complete })
    }
}
