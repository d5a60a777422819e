import TraceModel

/// A recall drill (mock recall) over any ``GraphReader``: trace a lot back and forward, reconcile its quantity, time it.
///
/// Pure computation: the caller supplies the reader (one consistent snapshot), the recall notices in force and
/// the start time; the drill measures its own wall time with a monotonic clock.
///
/// **Accounted-for.** The lot's created quantity is followed down through every batch of its forward trace
/// (see `DrillAccounting`). At each batch, created − transformed − shipped − sold − used − returned − destroyed
/// = on hand; every shipment must be received in full. Accounted = the lot units that ended in an end state —
/// on hand, sold, used in a meal, destroyed, returned — with transforms converted by their actual yield.
/// Accounted-for % = accounted ÷ produced × 100. It is 100 exactly when no part of the lot is in transit,
/// refused without a return, or lost between ship and receive — decided in each batch's own unit, to the
/// millionth. A batch that gave out more than it held passes on only what it held (the excess is reported as
/// `excessOut` and as a gap), so accounted-for never exceeds 100%.
///
/// **Pass** when accounted-for is exactly 100%, there is no gap, and the trace took no longer than the target.
public struct RecallDrill {
    let reader: any GraphReader
    let yields: YieldBounds
    let notices: [RecallNotice]

    /// - Parameters:
    ///   - reader: the store's graph, one snapshot.
    ///   - yields: the yield bounds transforms are checked against.
    ///   - notices: every recall notice in the store; sales and uses after one that applies are gaps.
    public init(reader: any GraphReader, yields: YieldBounds = .standard, notices: [RecallNotice] = []) {
        self.reader = reader
        self.yields = yields
        self.notices = notices
    }

    /// The four hours BRCGS Food Safety Issue 9 §3.9 allows for full traceability, in milliseconds.
    public static let brcgsTarget: Int64 = 4 * 3_600_000

    /// Runs the drill on `lot` (a batch's trace code).
    ///
    /// - Throws: ``TraceError`` when the code is not in the store or is a slip or a meal.
    public func run(
        lot code: String, scenario: String, startedAt: Timestamp, target: Int64 = RecallDrill.brcgsTarget,
        storage: DrillStorage = .notStored
    ) throws -> DrillReport {
        let clock = ContinuousClock()
        let started = clock.now
        guard let lot = try reader.node(code) else { throw TraceError(Message.drillNoBatch(code)) }
        guard lot.type == .batch else {
            throw TraceError(Message.drillNotABatch(code, type: lot.type.rawValue))
        }

        var tracer = Tracer(reader: reader)
        let up = try tracer.up(from: code)
        let down = try tracer.down(from: code)
        var scope: [String: GraphNode] = [:]
        for node in down.nodes {
            if let graphNode = try reader.node(node.code) { scope[node.code] = graphNode }
        }
        var accounting = DrillAccounting(reader: reader, lot: lot, scope: scope)
        try accounting.run()

        var gaps = DrillTraceSummary.backwardGaps(up) + DrillTraceSummary.unverified(down) + accounting.gaps
        gaps += try balanceGaps(scope: scope, accounting: accounting)
        gaps += DrillRecallCheck.gaps(
            notices: notices, upstream: Set(up.nodes.map(\.code)), scope: scope,
            childEdges: accounting.childEdges, outFactor: accounting.outFactor, voided: accounting.voidedSlips)
        gaps = deduplicated(gaps)

        let forward = DrillForward(
            parties: try parties(accounting), slips: accounting.slips, meals: accounting.meals, trace: down)
        let reconciliation = reconcile(accounting, unit: lot.quantity.unit.rawValue)
        let holder = try reader.party(lot.holder)
        let lotInfo = DrillLot(
            code: code, product: lot.product?.name ?? lot.productName, category: lot.product?.category,
            holder: lot.holder,
            holderName: holder?.name ?? lot.holder, role: holder?.role, contact: holder?.contact,
            quantity: lot.quantity.value.description,
            unit: lot.quantity.unit.rawValue, record: lot.record,
            createdAt: Timestamp(epochMilliseconds: lot.atMilliseconds).text)

        let elapsed = clock.now - started
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        let millis = (micros + 999) / 1000
        let failures = DrillReport.failures(reconciliation, gaps: gaps.count, milliseconds: millis, target: target)
            .map(\.en)
        return DrillReport(
            scenario: scenario, lot: lotInfo, startedAt: startedAt.text,
            endedAt: startedAt.adding(milliseconds: millis).text, elapsedMilliseconds: millis,
            elapsedMicroseconds: micros,
            targetMilliseconds: target, backward: DrillTraceSummary.backward(up, lot: code), forward: forward,
            reconciliation: reconciliation, batches: accounting.batches, gaps: gaps, passed: failures.isEmpty,
            failures: failures,
            storage: storage, forms: accounting.forms.quantities, conversions: accounting.conversions)
    }

    /// Negative on-hand and yield violations of the forward trace's batches, from ``MassBalance``.
    private func balanceGaps(scope: [String: GraphNode], accounting: DrillAccounting) throws -> [DrillGap] {
        let codes = scope.values.filter { $0.type == .batch }.map(\.code).sorted()
        let report = try MassBalance(reader: reader, yields: yields).report(for: codes)
        var gaps: [DrillGap] = []
        for violation in report.violations {
            switch violation.rule {
            case "negative-on-hand":
                let movements = try reader.movements(of: violation.batch)
                // Running total and overdraw in 128 bits (see ``LotUnits``).
                var running: Int128 = 0
                var first = violation.evidence.last ?? violation.batch
                for movement in movements {
                    running += Int128(movement.delta.micros)
                    if running < 0 {
                        first = movement.record
                        break
                    }
                }
                let overdraw = -movements.reduce(Int128(0)) { $0 + Int128($1.delta.micros) }
                let perUnit =
                    (accounting.lotIn[violation.batch] ?? 0)
                    / max(1e-12, LotUnits.units(scope[violation.batch]?.quantity.value.micros ?? 1))
                gaps.append(
                    DrillGap(
                        kind: .negativeOnHand, batch: violation.batch, record: first,
                        records: [first] + violation.evidence.filter { $0 != first },
                        quantity: LotUnits.text(LotUnits.units(max(0, overdraw)) * perUnit), text: violation.text)
                )
            default:
                // The transform record, then the records that created its inputs (MassBalance names inputs by code).
                let records = try violation.evidence.map { item in
                    item.hasPrefix(RecordID.prefix) ? item : try reader.node(item)?.record ?? item
                }
                gaps.append(
                    DrillGap(
                        kind: .yieldOutOfBounds, batch: violation.batch, record: records.first ?? violation.batch,
                        records: records,
                        quantity: nil, text: violation.text))
            }
        }
        return gaps
    }

    private func parties(_ accounting: DrillAccounting) throws -> [DrillParty] {
        try accounting.partyShares.keys.sorted().map { id in
            let share = accounting.partyShares[id]!
            let info = try reader.party(id)
            return DrillParty(
                id: id, name: info?.name ?? id, role: info?.role, contact: info?.contact,
                batches: share.batches.sorted(), forms: share.forms.quantities, slips: share.slips, meals: share.meals)
        }
    }

    private func reconcile(_ accounting: DrillAccounting, unit: String) -> DrillReconciliation {
        let totals = accounting.totals
        return DrillReconciliation(
            unit: unit, produced: LotUnits.text(totals.produced), shipped: LotUnits.text(totals.shipped),
            received: LotUnits.text(totals.received), onHand: LotUnits.text(totals.onHand),
            sold: LotUnits.text(totals.sold),
            used: LotUnits.text(totals.used), destroyed: LotUnits.text(totals.destroyed),
            returned: LotUnits.text(totals.returned),
            inTransit: LotUnits.text(totals.inTransit), unaccounted: LotUnits.text(totals.unaccounted),
            excessOut: LotUnits.text(totals.excessOut), accounted: LotUnits.text(totals.accounted),
            accountedPercent: LotUnits.percent(totals.accounted, of: totals.produced, exact: accounting.exact),
            exact: accounting.exact)
    }

    private func deduplicated(_ gaps: [DrillGap]) -> [DrillGap] {
        var seen: Set<String> = []
        return gaps.filter { seen.insert("\($0.kind.rawValue)|\($0.batch)|\($0.record)").inserted }
    }
}
