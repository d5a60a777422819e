import Testing
import TraceCrypto
import TraceGraph
import TraceModel
import TraceStore

/// Defences of each issuer's `seq`/`prev` chain at ingest (`RecordApplier.checkChain`) and of the
/// equivocation evidence (`TraceStore.ingest` keeps it; `verify` reports it).
@Suite("ingest refuses gaps, reorders, forks and equivocation")
struct ChainRejectionTests {
    // Guards: a record cannot skip a seq (here seq 3 after seq 1).
    @Test(arguments: StoreEngine.all) func gapIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        try chain.ingestAll([chain.produce(parties.farm).0])
        let record = try chain.make(parties.farm, chain.lotBody(parties.farm), seq: 3, advance: false)
        try chain.expectRefused(
            [record], field: "$.seq", phrase: "gap in the chain of \(parties.farm.id): expected seq 2, found 3")
    }

    // Guards: the first record of an issuer is seq 1.
    @Test(arguments: StoreEngine.all) func firstRecordMustBeSeqOne(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(
            parties.farm, chain.lotBody(parties.farm), seq: 2,
            prev: .some("sha256:" + String(repeating: "a", count: 64)), advance: false)
        try chain.expectRefused([record], field: "$.seq", phrase: "expected seq 1, found 2")
    }

    // Guards: within one input, seq 3 before seq 2 is a reorder, reported as such (not as a gap).
    @Test(arguments: StoreEngine.all) func reorderInOneInputIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        try chain.ingestAll([chain.produce(parties.farm).0])
        let second = try chain.produce(parties.farm).0
        let third = try chain.produce(parties.farm).0
        let rejection = try chain.expectRefused([third, second], line: 1, field: "$.seq", phrase: "out of order")
        #expect(rejection.reason.contains("seq 3 of \(parties.farm.id) comes before seq 2"))
    }

    // Guards: `prev` must name the issuer's previous record; another id forks the chain.
    @Test(arguments: StoreEngine.all) func forkIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let first = try chain.produce(parties.farm).0
        try chain.ingestAll([first])
        let elsewhere = try chain.make(
            parties.vet, TestBody(batch: chain.code(parties.farm), analyte: "x", method: "rapid", result: "negative"),
            advance: false)
        let record = try chain.make(
            parties.farm, chain.lotBody(parties.farm), prev: .some(elsewhere.id), advance: false)
        try chain.expectRefused([record], field: "$.prev", phrase: "the chain is forked")
    }

    // Guards: records signed from a chain head read before the ingest (an import signing foreign events) are not
    // applied when another record took that seq meanwhile: the head is checked inside the write transaction, so the
    // ingest fails with `chainMoved`, storing nothing and keeping no equivocation evidence against the issuer; signed
    // again from the new head, they go in.
    @Test(arguments: StoreEngine.all) func staleChainHeadStoresNothingAndKeepsNoEvidence(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        try chain.ingestAll([chain.produce(parties.farm).0])
        let head = try chain.target.nextSeq(for: parties.farm.id)
        let signedEarly = try chain.produce(parties.farm, advance: false).0  // seq 2, from `head`
        let appendedMeanwhile = try chain.produce(parties.farm).0  // also seq 2, by another process
        try chain.ingestAll([appendedMeanwhile])
        let before = try StoreSnapshot(chain.target)

        let stale = ChainHead(issuer: parties.farm.id, nextSeq: head.seq, prev: head.prev)
        #expect(throws: StoreError.self) {
            try chain.target.ingest(
                ChainBuilder.lines([signedEarly]), source: "import", now: ChainBuilder.ingestClock(1_000),
                continuing: stale)
        }
        do {
            _ = try chain.target.ingest(
                ChainBuilder.lines([signedEarly]), source: "import", now: ChainBuilder.ingestClock(1_000),
                continuing: stale)
        } catch {
            #expect(error.code == .chainMoved)
            #expect(error.message.contains("next seq is now 3, not 2"))
        }
        #expect(try StoreSnapshot(chain.target) == before, "nothing stored, no evidence kept")
        #expect(before.count("equivocations") == 0)

        let fresh = try chain.target.nextSeq(for: parties.farm.id)
        let signedAgain = try chain.produce(parties.farm).0
        let report = try chain.target.ingest(
            ChainBuilder.lines([signedAgain]), source: "import", now: 1_000,
            continuing: ChainHead(issuer: parties.farm.id, nextSeq: fresh.seq, prev: fresh.prev))
        #expect(report.committed && report.accepted == 1)
    }

    // Guards: a second, different, validly signed record at a stored seq is refused as equivocation; the
    // evidence outlives the rollback of the input, `verify` reports it, and traces mark the seq unverified.
    @Test(arguments: StoreEngine.all) func equivocationIsRefusedAndKeptAsEvidence(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let first = try chain.produce(parties.farm).0
        let second = try chain.produce(parties.farm).0
        try chain.ingestAll([first, second])
        let before = try StoreSnapshot(chain.target)

        let unrelated = try chain.produce(parties.farm, advance: false).0  // would be seq 3: valid on its own
        let conflicting = try chain.make(
            parties.farm, chain.lotBody(parties.farm, .head(3)), seq: 2, prev: .some(first.id), advance: false)
        let report = try chain.ingest([unrelated, conflicting])

        #expect(!report.committed)
        #expect(report.accepted == 0)
        let rejection = try #require(report.rejected.first { $0.line == 2 })
        #expect(rejection.field == "$.seq")
        #expect(
            rejection.reason.contains("equivocation: party \(parties.farm.id) already has a different record at seq 2"))
        let equivocation = try #require(report.equivocations.first)
        #expect(report.equivocations.count == 1)
        #expect(equivocation.issuer == parties.farm.id && equivocation.seq == 2)
        #expect(equivocation.storedID == second.id && equivocation.conflictingID == conflicting.id)

        let after = try StoreSnapshot(chain.target)
        var withoutEvidence = after
        withoutEvidence.tables["equivocations"] = before.tables["equivocations"]
        #expect(withoutEvidence == before, "only the evidence table may change")
        #expect(after.count("equivocations") == 1)
        #expect(after.tables["equivocations"]?.first?.contains("id='\(conflicting.id)'") == true)
        #expect(after.tables["equivocations"]?.first?.contains("conflicts_with='\(second.id)'") == true)

        let verify = try chain.target.verify()
        #expect(
            verify.findings.contains {
                $0.check == "equivocation" && $0.record == conflicting.id && $0.message.contains(second.id)
            })
        if let sqlite = chain.target.sqlite {  // the graph reads: SQLite stores only so far
            let status = try sqlite.withGraph { try $0.recordStatus(second.id) }
            #expect(status?.verified == false)
        }

        // Submitting the same conflicting record again neither duplicates the evidence nor changes anything else.
        _ = try chain.ingest([conflicting])
        #expect(try StoreSnapshot(chain.target) == after)
    }

    // Guards: evidence is kept only for records the issuer really signed: a forged record at a stored seq
    // is refused for its signature and leaves no trace, so nobody can frame a party with equivocation.
    @Test(arguments: StoreEngine.all) func forgedEquivocationLeavesNoEvidence(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let first = try chain.produce(parties.farm).0
        try chain.ingestAll([first])
        let forged = try chain.make(
            parties.farm, chain.lotBody(parties.farm, .head(3)), seq: 1, prev: .some(nil), advance: false
        )
        .withFlippedSignature()
        try chain.expectRefused([forged], field: "$.sig.value", phrase: "does not verify")
        #expect(try chain.target.counts()["equivocations"] == 0)
        #expect(try chain.target.verify().findings.isEmpty)
    }
}
