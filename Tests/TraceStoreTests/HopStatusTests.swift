import Testing
import TraceGraph
import TraceModel
import TraceStore

/// A hop's `verified` in a trace comes from the node's own row (the creating record's time and key, kept at ingest)
/// and what the store says when the trace is read of revoked keys and equivocations: records arriving after the
/// hop must still turn it unverified, in both directions, and only the hops they concern.
@Suite("trace hop status after later revocations and equivocations")
struct HopStatusTests {
    private func traces(_ store: TestStore, up: TraceCode, down: TraceCode) throws -> (
        up: TraceResult, down: TraceResult
    ) {
        try store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return (try tracer.up(from: up.digits), try tracer.down(from: down.digits))
        }
    }

    private func unverified(_ trace: TraceResult) -> Set<String> {
        Set(trace.nodes.filter { !$0.verified }.map(\.code))
    }

    // Guards: a key revoked later from a time between two of its records leaves the earlier hop verified and turns
    // the later one unverified (at or after the revocation), upstream and downstream.
    @Test(arguments: StoreEngine.all) func aLaterRevocationTurnsOnlyTheHopsFromItsTimeUnverified(engine: StoreEngine)
        throws
    {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let house = sample.records.filter { $0.issuer == sample.slaughterhouse.id }
        let receive = try #require(house.first { $0.kind == .receive })
        let slaughter = try #require(house.first { $0.kind == .transform })
        #expect(receive.at < slaughter.at)
        let before = try traces(chain.target, up: sample.slip, down: sample.farmLot)
        #expect(unverified(before.up).isEmpty && unverified(before.down).isEmpty)

        // Revoked from the slaughter's own time: the receive (a minute earlier) stands, the slaughter does not.
        try chain.ingestAll([
            chain.make(
                chain.regulator, RevokeBody(key: sample.slaughterhouse.keyID, from: slaughter.at, reason: "key leaked"))
        ])
        let after = try traces(chain.target, up: sample.slip, down: sample.farmLot)
        #expect(unverified(after.up) == [sample.carcass.digits])
        #expect(unverified(after.down) == [sample.carcass.digits])
        for trace in [after.up, after.down] {
            #expect(!trace.complete)
            #expect(
                trace.gaps.filter { $0.contains("does not verify") } == [
                    "\(sample.carcass.digits): record \(slaughter.id) does not verify (revoked key or equivocation)"
                ])
        }
        // The status by record id says the same.
        let statuses = try chain.target.withGraph { reader in
            (try reader.recordStatus(receive.id), try reader.recordStatus(slaughter.id))
        }
        #expect(statuses.0?.verified == true && statuses.1?.verified == false)
    }

    // Guards: a record equivocated after the fact (another record signed at its seq) makes the hop it created
    // unverified in every trace through it; the issuer's other hops stand.
    @Test(arguments: StoreEngine.all) func aLaterEquivocationTurnsTheHopItCreatedUnverified(engine: StoreEngine) throws
    {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let sale = sample.records[sample.sellIndex]

        // The stall signs a second, different sale at the seq of the stored one: refused, kept as evidence.
        let report = try chain.ingest([chain.conflictingSale(sample)])
        #expect(report.equivocations.count == 1)

        let after = try traces(chain.target, up: sample.slip, down: sample.farmLot)
        #expect(unverified(after.up) == [sample.slip.digits])
        #expect(unverified(after.down) == [sample.slip.digits])
        #expect(
            after.up.gaps.contains(
                "\(sample.slip.digits): record \(sale.id) does not verify (revoked key or equivocation)"))
        // The stall's receipt, one seq earlier, is not equivocated.
        #expect(after.up.nodes.first { $0.code == sample.stallLot.digits }?.verified == true)
    }
}
