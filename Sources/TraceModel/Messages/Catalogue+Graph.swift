// The message catalogue: mass balance and yields (TraceGraph), and the names of units and product categories.

extension Message {
    /// A unit as written after a quantity: 千克, 头 … / kg, head …
    public static func unitName(_ unit: QuantityUnit) -> Message {
        let zh: String
        switch unit {
        case .kilogram: zh = "千克"
        case .gram: zh = "克"
        case .tonne: zh = "吨"
        case .head: zh = "头"
        case .piece: zh = "件"
        case .box: zh = "箱"
        case .litre: zh = "升"
        }
        return Message("unit.\(unit.rawValue)", zh: zh, en: unit.rawValue)
    }

    /// A product category: 生猪, 猪肉 … / live-pig, pork …
    public static func categoryName(_ category: ProductCategory) -> Message {
        let zh: String
        switch category {
        case .livePig: zh = "生猪"
        case .liveCattle: zh = "活牛"
        case .liveSheep: zh = "活羊"
        case .livePoultry: zh = "活禽"
        case .pork: zh = "猪肉"
        case .beef: zh = "牛肉"
        case .mutton: zh = "羊肉"
        case .poultryMeat: zh = "禽肉"
        case .aquatic: zh = "水产品"
        case .egg: zh = "蛋品"
        case .vegetable: zh = "蔬菜"
        case .fruit: zh = "水果"
        case .grain: zh = "粮食"
        case .oil: zh = "食用油"
        case .dairy: zh = "乳品"
        case .processed: zh = "加工食品"
        case .meal: zh = "餐食"
        }
        return Message("category.\(category.rawValue)", zh: zh, en: category.rawValue)
    }

    /// `q unit` in each language: `1232 千克` / `1232 kg`.
    public static func amount(_ value: Amount, _ unit: QuantityUnit) -> Message {
        let name = unitName(unit)
        return Message("amount", zh: "\(value) \(name.zh)", en: "\(value) \(name.en)")
    }

    /// A batch gave out more than was made of it.
    public static func negativeOnHand(
        batch: String, out: Amount, created: Amount, onHand: Amount, unit: QuantityUnit
    ) -> Message {
        let (given, made, left) = (amount(out, unit), amount(created, unit), amount(onHand, unit))
        return Message(
            "balance.negative-on-hand", zh: "批次 \(batch) 发出 \(given.zh)，但只产生了 \(made.zh)：结存 \(left.zh)",
            en: "batch \(batch) gave out \(given.en) but only \(made.en) were created: on hand \(left.en)")
    }

    /// A transform's output is outside the yield bounds for its input.
    public static func yieldOutOfBounds(
        transform: String, made: Amount, unit: QuantityUnit, from input: Amount, inputUnit: QuantityUnit,
        of category: ProductCategory?, min: Amount, max: Amount, per: QuantityUnit
    ) -> Message {
        let output = amount(made, unit)
        let source = amount(input, inputUnit)
        let what = category.map(categoryName) ?? Message("category.input", zh: "原料", en: "input")
        let perUnit = unitName(per)
        return Message(
            "balance.yield-out-of-bounds",
            zh:
                "加工记录 \(transform) 以 \(source.zh)\(what.zh) 产出 \(output.zh)；允许每\(perUnit.zh) \(min)–\(max) \(unitName(unit).zh)",
            en:
                "transform \(transform) made \(output.en) from \(source.en) of \(what.en); allowed \(min)–\(max) per \(perUnit.en)"
        )
    }

    /// The yield-exceeded finding: its rule's words before the balance's text.
    public static func yieldExceeded(_ detail: Message) -> Message {
        Message("recall.yield-exceeded", zh: "得率超出范围：\(detail.zh)", en: "yield out of bounds: \(detail.en)")
    }

    /// A drill of a code no batch carries.
    public static func drillNoBatch(_ code: String) -> Message {
        Message(
            "graph.drill-no-batch", zh: "库中没有追溯码为 \(code) 的批次",
            en: "no batch with trace code \(code) in the store")
    }

    /// A drill of a slip or a meal.
    public static func drillNotABatch(_ code: String, type: String) -> Message {
        Message(
            "graph.drill-not-a-batch", zh: "\(code) 是\(Message.Trace.nodeType(type).zh)，不是批次：演练从一个批次开始",
            en: "\(code) is a \(type), not a batch: a drill starts from a lot")
    }
}
