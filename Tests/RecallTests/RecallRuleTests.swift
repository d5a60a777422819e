import Recall
import Testing
import TraceAudit
import TraceModel
import TraceStore
import TraceStoreAudit

/// Each rule of the recall plugin on a minimal chain, with a near miss beside every hit.
struct RecallRuleTests {
    private func findings(_ city: MiniCity, now minutes: Int64, rule: String, parameters: [String: String] = [:]) throws
        -> [Finding]
    {
        try city.chain.store.withAuditQuery { query in
            try RecallPlugin().run(
                AuditContext(
                    query: query, now: MiniChain.at(minutes).epochMilliseconds, scope: AuditScope(),
                    parameters: parameters))
        }.filter { $0.rule == "recall/\(rule)" }
    }

    /// Farm cabbage to the market, half on to the stall and 20 kg to the canteen.
    private func cabbageChain(_ city: MiniCity) throws -> (
        lot: TraceCode, market: TraceCode, stall: TraceCode, canteen: TraceCode
    ) {
        let lot = try city.chain.produce(city.farm, .kg("100"), product: .cabbage, at: 10)
        let market = try #require(
            try city.chain.transfer(lot, .kg("100"), from: city.farm, to: city.market, at: 60).local)
        let stall = try #require(
            try city.chain.transfer(market, .kg("50"), from: city.market, to: city.stall, at: 120).local)
        let canteen = try #require(
            try city.chain.transfer(market, .kg("20"), from: city.market, to: city.canteen, at: 130).local)
        return (lot, market, stall, canteen)
    }

    @Test func soldAfterRecallNamesOnlyWhatWasSoldOrUsedAfterTheNotice() throws {
        let city = try MiniCity()
        let chain = try cabbageChain(city)
        let before = try city.chain.sell(city.stall, chain.stall, .kg("2"), at: 200)
        let recall = try city.chain.emit(
            city.chain.regulator, RecallBody(recall: "RC-1", batch: chain.lot, level: 1, reason: "农药残留超标"), at: 300)
        let after = try city.chain.sell(city.stall, chain.stall, .kg("1.5"), at: 301)
        let meal = try city.chain.use(city.canteen, [BatchQuantity(batch: chain.canteen, quantity: .kg("5"))], at: 400)
        let found = try findings(city, now: 500, rule: "sold-after-recall")
        #expect(Set(found.map(\.subject)) == [after.slip.digits, meal.meal.digits])
        #expect(found.allSatisfy { $0.evidence.first == recall && $0.severity == .critical })
        #expect(!found.contains { $0.evidence.contains(before.record) })
        // Scope: the stall alone sees only its own sale.
        let stallOnly = try city.chain.store.withAuditQuery { query in
            try RecallPlugin().run(
                AuditContext(
                    query: query, now: MiniChain.at(500).epochMilliseconds, scope: AuditScope(party: city.stall.id)))
        }.filter { $0.rule == "recall/sold-after-recall" }
        #expect(stallOnly.map(\.subject) == [after.slip.digits])
    }

    @Test func recallOverdueOnlyPastTheFinishDeadlineWithQuantityOutstanding() throws {
        let city = try MiniCity()
        let chain = try cabbageChain(city)
        // Level 1 on Friday 27 Nov: finish by the end of Friday 11 Dec (ten working days).
        let recall = try city.chain.emit(
            city.chain.regulator, RecallBody(recall: "RC-2", batch: chain.lot, level: 1, reason: "召回"), at: 300)
        let deadline = RecallDeadlines.finish(level: 1, noticeAt: MiniChain.at(300).epochMilliseconds)
        let minutesToDeadline = (deadline - MiniChain.day0.epochMilliseconds) / 60_000
        #expect(try findings(city, now: minutesToDeadline - 1, rule: "recall-overdue").isEmpty)
        let overdue = try findings(city, now: minutesToDeadline + 1, rule: "recall-overdue")
        // The market (30 kg), the stall (50 kg) and the canteen (20 kg) still hold theirs.
        let holders = [city.market.id, city.stall.id, city.canteen.id, city.farm.id]
        #expect(
            Set(overdue.flatMap { finding in holders.filter { finding.message.contains($0) } }) == [
                city.market.id, city.stall.id, city.canteen.id,
            ])
        #expect(overdue.count == 3)
        #expect(overdue.allSatisfy { $0.evidence.first == recall && $0.subject == "RC-2" })
        // Everything returned under the notice: nothing overdue.
        for (holder, batch, quantity) in [
            (city.market, chain.market, "30"), (city.stall, chain.stall, "50"), (city.canteen, chain.canteen, "20"),
        ] {
            try city.chain.emit(
                holder, DisposeBody(batch: batch, quantity: .kg(quantity), method: "returned", recall: "RC-2"), at: 600)
        }
        #expect(try findings(city, now: minutesToDeadline + 1, rule: "recall-overdue").isEmpty)
    }

    @Test func recallStatusCountsDistributedRecoveredAndOutstandingPerHolder() throws {
        let city = try MiniCity()
        let chain = try cabbageChain(city)
        _ = try city.chain.sell(city.stall, chain.stall, .kg("4"), at: 200)
        try city.chain.emit(
            city.chain.regulator, RecallBody(recall: "RC-3", batch: chain.market, level: 2, reason: "召回"), at: 300)
        try city.chain.emit(
            city.stall, DisposeBody(batch: chain.stall, quantity: .kg("40"), method: "returned", recall: "RC-3"),
            at: 400)
        try city.chain.emit(
            city.canteen, DisposeBody(batch: chain.canteen, quantity: .kg("20"), method: "destroyed", recall: "RC-3"),
            at: 410)
        let status = try city.chain.store.withAuditQuery { query in
            try RecallProgress(query: query, now: MiniChain.at(500).epochMilliseconds).status(
                of: try #require(RecallNotices.all(query).first))
        }
        let stall = try #require(status.holders.first { $0.party == city.stall.id })
        #expect(
            (stall.distributed, stall.soldBeforeNotice, stall.recovered, stall.outstanding) == ("50", "4", "40", "6"))
        let market = try #require(status.holders.first { $0.party == city.market.id })
        #expect((market.distributed, market.shippedOn, market.outstanding) == ("100", "70", "30"))
        let canteen = try #require(status.holders.first { $0.party == city.canteen.id })
        #expect((canteen.recovered, canteen.destroyed, canteen.outstanding, canteen.state) == ("20", "20", "0", "done"))
        #expect(status.state == "in-progress" && status.startMet == true && status.finishMet == nil)
        #expect(status.holders.allSatisfy { $0.party != city.farm.id })
    }

    /// Signed records may carry the largest amount many times over; the status adds them without trapping.
    @Test func recallStatusSurvivesTotalsBeyondSixtyFourBits() throws {
        let city = try MiniCity()
        let largest = Quantity.kg("999999999999.999999")
        let lot = try city.chain.produce(city.farm, largest, product: .cabbage, at: 10)
        for minutes in stride(from: Int64(60), through: 60 + 11 * 10, by: 10) {
            try city.chain.transfer(lot, largest, from: city.farm, to: city.market, at: minutes)
        }
        try city.chain.emit(
            city.chain.regulator, RecallBody(recall: "RC-9", batch: lot, level: 1, reason: "召回"), at: 300)
        let status = try city.chain.store.withAuditQuery { query in
            try RecallProgress(query: query, now: MiniChain.at(400).epochMilliseconds).status(
                of: try #require(RecallNotices.all(query).first))
        }
        let market = try #require(status.holders.first { $0.party == city.market.id })
        // Twelve times the largest amount is past Int64 in millionths: shown clamped, not trapped on.
        #expect(market.distributed == Amount(micros: .max).description)
        #expect(market.outstanding == Amount(micros: .max).description)
    }

    @Test func missingStepForwardIsAShipmentNeverReceivedAfterTheGracePeriod() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .kg("100"), product: .cabbage, at: 10)
        let received = try city.chain.transfer(lot, .kg("60"), from: city.farm, to: city.market, at: 60)
        let lost = try city.chain.transfer(lot, .kg("40"), from: city.farm, to: city.stall, at: 70, receive: false)
        #expect(try findings(city, now: 70 + 23 * 60, rule: "missing-step-forward").isEmpty)
        let found = try findings(city, now: 70 + 25 * 60, rule: "missing-step-forward")
        #expect(found.map(\.evidence) == [[lost.ship]])
        #expect(!found.contains { $0.evidence.contains(received.ship) })
        #expect(
            try findings(
                city, now: 70 + 2 * 60, rule: "missing-step-forward",
                parameters: ["missing-step-forward.grace-hours": "1"]
            ).count == 1)
    }

    @Test func missingStepBackIsAMealWithNoIngredientOnRecord() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .kg("30"), product: .cabbage, at: 10)
        let local = try #require(
            try city.chain.transfer(lot, .kg("30"), from: city.farm, to: city.canteen, at: 60).local)
        let traced = try city.chain.use(city.canteen, [BatchQuantity(batch: local, quantity: .kg("10"))], at: 200)
        let untraced = try city.chain.use(city.canteen, [], at: 300)
        let found = try findings(city, now: 400, rule: "missing-step-back")
        #expect(found.map(\.subject) == [untraced.meal.digits])
        #expect(found.map(\.evidence) == [[untraced.record]])
        #expect(!found.contains { $0.evidence.contains(traced.record) })
    }

    @Test func yieldExceededIsATransformOutsideTheBounds() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .head(4), product: .livePig, at: 10)
        let pigs = try #require(try city.chain.transfer(lot, .head(4), from: city.farm, to: city.house, at: 60).local)
        let normal = try city.chain.transform(city.house, pigs, .head(2), into: .kg("200"), product: .pork, at: 120)
        let over = try city.chain.transform(city.house, pigs, .head(2), into: .kg("300"), product: .pork, at: 130)
        let found = try findings(city, now: 400, rule: "yield-exceeded")
        #expect(found.map(\.subject) == [over.output.digits])
        #expect(found.first?.evidence.first == over.record)
        #expect(!found.contains { $0.evidence.contains(normal.record) })
        // Wider bounds as a parameter: no finding.
        let wide = #"{"rules":[{"from":"live-pig","fromUnit":"head","toUnit":"kg","min":"50","max":"160"}]}"#
        #expect(
            try findings(city, now: 400, rule: "yield-exceeded", parameters: ["yield-exceeded.bounds": wide]).isEmpty)
    }

    @Test func drillOverdueFlagsConfiguredRolesWithoutARecentDrill() throws {
        let city = try MiniCity()
        let lot = try city.chain.produce(city.farm, .kg("30"), product: .cabbage, at: 10)
        let local = try #require(
            try city.chain.transfer(lot, .kg("30"), from: city.farm, to: city.market, at: 60).local)
        let drill = try city.chain.emit(
            city.market,
            TestBody(
                batch: local, analyte: "mock-recall", method: "lab", result: "negative",
                value: "100% in 3 ms; report sha256:00"), at: 120)
        let year: Int64 = 365 * 24 * 60
        // Default: no role must drill.
        #expect(try findings(city, now: 200, rule: "drill-overdue").isEmpty)
        let roles = ["drill-overdue.roles": "wholesale-market,stall"]
        let soon = try findings(city, now: 120 + year - 60 * 24 * 10, rule: "drill-overdue", parameters: roles)
        #expect(soon.map(\.subject) == [city.stall.id])
        let late = try findings(city, now: 120 + year + 60 * 24 * 10, rule: "drill-overdue", parameters: roles)
        #expect(Set(late.map(\.subject)) == [city.stall.id, city.market.id])
        #expect(late.first { $0.subject == city.market.id }?.evidence.contains(drill) == true)
        #expect(late.allSatisfy { $0.severity == .warning })
    }

    @Test func theRulesCiteTheirSources() {
        let plugin = RecallPlugin()
        #expect(plugin.name == "recall" && plugin.version == "1.0.0")
        #expect(
            plugin.rules.map(\.id) == [
                "sold-after-recall", "recall-overdue", "missing-step-back", "missing-step-forward", "yield-exceeded",
                "drill-overdue",
            ])
        #expect(plugin.rules.allSatisfy { !$0.source.isEmpty && !$0.title.isEmpty })
        #expect(plugin.rules.first { $0.id == "missing-step-back" }?.source.contains("178/2002") == true)
        #expect(plugin.rules.first { $0.id == "missing-step-forward" }?.source.contains("21 CFR §1.1340") == true)
        #expect(
            plugin.rules.first { $0.id == "drill-overdue" }?.parameters.first { $0.name == "roles" }?.defaultValue == ""
        )
    }
}
