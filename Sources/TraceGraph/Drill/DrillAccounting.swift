import TraceModel

/// Follows a lot's quantity down through every batch of its forward trace and sorts it into end states.
///
/// Batches are visited in topological order (every in-scope input before its outputs). Each batch `b` carries
/// `f(b)`, the lot units one unit of `b` holds: 1 for the lot; a received batch inherits its sender's; a
/// transform output gets (lot units that went into the transform) ÷ (the transform's total output), i.e. the
/// conversion by actual yield. When a batch gave out more than it held, its outflows are scaled down so that
/// it never passes on more of the lot than reached it; the excess is reported, not counted.
struct DrillAccounting {
    let reader: any GraphReader
    let lot: GraphNode
    /// Every node of the forward trace by code (the lot included).
    let scope: [String: GraphNode]

    /// Lot units that reached each batch.
    private(set) var lotIn: [String: Double] = [:]
    /// Lot units per unit given out, per batch (after scaling for over-draws).
    private(set) var outFactor: [String: Double] = [:]
    /// Edges out of each batch of the scope.
    private(set) var childEdges: [String: [GraphEdge]] = [:]
    private(set) var batches: [DrillBatch] = []
    private(set) var gaps: [DrillGap] = []
    private(set) var totals = Totals()
    /// True while no part of the lot is unaccounted (checked in each batch's own unit).
    private(set) var exact = true
    private(set) var slips: [DrillOutlet] = []
    private(set) var meals: [DrillOutlet] = []
    private(set) var partyShares: [String: PartyShare] = [:]
    /// The slips of the forward trace whose sale its stall voided (each void's movement names its slip).
    private(set) var voidedSlips: Set<String> = []
    /// Every product form of the forward trace in its own unit (a pig lot: head of live pigs, kg of pork).
    private(set) var forms = FormLedger()
    /// Each transform's conversion from one form to another, in the order first met.
    private(set) var conversions: [DrillConversion] = []
    private var conversionSums: [String: (index: Int, input: Int128, output: Int128, outputs: Set<String>)] = [:]

    private var transformLot: [String: Double] = [:]
    /// Sums of millionths are added in 128 bits (see ``LotUnits``).
    private var transformOutputTotal: [String: (micros: Int128, unit: QuantityUnit)] = [:]

    struct Totals {
        var produced = 0.0, shipped = 0.0, received = 0.0, onHand = 0.0, sold = 0.0, used = 0.0
        var destroyed = 0.0, returned = 0.0, inTransit = 0.0, unaccounted = 0.0, excessOut = 0.0
        var accounted: Double { onHand + sold + used + destroyed + returned }
    }

    struct PartyShare {
        var batches: [String] = []
        /// What the party handled, per product form in its own unit.
        var forms = FormLedger()
        var slips = 0, meals = 0
    }

    init(reader: any GraphReader, lot: GraphNode, scope: [String: GraphNode]) {
        self.reader = reader
        self.lot = lot
        self.scope = scope
    }

    mutating func run() throws {
        let order = try topologicalBatches()
        for code in order {
            guard let node = scope[code] else { continue }
            try account(node, isLot: code == lot.code)
        }
        meals = mealOutlets.values.sorted { $0.code < $1.code }
        slips.sort { $0.code < $1.code }
    }

    /// The scope's batches, every in-scope parent before its children (Kahn's algorithm).
    private mutating func topologicalBatches() throws -> [String] {
        var indegree: [String: Int] = [:]
        for (code, node) in scope where node.type == .batch {
            let edges = try reader.children(of: code)
            childEdges[code] = edges
            indegree[code, default: 0] += 0
            var seen: Set<String> = []
            for edge in edges where seen.insert(edge.child).inserted {
                if let child = scope[edge.child], child.type == .batch { indegree[edge.child, default: 0] += 1 }
            }
        }
        var queue = [lot.code]
        var order: [String] = []
        var head = 0
        indegree[lot.code] = 0
        while head < queue.count {
            let code = queue[head]
            head += 1
            order.append(code)
            var seen: Set<String> = []
            for edge in childEdges[code] ?? [] where seen.insert(edge.child).inserted {
                guard let child = scope[edge.child], child.type == .batch, var count = indegree[edge.child] else {
                    continue
                }
                count -= 1
                indegree[edge.child] = count
                if count == 0 { queue.append(edge.child) }
            }
        }
        return order
    }

    private mutating func account(_ node: GraphNode, isLot: Bool) throws {
        let code = node.code
        let movements = try reader.movements(of: code)
        var byKind: [String: Int128] = [:]
        for movement in movements {
            byKind[movement.kind, default: 0] += Int128(movement.delta.micros)
            if movement.kind == "void", let slip = movement.counterparty { voidedSlips.insert(slip) }
        }
        let created = byKind["create"] ?? 0
        let onHand = movements.reduce(Int128(0)) { $0 + Int128($1.delta.micros) }
        let overdraw = max(0, -onHand)
        if isLot {
            lotIn[code] = LotUnits.units(created)
            totals.produced = LotUnits.units(created)
        } else if node.kind == .transform {
            lotIn[code] = transformShare(of: node)
        }
        let inLot = lotIn[code] ?? 0
        let perUnit = created > 0 ? inLot / LotUnits.units(created) : 0
        let out = created + overdraw > 0 ? perUnit * Double(created) / Double(created + overdraw) : 0
        outFactor[code] = out
        func lotUnits(_ kind: String) -> Double { LotUnits.units(-(byKind[kind] ?? 0)) * out }

        // A voided sale's quantity is back on hand: sold counts the sales less their voids. A stock count that
        // found less than the ledger is shrinkage: gone, and unaccounted for.
        let voided = LotUnits.units(byKind["void"] ?? 0) * out
        let shrinkage = max(0, -(byKind["count"] ?? 0))
        if shrinkage > 0 {
            let lotShrinkage = LotUnits.units(shrinkage) * perUnit
            unaccounted(Int64(clamping: shrinkage), lotShrinkage, transit: false)
            let counts = movements.filter { $0.kind == "count" }.map(\.record)
            gaps.append(
                DrillGap(
                    kind: .countShortfall, batch: code, record: counts.last ?? node.record, records: counts,
                    quantity: LotUnits.text(lotShrinkage),
                    text: .Drill.countShortfall(
                        code: code, holder: node.holder, amount: "\(LotUnits.amount(shrinkage))",
                        unit: node.quantity.unit)
                ))
        }
        totals.sold += lotUnits("sell") - voided
        totals.used += lotUnits("use")
        totals.returned += lotUnits("return")
        totals.destroyed += lotUnits("destroy")
        totals.onHand += LotUnits.units(max(0, onHand)) * perUnit
        totals.excessOut += LotUnits.units(overdraw) * perUnit

        // The same in the batch's own unit, for its product form and its holder.
        func own(_ sums: inout FormSums) {
            if node.kind == .receive { sums.received += created } else { sums.made += created }
            sums.processed -= byKind["transform"] ?? 0
            sums.shipped -= byKind["ship"] ?? 0
            sums.onHand += max(0, onHand)
            sums.sold -= (byKind["sell"] ?? 0) + (byKind["void"] ?? 0)
            sums.used -= byKind["use"] ?? 0
            sums.returned -= byKind["return"] ?? 0
            sums.destroyed -= byKind["destroy"] ?? 0
            sums.unaccounted += shrinkage
        }
        forms.add(node, own)
        var share = partyShares[node.holder] ?? PartyShare()
        share.batches.append(code)
        share.forms.add(node, own)
        partyShares[node.holder] = share

        try followShipments(of: node, movements: movements, factor: out)
        followEdges(of: node, movements: movements, factor: out)

        func ownText(_ kind: String) -> String { LotUnits.amount(-(byKind[kind] ?? 0)).description }
        batches.append(
            DrillBatch(
                code: code, holder: node.holder, product: node.product?.name ?? node.productName,
                unit: node.quantity.unit.rawValue,
                created: LotUnits.amount(created).description, transformed: ownText("transform"),
                shipped: ownText("ship"),
                sold: LotUnits.amount(-(byKind["sell"] ?? 0) - (byKind["void"] ?? 0)).description,
                used: ownText("use"), returned: ownText("return"), destroyed: ownText("destroy"),
                onHand: LotUnits.amount(onHand).description,
                lotUnitsPerUnit: LotUnits.text(perUnit), lotQuantity: LotUnits.text(inLot)))
    }

    /// The lot units a transform output holds: its share, by quantity, of what went into the transform from the lot.
    private mutating func transformShare(of node: GraphNode) -> Double {
        guard let total = transformOutputTotal[node.record], total.micros > 0 else { return 0 }
        let quantity = node.quantity.converted(to: total.unit)?.micros ?? node.quantity.value.micros
        return (transformLot[node.record] ?? 0) * Double(quantity) / Double(total.micros)
    }

    /// Shipments out of the batch: received (the share passes to the receiver's batch), in transit, refused or short.
    private mutating func followShipments(of node: GraphNode, movements: [Movement], factor: Double) throws {
        let code = node.code
        let edges = childEdges[code] ?? []
        for shipment in try reader.shipments(of: code) {
            let shipped =
                movements.first { $0.record == shipment.record && $0.kind == "ship" }.map { -$0.delta.micros }
                ?? shipment.quantity.converted(to: node.quantity.unit)?.micros ?? shipment.quantity.value.micros
            let lotShipped = LotUnits.units(shipped) * factor
            totals.shipped += lotShipped
            let route = Message.Drill.route(
                shipment: shipment.shipment, code: code, sender: shipment.sender, receiver: shipment.receiver)
            guard let receipt = shipment.receivedBy else {
                unaccounted(shipped, lotShipped, transit: true)
                missingOwn(node, shipped)
                gaps.append(
                    DrillGap(
                        kind: .inTransit, batch: code, record: shipment.record, records: [shipment.record],
                        quantity: LotUnits.text(lotShipped),
                        text: .Drill.inTransit(route, amount: "\(Amount(micros: shipped))", unit: node.quantity.unit)
                    ))
                continue
            }
            guard let edge = edges.first(where: { $0.record == receipt && $0.kind == .receive }) else {
                unaccounted(shipped, lotShipped, transit: false)
                missingOwn(node, shipped)
                gaps.append(
                    DrillGap(
                        kind: .refusedReceipt, batch: code, record: receipt, records: [receipt, shipment.record],
                        quantity: LotUnits.text(lotShipped),
                        text: .Drill.refused(route)))
                continue
            }
            let received = edge.quantity.converted(to: node.quantity.unit)?.micros ?? edge.quantity.value.micros
            let passed = min(received, shipped)
            let lotPassed = LotUnits.units(passed) * factor
            lotIn[edge.child, default: 0] += lotPassed
            totals.received += lotPassed
            if received < shipped {
                let missing = shipped - received
                unaccounted(missing, LotUnits.units(missing) * factor, transit: false)
                missingOwn(node, missing)
                gaps.append(
                    DrillGap(
                        kind: .shortReceipt, batch: code, record: receipt, records: [receipt, shipment.record],
                        quantity: LotUnits.text(LotUnits.units(missing) * factor),
                        text: .Drill.short(
                            route, shipped: "\(Amount(micros: shipped))", received: "\(Amount(micros: received))",
                            unit: node.quantity.unit)
                    ))
            } else if received > shipped {
                gaps.append(
                    DrillGap(
                        kind: .overReceipt, batch: code, record: receipt, records: [receipt, shipment.record],
                        quantity: nil,
                        text: .Drill.over(
                            route, received: "\(Amount(micros: received))", shipped: "\(Amount(micros: shipped))",
                            unit: node.quantity.unit)
                    ))
            }
        }
    }

    /// Part of a batch shipped and lost on the way, in its own unit, for its form and its holder.
    private mutating func missingOwn(_ node: GraphNode, _ micros: Int64) {
        guard micros > 0 else { return }
        forms.add(node) { $0.unaccounted += Int128(micros) }
        partyShares[node.holder, default: PartyShare()].forms.add(node) { $0.unaccounted += Int128(micros) }
    }

    private mutating func unaccounted(_ micros: Int64, _ lotUnits: Double, transit: Bool) {
        guard micros > 0 else { return }
        exact = false
        totals.unaccounted += lotUnits
        if transit { totals.inTransit += lotUnits }
    }

    private var mealOutlets: [String: DrillOutlet] = [:]
    private var mealLot: [String: (own: Int128, lot: Double)] = [:]

    /// Transforms (the lot's share goes to the outputs), sales (slips) and canteen uses (meals).
    private mutating func followEdges(of node: GraphNode, movements: [Movement], factor: Double) {
        var seenTransforms: Set<String> = []
        for edge in childEdges[node.code] ?? [] {
            switch edge.kind {
            case .transform:
                if seenTransforms.insert(edge.record).inserted {
                    let taken = movements.filter { $0.record == edge.record && $0.kind == "transform" }.reduce(
                        Int128(0)
                    ) { $0 - Int128($1.delta.micros) }
                    transformLot[edge.record, default: 0] += LotUnits.units(taken) * factor
                    if transformOutputTotal[edge.record] == nil {
                        transformOutputTotal[edge.record] = outputTotal(record: edge.record, from: node)
                    }
                    convert(record: edge.record, from: node, taken: taken)
                }
            case .sell:
                guard let slip = scope[edge.child] else {
                    missingNode(edge)
                    continue
                }
                let own = edge.quantity.converted(to: node.quantity.unit)?.micros ?? edge.quantity.value.micros
                slips.append(
                    DrillOutlet(
                        code: slip.code, party: slip.holder, at: Timestamp(epochMilliseconds: slip.atMilliseconds).text,
                        quantity: edge.quantity.value.description, unit: edge.quantity.unit.rawValue,
                        lotQuantity: LotUnits.text(LotUnits.units(own) * factor), record: edge.record))
                partyShares[slip.holder, default: PartyShare()].slips += 1
            case .use:
                guard let meal = scope[edge.child] else {
                    missingNode(edge)
                    continue
                }
                let own = edge.quantity.converted(to: node.quantity.unit)?.micros ?? edge.quantity.value.micros
                var sum = mealLot[meal.code] ?? (0, 0)
                sum.own += Int128(edge.quantity.value.micros)
                sum.lot += LotUnits.units(own) * factor
                mealLot[meal.code] = sum
                if mealOutlets[meal.code] == nil { partyShares[meal.holder, default: PartyShare()].meals += 1 }
                mealOutlets[meal.code] = DrillOutlet(
                    code: meal.code, party: meal.holder, at: Timestamp(epochMilliseconds: meal.atMilliseconds).text,
                    quantity: LotUnits.amount(sum.own).description, unit: edge.quantity.unit.rawValue,
                    lotQuantity: LotUnits.text(sum.lot), record: edge.record)
            default:
                if scope[edge.child] == nil { missingNode(edge) }
            }
        }
    }

    /// Adds what `input` gave the transform `record` (`taken`, in its unit) to the conversions into each output form.
    private mutating func convert(record: String, from input: GraphNode, taken: Int128) {
        var formsSeen: Set<String> = []
        var outputsSeen: Set<String> = []
        for edge in childEdges[input.code] ?? [] where edge.record == record && outputsSeen.insert(edge.child).inserted
        {
            guard let output = scope[edge.child], output.type == .batch else { continue }
            let key = record + "|" + FormSums.key(input) + "|" + FormSums.key(output)
            if conversionSums[key] == nil {
                conversionSums[key] = (conversions.count, 0, 0, [])
                conversions.append(
                    DrillConversion(
                        record: record, fromProduct: input.product?.name ?? input.productName, fromQuantity: "0",
                        fromUnit: input.quantity.unit.rawValue,
                        toProduct: output.product?.name ?? output.productName, toQuantity: "0",
                        toUnit: output.quantity.unit.rawValue, yield: ""))
            }
            var sum = conversionSums[key]!
            if formsSeen.insert(key).inserted { sum.input += taken }
            if sum.outputs.insert(output.code).inserted { sum.output += Int128(output.quantity.value.micros) }
            conversionSums[key] = sum
            let ratio = sum.input > 0 ? LotUnits.units(sum.output) / LotUnits.units(sum.input) : 0
            conversions[sum.index].fromQuantity = LotUnits.amount(sum.input).description
            conversions[sum.index].toQuantity = LotUnits.amount(sum.output).description
            conversions[sum.index].yield =
                "\(LotUnits.text(ratio)) \(output.quantity.unit.rawValue)/\(input.quantity.unit.rawValue)"
        }
    }

    /// The total output of a transform, in the unit of its first output (outputs in other units count as they are).
    private func outputTotal(record: String, from input: GraphNode) -> (micros: Int128, unit: QuantityUnit) {
        var seen: Set<String> = []
        var unit: QuantityUnit?
        var total: Int128 = 0
        for edge in childEdges[input.code] ?? [] where edge.record == record && seen.insert(edge.child).inserted {
            guard let output = scope[edge.child] else { continue }
            let target = unit ?? output.quantity.unit
            unit = target
            total += Int128(output.quantity.converted(to: target)?.micros ?? output.quantity.value.micros)
        }
        return (total, unit ?? .kilogram)
    }

    private mutating func missingNode(_ edge: GraphEdge) {
        exact = false
        gaps.append(
            DrillGap(
                kind: .missingNode, batch: edge.parent, record: edge.record, records: [edge.record], quantity: nil,
                text: .Drill.missingNode(parent: edge.parent, kind: edge.kind, record: edge.record, child: edge.child)
            ))
    }
}
