import Foundation
import Testing
import TraceGraph
import TraceModel
import TraceStore
import TraceStorePostgres

/// The graph reader on both engines: broken chains read the same, every read the PostgreSQL reader answers is the
/// SQLite reader's for the same records, and a PostgreSQL traversal reads one snapshot.
@Suite("the graph reader on both engines")
struct GraphConformanceTests {
    // Guards completeness upstream: a meal whose dish names no batch has no input in the store, so the trace up
    // stops at it, incomplete, with the gap named; the sample meal, made from a received lot, traces up to the farm
    // complete (the near miss).
    @Test(arguments: StoreEngine.all) func aMealWithNoIngredientLeavesTheTraceUpIncomplete(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let traced = try chain.target.trace(.up, from: sample.meal)
        #expect(traced.complete, "gaps: \(traced.gaps)")
        #expect(traced.origins.map(\.code) == [sample.farmLot.digits])
        #expect(traced.nodes.count == 5)

        let meal = chain.code(sample.canteen)
        let dinner = UseBody(
            meal: meal, service: "dinner", servedAt: chain.later(minutes: 60), diners: 80,
            dishes: [Dish(name: "清炒白菜", ingredients: [], sample: nil)])
        try chain.ingestAll([chain.make(sample.canteen, dinner)])
        let result = try chain.target.trace(.up, from: meal)
        #expect(!result.complete)
        #expect(result.gaps == ["\(meal.digits): made by a use record with no input in the store (no step back)"])
        #expect(result.nodes.map(\.code) == [meal.digits])
        #expect(result.origins.map(\.code) == [meal.digits])
    }

    // Guards a chain broken at its middle: the slaughterhouse's key revoked from before its receipt turns both of
    // its hops unverified and the trace up from the slip incomplete, naming exactly those two hops; the farm's and
    // the stall's hops stand.
    @Test(arguments: StoreEngine.all) func aKeyRevokedMidChainBreaksTheTraceAtItsHops(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let house = sample.records.filter { $0.issuer == sample.slaughterhouse.id && $0.kind != .register }
        let first = try #require(house.map(\.at).min())
        try chain.ingestAll([
            chain.make(
                chain.regulator, RevokeBody(key: sample.slaughterhouse.keyID, from: first, reason: "key leaked"))
        ])
        let result = try chain.target.trace(.up, from: sample.slip)
        #expect(!result.complete)
        #expect(
            Set(result.nodes.filter { !$0.verified }.map(\.code)) == [sample.liveLot.digits, sample.carcass.digits])
        #expect(result.gaps.count == 2)
        #expect(
            result.nodes.filter(\.verified).map(\.code) == [sample.slip, sample.stallLot, sample.farmLot].map(\.digits))
    }

    // Guards "exactly as on SQLite": the same records ingested into both engines (the sample chain, a later
    // revocation, an equivocation kept as evidence, a recall) give the same answer to every requirement of the
    // graph reader, batched and one by one, for every code and record, and the same traces up and down from every
    // code.
    @Test(.enabled(if: StoreEngine.postgresBase != nil, StoreEngine.skipReason))
    func everyReadIsTheSameOnBothEngines() throws {
        let chain = try ChainBuilder(engine: .sqlite)
        let postgres = try TestStore(.postgres, anchors: [ChainBuilder.anchor(for: chain.regulator)])
        func both(_ records: [Record], refused: Int = 0) throws {
            let sqlite = try chain.ingest(records)
            #expect(sqlite.rejected.count == refused, "\(sqlite.rejected)")
            let mirrored = try postgres.ingest(
                ChainBuilder.lines(records), source: "test", now: Int64(Date().timeIntervalSince1970 * 1000))
            #expect(mirrored.accepted == sqlite.accepted && mirrored.equivocations.count == sqlite.equivocations.count)
        }
        let sample = try chain.sampleChain()
        try both(sample.records)
        let slaughter = try #require(
            sample.records.first { $0.issuer == sample.slaughterhouse.id && $0.kind == .transform })
        try both([
            chain.make(chain.regulator, RevokeBody(key: sample.slaughterhouse.keyID, from: slaughter.at, reason: "x")),
            chain.make(chain.regulator, RecallBody(recall: "R-1", batch: sample.carcass, level: 2, reason: "test")),
            chain.make(
                sample.vet,
                TestBody(batch: sample.carcass, analyte: "clenbuterol", method: "lab", result: "positive")),
        ])
        try both([chain.conflictingSale(sample)], refused: 1)
        // A partner's farm lot on the market's word, and the partner's error declaration of that event.
        let event = EPCISOrigin(
            eventID: "ni:///sha-256;" + String(repeating: "ab", count: 32) + "?ver=CBV2.0", event: "{}")
        let partner = AttestedParty(id: "GS1-4012345", key: "urn:epc:id:pgln:4012345.00000", name: "Partner farm")
        let partnerLot = chain.code(sample.market)
        func attest(_ claim: AttestedClaim?, kept: KeptEvent? = nil) throws -> Record {
            try chain.make(
                sample.market,
                AttestBody(
                    document: "sha256:" + String(repeating: "0", count: 64), from: partner.key, event: event,
                    eventTime: chain.later(minutes: 0), party: partner, claim: claim, kept: kept))
        }
        try both([
            attest(AttestedClaim(.produce(chain.lotBody(sample.farm, code: partnerLot)))),
            attest(nil, kept: KeptEvent(kind: .errorDeclaration, reason: "incorrect_data")),
        ])

        let codes = try chain.store.traceCodes(withPrefix: "", limit: 100)
        #expect(codes.count == 8)
        #expect(try postgres.graph.traceCodes(withPrefix: "", limit: 100) == codes)
        #expect(try postgres.graph.batchCodes(holder: nil) == chain.store.batchCodes())
        var records: [String] = []
        try chain.target.ledger.forEachRecord(issuers: nil, since: nil) { records.append($0.id) }
        let parties = try chain.store.directory().map(\.id) + ["NOT-A-PARTY"]
        #expect(try postgres.graph.directory() == chain.store.directory())
        let unknown = ["51011200326112899990"]

        struct Reads {
            var nodes: [GraphNode?], walk: [WalkNode?], parents: [[GraphEdge]], children: [[GraphEdge]]
            var one: [[GraphEdge]], inputs: [[WalkStep]], outputs: [[WalkStep]], parties: [PartyInfo?]
            var evidence: [HopEvidence], documents: [[HopDocument]], shipments: [[Shipment]], movements: [[Movement]]
            var statuses: [RecordStatus?], attestations: [HopAttestation?], ups: [String], downs: [String]
        }
        func reads(_ store: TestStore) throws -> Reads {
            let all = codes + unknown
            return try store.withGraph { reader in
                var tracer = Tracer(reader: reader)
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                func json(_ result: TraceResult) throws -> String {
                    String(decoding: try encoder.encode(result), as: UTF8.self)
                }
                return Reads(
                    nodes: try all.map { try reader.node($0) } + reader.nodes(all), walk: try reader.walkNodes(all),
                    parents: try reader.parents(of: all), children: try reader.children(of: all),
                    one: try all.map { try reader.parents(of: $0) + reader.children(of: $0) },
                    inputs: try reader.inputSteps(of: all), outputs: try reader.outputSteps(of: all),
                    parties: try reader.parties(parties), evidence: try reader.evidence(for: all),
                    documents: try all.map { try reader.documents(for: $0) }, shipments: try reader.shipments(of: all),
                    movements: try all.map { try reader.movements(of: $0) } + reader.movements(of: all),
                    statuses: try (records + ["sha256:0"]).map { try reader.recordStatus($0) },
                    attestations: try reader.attestations(of: records),
                    ups: try codes.map { try json(tracer.up(from: $0)) },
                    downs: try codes.map { try json(tracer.down(from: $0)) })
            }
        }
        let sqlite = try reads(chain.target)
        let read = try reads(postgres)
        let compared: [(String, Bool)] = [
            ("node", read.nodes == sqlite.nodes), ("walkNodes", read.walk == sqlite.walk),
            ("parents", read.parents == sqlite.parents), ("children", read.children == sqlite.children),
            ("one code's edges", read.one == sqlite.one), ("inputSteps", read.inputs == sqlite.inputs),
            ("outputSteps", read.outputs == sqlite.outputs), ("parties", read.parties == sqlite.parties),
            ("evidence", read.evidence == sqlite.evidence), ("documents", read.documents == sqlite.documents),
            ("shipments", read.shipments == sqlite.shipments), ("movements", read.movements == sqlite.movements),
            ("recordStatus", read.statuses == sqlite.statuses),
            ("attestations", read.attestations == sqlite.attestations), ("trace up", read.ups == sqlite.ups),
            ("trace down", read.downs == sqlite.downs),
        ]
        #expect(compared.filter { !$0.1 }.map(\.0) == [], "the PostgreSQL reader answers otherwise")
        // The answers hold what makes them worth comparing: the revoked hop, the equivocated sale, a quoted
        // certificate, a sale's movement.
        #expect(sqlite.walk.compactMap { $0 }.filter { $0.status?.verified == false }.count == 2)
        #expect(sqlite.evidence.contains { $0.documents.contains(where: \.certified) })
        #expect(sqlite.evidence.contains { $0.tests.map(\.result) == ["positive"] })
        #expect(sqlite.movements.joined().contains { $0.kind == "sell" })
        #expect(sqlite.walk.last == .some(nil))
        #expect(sqlite.attestations.compactMap { $0?.declaredInErrorBy }.count == 1)
    }

    // Guards the PostgreSQL reader's snapshot: a sale another connection commits during a traversal is not seen by
    // that traversal (REPEATABLE READ), even by a read it makes afterwards; the next traversal sees it.
    @Test(.enabled(if: StoreEngine.postgresBase != nil, StoreEngine.skipReason))
    func aTraversalReadsOneSnapshot() throws {
        let chain = try ChainBuilder(engine: .postgres)
        let sample = try chain.ingestSampleChain()
        let store = try #require(chain.target.postgres)
        let other = try PostgresStore.open(store.location)
        let (sale, slip) = try chain.sell(sample.stall, sample.stallLot, .kg("1"))
        let (before, during) = try store.withGraph { reader in
            let before = try reader.children(of: sample.stallLot.digits)
            let report = try other.ingest(
                ChainBuilder.lines([sale]), source: "other", now: Int64(Date().timeIntervalSince1970 * 1000))
            #expect(report.accepted == 1)
            var tracer = Tracer(reader: reader)
            return (before, try tracer.down(from: sample.stallLot.digits))
        }
        #expect(before.map(\.child) == [sample.slip.digits])
        #expect(during.slips == [sample.slip.digits])
        let after = try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return try tracer.down(from: sample.stallLot.digits)
        }
        #expect(Set(after.slips) == [sample.slip.digits, slip.digits])
    }
}
