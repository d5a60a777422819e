import TraceModel

/// A batch's quantity ledger summed: created − transformed − shipped − sold − used − returned − destroyed = on hand.
public struct BatchBalance: Sendable, Codable, Hashable {
    public var batch: String
    public var holder: String
    public var product: String?
    public var unit: String
    public var created: String
    public var transformed: String
    public var shipped: String
    public var sold: String
    public var used: String
    public var returned: String
    public var destroyed: String
    public var onHand: String
}

/// A mass-balance problem with the records that show it.
public struct BalanceViolation: Sendable, Codable, Hashable {
    /// `negative-on-hand` or `yield-out-of-bounds`.
    public var rule: String
    public var batch: String
    public var message: String
    public var evidence: [String]
}

/// The answer to `foodtrace balance`.
public struct BalanceReport: Sendable, Codable {
    public var format = "foodtrace-balance"
    public var v = 1
    public var batches: [BatchBalance]
    public var violations: [BalanceViolation]
    /// True when no violation was found.
    public var closes: Bool { violations.isEmpty }
}

/// Mass balance per batch, with yield bounds per transform.
public struct MassBalance {
    let reader: any GraphReader
    let yields: YieldBounds

    public init(reader: any GraphReader, yields: YieldBounds = .standard) {
        self.reader = reader
        self.yields = yields
    }

    /// Balances `codes` (batches); other node types are skipped.
    public func report(for codes: [String]) throws -> BalanceReport {
        var report = BalanceReport(batches: [], violations: [])
        var checkedTransforms: Set<String> = []
        for code in codes {
            guard let node = try reader.node(code), node.type == .batch else { continue }
            let movements = try reader.movements(of: code)
            let balance = Self.sum(node, movements)
            report.batches.append(balance.entry)
            if balance.onHand.micros < 0 {
                let takers = movements.filter { $0.delta.micros < 0 }.map(\.record)
                report.violations.append(BalanceViolation(
                    rule: "negative-on-hand", batch: code,
                    message: "batch \(code) gave out \(Amount(micros: balance.outTotal)) \(node.quantity.unit.rawValue) but only \(balance.createdTotal) were created: on hand \(balance.onHand)",
                    evidence: [node.record] + takers))
            }
            if node.kind == .transform, checkedTransforms.insert(node.record).inserted,
                let violation = try checkYield(of: node)
            {
                report.violations.append(violation)
            }
        }
        return report
    }

    struct Sum {
        var entry: BatchBalance
        var onHand: Amount
        var createdTotal: Amount
        var outTotal: Int64
    }

    static func sum(_ node: GraphNode, _ movements: [Movement]) -> Sum {
        var totals: [String: Int64] = [:]
        for movement in movements { totals[movement.kind, default: 0] += movement.delta.micros }
        func out(_ kind: String) -> String { Amount(micros: -(totals[kind] ?? 0)).description }
        let onHand = Amount(micros: totals.values.reduce(0, +))
        let created = Amount(micros: totals["create"] ?? 0)
        let entry = BatchBalance(
            batch: node.code, holder: node.holder, product: node.product?.name ?? node.productName, unit: node.quantity.unit.rawValue,
            created: created.description, transformed: out("transform"), shipped: out("ship"), sold: out("sell"),
            used: out("use"), returned: out("return"), destroyed: out("destroy"), onHand: onHand.description)
        return Sum(entry: entry, onHand: onHand, createdTotal: created, outTotal: (totals["create"] ?? 0) - onHand.micros)
    }

    /// Output ÷ input of the transform that made `node` against the yield rule for its units.
    private func checkYield(of node: GraphNode) throws -> BalanceViolation? {
        let inputs = try reader.parents(of: node.code)
        guard let firstInput = inputs.first, let inputNode = try reader.node(firstInput.parent) else { return nil }
        var inputTotal: Int64 = 0
        for edge in inputs {
            for movement in try reader.movements(of: edge.parent) where movement.record == node.record {
                inputTotal -= movement.delta.micros
            }
        }
        var outputTotal: Int64 = 0
        var outputs: Set<String> = []
        for edge in try reader.children(of: firstInput.parent) where edge.record == node.record && outputs.insert(edge.child).inserted {
            guard let converted = edge.quantity.converted(to: node.quantity.unit) else { continue }
            outputTotal += converted.micros
        }
        guard inputTotal > 0,
            let rule = yields.rule(from: inputNode.product?.category, fromUnit: inputNode.quantity.unit, toUnit: node.quantity.unit)
        else { return nil }
        let lowest = Amount(micros: inputTotal).multiplied(by: rule.min)?.micros ?? 0
        let highest = Amount(micros: inputTotal).multiplied(by: rule.max)?.micros ?? .max
        guard outputTotal < lowest || outputTotal > highest else { return nil }
        return BalanceViolation(
            rule: "yield-out-of-bounds", batch: node.code,
            message: "transform \(node.record) made \(Amount(micros: outputTotal)) \(node.quantity.unit.rawValue) from \(Amount(micros: inputTotal)) \(inputNode.quantity.unit.rawValue) of \(inputNode.product?.category.rawValue ?? "input"); allowed \(rule.min)–\(rule.max) per \(rule.fromUnit.rawValue)",
            evidence: [node.record] + inputs.map(\.parent))
    }
}
