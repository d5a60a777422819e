import Foundation
import GRDB
import Testing
import TraceGraph
import TraceModel
import TraceStore

/// The store answers a whole level of a walk at once (``GraphReader``'s batched requirements); every answer must be
/// what asking code by code gives, and a trace through the batched reads must be the trace code by code.
@Suite("batched graph reads")
struct BatchedReadsTests {
    static var city: DemoCityStore { DemoCityGraphTests.city }

    /// Every node code of the demo city, and one code that is in no table.
    private static func codes() throws -> [String] {
        try city.store.read { db in try String.fetchAll(db, sql: "SELECT code FROM nodes ORDER BY rowid") } + [
            "99999999999999999999"
        ]
    }

    @Test func everyBatchedReadIsTheOneByOneRead() throws {
        let codes = try Self.codes()
        #expect(codes.count > 5_000)
        let holders =
            try Self.city.store.read { db in try String.fetchAll(db, sql: "SELECT id FROM parties ORDER BY id") } + [
                "NO-SUCH-PARTY"
            ]
        try Self.city.store.withGraph { reader in
            let single = OneCodeAtATime(reader)
            let walkNodes = (try reader.walkNodes(codes), try single.walkNodes(codes))
            #expect(walkNodes.0 == walkNodes.1)
            let parents = (try reader.parents(of: codes), try single.parents(of: codes))
            #expect(parents.0 == parents.1)
            let children = (try reader.children(of: codes), try single.children(of: codes))
            #expect(children.0 == children.1)
            let evidence = (try reader.evidence(for: codes), try single.evidence(for: codes))
            #expect(evidence.0 == evidence.1)
            let shipments = (try reader.shipments(of: codes), try single.shipments(of: codes))
            #expect(shipments.0 == shipments.1)
            let parties = (try reader.parties(holders), try single.parties(holders))
            #expect(parties.0 == parties.1)
            let none = (try reader.walkNodes([]), try reader.parents(of: [String]()))
            #expect(none.0.isEmpty && none.1.isEmpty)
        }
    }

    @Test func aWalkNodeCountsItsInputsAndCarriesItsRecordStatus() throws {
        let codes = try Self.codes()
        try Self.city.store.withGraph { reader in
            for walkNode in try reader.walkNodes(codes).compactMap({ $0 }) {
                let inputs = try reader.parents(of: walkNode.node.code).count
                let status = try reader.recordStatus(walkNode.node.record)
                #expect(walkNode.inputs == inputs, "\(walkNode.node.code)")
                #expect(walkNode.status == status)
            }
        }
    }

    /// The quoted documents come from a grouped query; they must be what the plain join gives in quoting order
    /// with repeats dropped (a lot shipped many times quotes one certificate many times).
    @Test func quotedDocumentsAreThePlainJoinWithoutRepeats() throws {
        let store = Self.city.store
        let repeated =
            try store.read { db in
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM (SELECT 1 FROM document_refs GROUP BY batch, type, number HAVING count(*) > 1)"
                )
            } ?? 0
        #expect(repeated > 0, "the demo city quotes some document more than once for a batch")
        let batches = try store.batchCodes()
        let expected = try store.read { db in
            try batches.map { batch -> [String] in
                var seen: Set<String> = []
                let quoted = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.type, r.number, d.issuer FROM document_refs r
                        LEFT JOIN documents d ON d.type = r.type AND d.number = r.number WHERE r.batch = ?
                        ORDER BY r.rowid, d.rowid
                        """, arguments: [batch])
                let issued = try Row.fetchAll(
                    db, sql: "SELECT type, number, issuer FROM documents WHERE batch = ? ORDER BY rowid",
                    arguments: [batch])
                return (quoted + issued).compactMap { row -> String? in
                    let key = (row[0] as String) + "|" + (row[1] as String)
                    return seen.insert(key).inserted ? key + "|" + ((row[2] as String?) ?? "-") : nil
                }
            }
        }
        let actual = try store.withGraph { reader in
            try reader.evidence(for: batches).map {
                $0.documents.map { "\($0.type.rawValue)|\($0.number)|\($0.issuer ?? "-")" }
            }
        }
        #expect(actual == expected)
    }

    @Test func tracesThroughBatchedReadsAreTracesCodeByCode() throws {
        let city = Self.city
        let starts =
            Array(city.manifest.sampleSlips.prefix(20)) + city.manifest.farmLots.map(\.code)
            + city.manifest.defectiveCodes.prefix(40)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try city.store.withGraph { reader in
            for code in starts {
                var batched = Tracer(reader: reader)
                var single = Tracer(reader: OneCodeAtATime(reader))
                for direction in [TraceResult.Direction.up, .down] {
                    let fast = direction == .up ? try batched.up(from: code) : try batched.down(from: code)
                    let slow = direction == .up ? try single.up(from: code) : try single.down(from: code)
                    let json = (try encoder.encode(fast), try encoder.encode(slow))
                    #expect(json.0 == json.1, "\(direction) \(code)")
                }
            }
        }
    }

    /// A downstream walk asks only batches for their outputs: every edge must leave a batch.
    @Test func everyEdgeLeavesABatch() throws {
        let (edges, fromOthers) = try Self.city.store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edges") ?? 0,
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM edges e JOIN nodes n ON n.code = e.parent WHERE n.type != 'batch'")
                    ?? 0
            )
        }
        #expect(edges > 5_000)
        #expect(fromOthers == 0)
    }

    @Test func theStoreHasTheTraceTablesAndIndexes() throws {
        let names = try Self.city.store.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        #expect(names.contains("batch_documents"))
        #expect(names.contains("keys_revoked"))
        #expect(names.contains("equivocations_seq"))
        // v4 replaced the index that grouped a batch's quotes at every read.
        #expect(!names.contains("document_refs_batch_document"))
    }
}

/// A reader that answers only the single-code requirements, so every batched read is the protocol's default.
private struct OneCodeAtATime: GraphReader {
    let base: any GraphReader
    init(_ base: any GraphReader) { self.base = base }

    func node(_ code: String) throws -> GraphNode? { try base.node(code) }
    func parents(of code: String) throws -> [GraphEdge] { try base.parents(of: code) }
    func children(of code: String) throws -> [GraphEdge] { try base.children(of: code) }
    func party(_ id: String) throws -> PartyInfo? { try base.party(id) }
    func documents(for code: String) throws -> [HopDocument] { try base.documents(for: code) }
    func tests(for code: String) throws -> [HopTest] { try base.tests(for: code) }
    func recordStatus(_ id: String) throws -> RecordStatus? { try base.recordStatus(id) }
    func movements(of code: String) throws -> [Movement] { try base.movements(of: code) }
    func shipments(of code: String) throws -> [Shipment] { try base.shipments(of: code) }
}
