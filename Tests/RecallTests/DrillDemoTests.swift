import Recall
import Testing
import TraceAudit
import TraceGraph
import TraceModel
import TraceStore
import TraceStoreAudit

/// Drills on the `small` demo city: clean farm lots balance to 100%, every injected break fails its drill.
@Suite(.serialized) struct DrillDemoTests {
    @Test func everyCleanFarmLotAccountsForAllOfItsQuantity() throws {
        let city = try DemoCity.shared()
        try #require(city.manifest.farmLots.count >= 10)
        for lot in city.manifest.farmLots {
            let report = try Drills.run(city.store, lot: lot.code)
            #expect(report.reconciliation.accountedPercent == "100", "\(lot.code): \(report.reconciliation)")
            #expect(report.reconciliation.exact)
            #expect(report.reconciliation.unaccounted == "0" && report.reconciliation.inTransit == "0")
            #expect(report.gaps.isEmpty, "\(lot.code): \(report.gaps.map(\.message))")
            #expect(report.passed, "\(lot.code): \(report.failures)")
            #expect(report.forward.slips.count == lot.slips, "\(lot.code)")
            // (The manifest's meal counts come from the generator's own links, which also count ingredients it
            // picked for a dish it then dropped; the meals are checked against `trace down` below.)
            // End states add up to what was produced (lot units, to the millionth of a unit).
            let produced = Amount(report.reconciliation.produced)!
            let accounted = Amount(report.reconciliation.accounted)!
            #expect(abs(produced.micros - accounted.micros) <= 2, "\(lot.code): \(produced) vs \(accounted)")
        }
    }

    @Test func forwardAndBackwardSetsAreTheTraces() throws {
        let city = try DemoCity.shared()
        var lots = city.manifest.farmLots.prefix(8).map(\.code)
        // Lots further down the chain have a non-trivial backward trace.
        for lot in city.manifest.farmLots.prefix(3) {
            let down = try Drills.down(city.store, lot.code)
            lots += down.nodes.filter { $0.type == .batch && $0.depth >= 2 }.prefix(2).map(\.code)
        }
        for lot in lots {
            let report = try Drills.run(city.store, lot: lot)
            let down = try Drills.down(city.store, lot)
            #expect(Drills.forwardCodes(report) == Set(down.nodes.map(\.code)), "\(lot)")
            // The union of `trace down` from the lot's direct children, plus the lot, is the same set.
            var union: Set<String> = [lot]
            let children = down.nodes.first(where: { $0.code == lot })?.next ?? []
            for child in children {
                union.formUnion(try Drills.down(city.store, child).nodes.map(\.code))
            }
            #expect(Drills.forwardCodes(report) == union, "\(lot)")
            #expect(Set(report.forward.parties.map(\.id)) == Set(down.parties), "\(lot)")
            let up = try Drills.up(city.store, lot)
            #expect(Drills.backwardCodes(report) == Set(up.nodes.filter { $0.type == .batch }.map(\.code)), "\(lot)")
            #expect(
                Set(report.backward.receipts.map(\.record))
                    == Set(up.nodes.filter { $0.kind == .receive }.map(\.record)))
        }
    }

    @Test func aShipmentNeverReceivedLeavesTheLotShortAndFails() throws {
        let city = try DemoCity.shared()
        let defects = city.defects("missing-receipt")
        try #require(!defects.isEmpty)
        for defect in defects {
            let shipped = try city.store.withAuditQuery {
                try $0.shipments(AuditScope()).first { $0.record == defect.primary }
            }
            let shipment = try #require(shipped)
            let farmLots = try defect.codes.filter { code in
                try city.store.withGraph { try $0.node(code) }?.kind == .produce
            }
            for lot in [shipment.batch] + farmLots {
                let report = try Drills.run(city.store, lot: lot)
                #expect(!report.passed, "\(lot)")
                #expect(!report.reconciliation.exact && report.reconciliation.accountedPercent != "100")
                #expect(report.reconciliation.inTransit != "0")
                #expect(
                    report.gaps.contains { $0.kind == .inTransit && $0.record == defect.primary },
                    "\(lot): \(report.gaps)")
            }
        }
    }

    @Test func anOversoldBatchIsAGapAndFails() throws {
        let city = try DemoCity.shared()
        let defects = city.defects("oversold")
        try #require(!defects.isEmpty)
        for defect in defects {
            let report = try Drills.run(city.store, lot: try #require(defect.codes.first))
            #expect(!report.passed)
            let gap = try #require(report.gaps.first { $0.kind == .negativeOnHand })
            #expect(!Set(gap.records).isDisjoint(with: defect.records), "\(gap)")
            #expect(report.reconciliation.excessOut != "0")
            // The lot's own quantity is all sold: accounted-for stays at 100%, the excess is reported.
            #expect(report.reconciliation.accountedPercent == "100")
        }
    }

    @Test func aTransformBeyondItsYieldIsAGapAndFails() throws {
        let city = try DemoCity.shared()
        let defects = city.defects("yield-exceeded")
        try #require(!defects.isEmpty)
        for defect in defects {
            let carcass = try #require(defect.codes.first)
            let report = try Drills.run(city.store, lot: carcass)
            #expect(!report.passed)
            #expect(
                report.gaps.contains { $0.kind == .yieldOutOfBounds && $0.record == defect.primary }, "\(report.gaps)")
            // From the farm lot upstream too.
            let up = try Drills.up(city.store, carcass)
            let farmLot = try #require(up.origins.first?.code)
            let fromFarm = try Drills.run(city.store, lot: farmLot)
            #expect(!fromFarm.passed)
            #expect(fromFarm.gaps.contains { $0.kind == .yieldOutOfBounds && $0.record == defect.primary })
        }
    }

    @Test func salesAfterARecallNoticeAreGapsAndFail() throws {
        let city = try DemoCity.shared()
        let defects = city.defects("sale-after-recall")
        try #require(!defects.isEmpty)
        for defect in defects {
            let notice = try #require(
                try city.store.withAuditQuery { try RecallNotices.all($0) }.first { $0.record == defect.primary })
            let sales = Set(defect.records.dropFirst())
            try #require(!sales.isEmpty)
            let up = try Drills.up(city.store, notice.batch)
            for lot in [notice.batch] + up.origins.map(\.code) {
                let report = try Drills.run(city.store, lot: lot)
                #expect(!report.passed, "\(lot)")
                let flagged = Set(report.gaps.filter { $0.kind == .soldAfterRecall }.map(\.record))
                #expect(flagged == sales, "\(lot): \(report.gaps.map(\.message))")
                #expect(
                    report.gaps.filter { $0.kind == .soldAfterRecall }.allSatisfy {
                        $0.records.contains(defect.primary)
                    })
                // Holders returned what they had under the notice: returned shows in the reconciliation.
                #expect(report.reconciliation.returned != "0")
            }
        }
    }
}
