import TraceModel

/// How much output a transform may make per unit of input: configuration, not constants.
///
/// A rule matches on the input category (or any) and the input and output units; the ratio
/// output ÷ input must lie within `[min, max]`.
public struct YieldRule: Sendable, Codable, Hashable {
    public var from: ProductCategory?
    public var fromUnit: QuantityUnit
    public var toUnit: QuantityUnit
    public var min: Amount
    public var max: Amount
    public var note: String?

    public init(
        from: ProductCategory?, fromUnit: QuantityUnit, toUnit: QuantityUnit, min: Amount, max: Amount,
        note: String? = nil
    ) {
        self.from = from
        self.fromUnit = fromUnit
        self.toUnit = toUnit
        self.min = min
        self.max = max
        self.note = note
    }
}

/// The yield rules in force; ``standard`` holds the defaults documented in the README.
public struct YieldBounds: Sendable, Codable {
    public var rules: [YieldRule]

    public init(rules: [YieldRule]) { self.rules = rules }

    /// Defaults: carcass weight per head for slaughter (live pig 50–120 kg, cattle 150–450 kg, sheep 10–40 kg,
    /// poultry 0.5–4 kg), and at most what went in for cutting, splitting and packing by weight.
    public static let standard = YieldBounds(rules: [
        YieldRule(
            from: .livePig, fromUnit: .head, toUnit: .kilogram, min: Amount(50), max: Amount(120),
            note: "pig carcass per head"),
        YieldRule(
            from: .liveCattle, fromUnit: .head, toUnit: .kilogram, min: Amount(150), max: Amount(450),
            note: "cattle carcass per head"),
        YieldRule(
            from: .liveSheep, fromUnit: .head, toUnit: .kilogram, min: Amount(10), max: Amount(40),
            note: "sheep carcass per head"),
        YieldRule(
            from: .livePoultry, fromUnit: .head, toUnit: .kilogram, min: Amount(micros: 500_000), max: Amount(4),
            note: "bird per head"),
        YieldRule(
            from: nil, fromUnit: .kilogram, toUnit: .kilogram, min: Amount(micros: 300_000), max: Amount(1),
            note: "weight in ≥ weight out"),
    ])

    /// The first rule for this input category and these units.
    public func rule(from category: ProductCategory?, fromUnit: QuantityUnit, toUnit: QuantityUnit) -> YieldRule? {
        rules.first { ($0.from == nil || $0.from == category) && $0.fromUnit == fromUnit && $0.toUnit == toUnit }
    }
}
