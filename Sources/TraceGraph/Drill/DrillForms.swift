import TraceModel

/// What happened to one product form (a product in one unit: 生猪 in head, 白条猪肉 in kg) in a drill, in that unit:
/// for one party (``DrillParty/forms``) or for the whole forward trace (``DrillReport/forms``). No fraction of an
/// animal: a pig lot's carcasses are counted in kg, its live pigs in head, and ``DrillConversion`` says how one
/// became the other.
///
/// Batches are counted whole, as their holders handled them (a batch that mixed other lots counts in full here; the
/// lot's share of it is in ``DrillBatch/lotQuantity``). Summed over hops, as the lot-unit reconciliation is: a
/// quantity shipped from the slaughterhouse to a market and from the market to a stall is shipped twice.
public struct DrillFormQuantities: Sendable, Codable, Hashable {
    public var product: String?
    public var unit: String
    /// Created by the lot's own record or by a transform (made).
    public var made: String
    /// Created by a receipt.
    public var received: String
    /// Taken into a transform (slaughtered, cut, processed).
    public var processed: String
    public var shipped: String
    public var onHand: String
    /// Sales less the sales voided.
    public var sold: String
    public var used: String
    public var returned: String
    public var destroyed: String
    /// Shipped and never received, short-received, refused without a return, or found missing at a stock count.
    public var unaccounted: String
}

/// How a transform turned one product form into another, stated with its actual yield (`78 kg per head`).
public struct DrillConversion: Sendable, Codable, Hashable {
    public var record: String
    public var fromProduct: String?
    public var fromQuantity: String
    public var fromUnit: String
    public var toProduct: String?
    public var toQuantity: String
    public var toUnit: String
    /// `toQuantity ÷ fromQuantity`, six places at most, with its units (`78 kg/head`).
    public var yield: String

    /// The yield with its units' Chinese names (`78 千克/头`).
    public static func chineseYield(_ conversion: DrillConversion) -> String {
        let number = conversion.yield.split(separator: " ").first.map(String.init) ?? conversion.yield
        let (to, from) = (Message.Trace.unit(conversion.toUnit).zh, Message.Trace.unit(conversion.fromUnit).zh)
        return "\(number) \(to)/\(from)"
    }
}

/// Sums of one product form's measures, in millionths of its unit (128 bits, see ``LotUnits``).
struct FormSums {
    var product: String?
    var unit: QuantityUnit
    var made: Int128 = 0, received: Int128 = 0, processed: Int128 = 0, shipped: Int128 = 0, onHand: Int128 = 0
    var sold: Int128 = 0, used: Int128 = 0, returned: Int128 = 0, destroyed: Int128 = 0, unaccounted: Int128 = 0

    init(product: String?, unit: QuantityUnit) {
        self.product = product
        self.unit = unit
    }

    static func key(_ node: GraphNode) -> String {
        "\(node.product?.name ?? node.productName ?? "")|\(node.quantity.unit.rawValue)"
    }

    static func += (lhs: inout FormSums, rhs: FormSums) {
        lhs.made += rhs.made
        lhs.received += rhs.received
        lhs.processed += rhs.processed
        lhs.shipped += rhs.shipped
        lhs.onHand += rhs.onHand
        lhs.sold += rhs.sold
        lhs.used += rhs.used
        lhs.returned += rhs.returned
        lhs.destroyed += rhs.destroyed
        lhs.unaccounted += rhs.unaccounted
    }

    var quantities: DrillFormQuantities {
        func text(_ micros: Int128) -> String { LotUnits.amount(micros).description }
        return DrillFormQuantities(
            product: product, unit: unit.rawValue, made: text(made), received: text(received),
            processed: text(processed), shipped: text(shipped), onHand: text(onHand), sold: text(sold),
            used: text(used), returned: text(returned), destroyed: text(destroyed), unaccounted: text(unaccounted))
    }
}

/// Forms in first-seen order with their sums.
struct FormLedger {
    private(set) var order: [String] = []
    private(set) var sums: [String: FormSums] = [:]

    mutating func add(_ node: GraphNode, _ body: (inout FormSums) -> Void) {
        let key = FormSums.key(node)
        if sums[key] == nil {
            order.append(key)
            sums[key] = FormSums(product: node.product?.name ?? node.productName, unit: node.quantity.unit)
        }
        body(&sums[key]!)
    }

    var quantities: [DrillFormQuantities] { order.map { sums[$0]!.quantities } }
}

extension DrillFormQuantities {
    /// `生猪 (head): received 20, processed 20` — the measures that are not zero.
    public var summary: String { summary(in: .en) }

    /// The summary in `language`: `生猪（头）：收货 20，加工投入 20` / `生猪 (head): received 20, processed 20`.
    public func summary(in language: Language) -> String {
        let zh = language == .zh
        let measures = [
            ("生产/加工得", "made", made), ("收货", "received", received), ("加工投入", "processed", processed),
            ("发出", "shipped", shipped), ("销售", "sold", sold), ("用餐", "used", used), ("库存", "on hand", onHand),
            ("退回", "returned", returned), ("销毁", "destroyed", destroyed), ("未查明", "unaccounted", unaccounted),
        ].filter { $0.2 != "0" }.map { "\(language.pick($0.0, $0.1)) \($0.2)" }
        let unitName = Message.Trace.unit(unit).text(language)
        let nothing = language.pick("无", "nothing")
        return (zh ? "\(product ?? "?")（\(unitName)）：" : "\(product ?? "?") (\(unitName)): ")
            + (measures.isEmpty ? nothing : measures.joined(separator: zh ? "，" : ", "))
    }
}
