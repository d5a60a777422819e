import TraceModel

/// A batch's quantity ledger summed: created − transformed − shipped − sold + voided − used − returned − destroyed
/// − shrinkage + surplus = on hand (shrinkage and surplus: what stock counts found against the ledger).
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
    /// Sold quantities put back on hand by voided sales.
    public var voided: String
    /// Found missing by stock counts (盘点): the ledger had more than was counted.
    public var shrinkage: String
    /// Found in excess by stock counts: more was counted than the ledger had.
    public var surplus: String
    public var onHand: String
}

/// A mass-balance problem with the records that show it.
public struct BalanceViolation: Sendable, Codable, Hashable {
    /// `negative-on-hand` or `yield-out-of-bounds`.
    public var rule: String
    public var batch: String
    /// The message in English (as `balance` prints it).
    public var message: String
    public var evidence: [String]
    /// The message in both languages, for outputs in the chosen one (not part of the JSON).
    public var text: Message

    init(rule: String, batch: String, text: Message, evidence: [String]) {
        self.rule = rule
        self.batch = batch
        self.message = text.en
        self.evidence = evidence
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case rule, batch, message, evidence }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        batch = try container.decode(String.self, forKey: .batch)
        message = try container.decode(String.self, forKey: .message)
        evidence = try container.decode([String].self, forKey: .evidence)
        text = .verbatim(message)
    }
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

    /// How many codes a report reads at a time (their nodes in one batched read, then their movements in one).
    static let chunk = 512

    /// Balances `codes` (batches); other node types are skipped.
    public func report(for codes: [String]) throws -> BalanceReport {
        var report = BalanceReport(batches: [], violations: [])
        var checkedTransforms: Set<String> = []
        for start in stride(from: 0, to: codes.count, by: Self.chunk) {
            let part = Array(codes[start..<min(start + Self.chunk, codes.count)])
            let batches = try reader.nodes(part).compactMap { node in node.flatMap { $0.type == .batch ? $0 : nil } }
            for (node, movements) in zip(batches, try reader.movements(of: batches.map(\.code))) {
                try balance(node, movements, into: &report, checkedTransforms: &checkedTransforms)
            }
        }
        return report
    }

    /// Adds the balance of batch `node` with its `movements` to `report`, and its violations.
    private func balance(
        _ node: GraphNode, _ movements: [Movement], into report: inout BalanceReport,
        checkedTransforms: inout Set<String>
    ) throws {
        let code = node.code
        let balance = Self.sum(node, movements)
        report.batches.append(balance.entry)
        if balance.onHand.micros < 0 {
            let takers = movements.filter { $0.delta.micros < 0 }.map(\.record)
            report.violations.append(
                BalanceViolation(
                    rule: "negative-on-hand", batch: code,
                    text: .negativeOnHand(
                        batch: code, out: Amount(micros: balance.outTotal), created: balance.createdTotal,
                        onHand: balance.onHand, unit: node.quantity.unit),
                    evidence: [node.record] + takers))
        }
        if node.kind == .transform, checkedTransforms.insert(node.record).inserted,
            let violation = try checkYield(of: node)
        {
            report.violations.append(violation)
        }
    }

    struct Sum {
        var entry: BatchBalance
        var onHand: Amount
        var createdTotal: Amount
        var outTotal: Int64
    }

    static func sum(_ node: GraphNode, _ movements: [Movement]) -> Sum {
        // Added in 128 bits: signed records may carry the largest amounts many times over, and a 64-bit sum
        // would trap. A total beyond 64 bits is shown clamped (it can only come from absurd quantities).
        var totals: [String: Int128] = [:]
        var shrinkage: Int128 = 0
        var surplus: Int128 = 0
        for movement in movements {
            totals[movement.kind, default: 0] += Int128(movement.delta.micros)
            if movement.kind == "count" {
                if movement.delta.micros < 0 {
                    shrinkage -= Int128(movement.delta.micros)
                } else {
                    surplus += Int128(movement.delta.micros)
                }
            }
        }
        func out(_ kind: String) -> String { Amount(micros: Int64(clamping: -(totals[kind] ?? 0))).description }
        let onHandTotal = totals.values.reduce(0, +)
        let onHand = Amount(micros: Int64(clamping: onHandTotal))
        let created = Amount(micros: Int64(clamping: totals["create"] ?? 0))
        let entry = BatchBalance(
            batch: node.code, holder: node.holder, product: node.product?.name ?? node.productName,
            unit: node.quantity.unit.rawValue,
            created: created.description, transformed: out("transform"), shipped: out("ship"), sold: out("sell"),
            used: out("use"), returned: out("return"), destroyed: out("destroy"),
            voided: Amount(micros: Int64(clamping: totals["void"] ?? 0)).description,
            shrinkage: Amount(micros: Int64(clamping: shrinkage)).description,
            surplus: Amount(micros: Int64(clamping: surplus)).description, onHand: onHand.description)
        return Sum(
            entry: entry, onHand: onHand, createdTotal: created,
            outTotal: Int64(clamping: (totals["create"] ?? 0) - onHandTotal))
    }

    /// Output ÷ input of the transform that made `node` against the yield rule for its units.
    private func checkYield(of node: GraphNode) throws -> BalanceViolation? {
        let inputs = try reader.parents(of: node.code)
        guard let firstInput = inputs.first, let inputNode = try reader.node(firstInput.parent) else { return nil }
        var inputSum: Int128 = 0
        for edge in inputs {
            for movement in try reader.movements(of: edge.parent) where movement.record == node.record {
                inputSum -= Int128(movement.delta.micros)
            }
        }
        var outputSum: Int128 = 0
        var outputs: Set<String> = []
        for edge in try reader.children(of: firstInput.parent)
        where edge.record == node.record && outputs.insert(edge.child).inserted {
            guard let converted = edge.quantity.converted(to: node.quantity.unit) else { continue }
            outputSum += Int128(converted.micros)
        }
        // Summed in 128 bits (see `sum`), compared in 64.
        let inputTotal = Int64(clamping: inputSum)
        let outputTotal = Int64(clamping: outputSum)
        guard inputTotal > 0,
            let rule = yields.rule(
                from: inputNode.product?.category, fromUnit: inputNode.quantity.unit, toUnit: node.quantity.unit)
        else { return nil }
        let lowest = Amount(micros: inputTotal).multiplied(by: rule.min)?.micros ?? 0
        let highest = Amount(micros: inputTotal).multiplied(by: rule.max)?.micros ?? .max
        guard outputTotal < lowest || outputTotal > highest else { return nil }
        return BalanceViolation(
            rule: "yield-out-of-bounds", batch: node.code,
            text: .yieldOutOfBounds(
                transform: node.record, made: Amount(micros: outputTotal), unit: node.quantity.unit,
                from: Amount(micros: inputTotal), inputUnit: inputNode.quantity.unit, of: inputNode.product?.category,
                min: rule.min, max: rule.max, per: rule.fromUnit),
            evidence: [node.record] + inputs.map(\.parent))
    }
}
