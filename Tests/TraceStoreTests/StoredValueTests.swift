import FoodTraceKit
import Foundation
import Testing
import TraceModel
import TraceStore
import TraceStoreAudit

/// What the store keeps in a closed set of values is read strictly: a value this version does not know is a
/// `corrupt` error naming the column and the value, never a default (a batch, a kilogram, `produce`) and never a row
/// passed over; another known value reads as itself (the near miss).
@Suite("stored values are never guessed")
struct StoredValueTests {
    private func corrupt(
        _ body: () throws -> Void, naming phrase: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try body()
            Issue.record("no error: expected one naming \(phrase)", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            #expect(error.code == .corrupt, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(phrase), "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("not a StoreError: \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func unknownUnitsRolesAndKindsAreErrors() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let parties = try chain.registerBasicParties()
        let (produce, lot) = try chain.produce(parties.farm)
        try chain.ingestAll([produce])
        let id = produce.id

        // Near misses: another unit, role and kind that exist read as themselves.
        try RawDatabase.execute(path: path, "UPDATE nodes SET unit = 'g' WHERE code = '\(lot.digits)'")
        try RawDatabase.execute(path: path, "UPDATE parties SET role = 'distributor' WHERE id = '\(parties.farm.id)'")
        var store = try TraceStore.open(path: path)
        #expect(try store.withGraph { try $0.node(lot.digits) }?.quantity.unit == .gram)
        #expect(try store.withAuditQuery { try $0.parties() }.first { $0.id == parties.farm.id }?.role == .distributor)
        #expect(try store.record(id: id)?.kind == .produce)

        try RawDatabase.execute(path: path, "UPDATE nodes SET unit = 'stone' WHERE code = '\(lot.digits)'")
        try RawDatabase.execute(path: path, "UPDATE parties SET role = 'wizard' WHERE id = '\(parties.farm.id)'")
        try RawDatabase.execute(path: path, "UPDATE records SET kind = 'barter' WHERE id = '\(id)'")
        store = try TraceStore.open(path: path)
        corrupt({ _ = try store.withGraph { try $0.node(lot.digits) } }, naming: #"unit column holds "stone""#)
        corrupt({ _ = try store.withAuditQuery { try $0.parties() } }, naming: #"parties.role holds "wizard""#)
        corrupt({ _ = try store.withGraph { try $0.party(parties.farm.id) } }, naming: #"role column holds "wizard""#)
        corrupt({ _ = try store.record(id: id) }, naming: #"records.kind holds "barter""#)
    }

    // Guards: a stored receipt whose body no longer decodes is an error of the audit view, naming the record; the
    // same receipt with its body intact is one of the receipts.
    @Test func aReceiptThatDoesNotDecodeIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let parties = try chain.registerBasicParties()
        let (produce, lot) = try chain.produce(parties.farm)
        let ship = try chain.ship(parties.farm, lot, .head(10), to: parties.slaughterhouse.id, shipment: "S-1")
        let (receive, _) = try chain.receive(
            parties.slaughterhouse, shipment: "S-1", from: parties.farm.id, batch: lot, .head(10))
        try chain.ingestAll([produce, ship, receive])
        var store = try TraceStore.open(path: path)
        #expect(try store.withAuditQuery { try $0.receipts(AuditScope()) }.map(\.record) == [receive.id])

        try RawDatabase.execute(
            path: path,
            """
            UPDATE records SET raw = CAST(replace(CAST(raw AS TEXT), '"accepted":true', '"accepted":"yes"') AS BLOB)
            WHERE id = '\(receive.id)'
            """)
        store = try TraceStore.open(path: path)
        corrupt({ _ = try store.withAuditQuery { try $0.receipts(AuditScope()) } }, naming: receive.id)
    }
}
