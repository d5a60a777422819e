import TraceModel

/// The language a slip is printed in: the catalogue's ``Language`` (`zh`, `en` or `zh+en`, both side by side).
public typealias SlipLanguage = Language

/// The words printed on slips, in each language.
enum SlipWords {
    static func stall(_ l: SlipLanguage) -> String { l.pick("摊位", "Stall") }
    static func product(_ l: SlipLanguage) -> String { l.pick("品名", "Product") }
    static func quantity(_ l: SlipLanguage, unit: QuantityUnit) -> String {
        [.kilogram, .gram, .tonne].contains(unit) ? l.pick("重量", "Weight") : l.pick("数量", "Quantity")
    }
    static func unitPrice(_ l: SlipLanguage) -> String { l.pick("单价", "Unit price") }
    static func amount(_ l: SlipLanguage) -> String { l.pick("金额", "Amount") }
    static func time(_ l: SlipLanguage) -> String { l.pick("时间", "Time") }
    static func traceCode(_ l: SlipLanguage) -> String { l.pick("追溯码", "Trace code") }
    static func batch(_ l: SlipLanguage) -> String { l.pick("批次", "Batch") }
    static func source(_ l: SlipLanguage) -> String { l.pick("来源信息", "Source") }
    static func farm(_ l: SlipLanguage) -> String { l.pick("养殖场", "Farm") }
    static func origin(_ l: SlipLanguage) -> String { l.pick("产地", "Origin") }
    static func slaughterhouse(_ l: SlipLanguage) -> String { l.pick("屠宰厂", "Slaughterhouse") }
    static func quarantine(_ l: SlipLanguage) -> String { l.pick("动物检疫合格证明", "Quarantine certificate") }
    static func meatInspection(_ l: SlipLanguage) -> String { l.pick("肉品品质检验合格证", "Meat inspection certificate") }
    static func lastTest(_ l: SlipLanguage) -> String { l.pick("检测", "Last test") }
    static func scan(_ l: SlipLanguage) -> String { l.pick("扫码验证", "Scan to verify") }
    static func keep(_ l: SlipLanguage) -> String { l.pick("请保留小票以便追溯", "Keep this slip for tracing") }

    /// The unit as printed after a quantity or under a price.
    static func unit(_ unit: QuantityUnit, _ l: SlipLanguage) -> String {
        let zh: String
        let en: String
        switch unit {
        case .kilogram: (zh, en) = ("千克", "kg")
        case .gram: (zh, en) = ("克", "g")
        case .tonne: (zh, en) = ("吨", "t")
        case .head: (zh, en) = ("头", "head")
        case .piece: (zh, en) = ("件", "pcs")
        case .box: (zh, en) = ("箱", "box")
        case .litre: (zh, en) = ("升", "L")
        }
        return l == .zh ? zh : en
    }

    /// Money in yuan: two decimals unless more are needed to stay exact.
    static func money(_ value: Amount, _ l: SlipLanguage) -> String {
        let text = value.formatted(places: 2)
        let exact = Amount(userInput: text) == value ? text : value.description
        return l == .en ? "CNY " + exact : exact + " 元"
    }

    static func quantity(_ quantity: Quantity, _ l: SlipLanguage) -> String {
        "\(quantity.value) \(unit(quantity.unit, l))"
    }

    static func price(_ price: Amount, per unit: QuantityUnit, _ l: SlipLanguage) -> String {
        money(price, l) + "/" + SlipWords.unit(unit, l)
    }

    static func marketUnit(_ unit: MarketUnit, _ l: SlipLanguage) -> String {
        switch unit {
        case .jin: return l.pick("斤", "jin")
        case .liang: return l.pick("两", "liang")
        }
    }

    /// In the market unit the stall priced in, with the stored kg beside it: `3 斤 (1.5 千克)`.
    static func quantity(_ quantity: Quantity, pricedIn: MarketUnit?, _ l: SlipLanguage) -> String {
        guard let pricedIn, quantity.unit == .kilogram else { return self.quantity(quantity, l) }
        return
            "\(pricedIn.amount(ofKilograms: quantity.value)) \(marketUnit(pricedIn, l)) (\(self.quantity(quantity, l)))"
    }

    /// Per the market unit the stall priced in: `¥12.00/斤`.
    static func price(_ price: Amount, per unit: QuantityUnit, pricedIn: MarketUnit?, _ l: SlipLanguage) -> String {
        guard let pricedIn, unit == .kilogram else { return self.price(price, per: unit, l) }
        return money(pricedIn.price(perKilogram: price), l) + "/" + marketUnit(pricedIn, l)
    }

    /// Local date and time as written in the record (`2026-11-28 08:15:30`).
    static func time(_ timestamp: Timestamp) -> String {
        String(timestamp.text.prefix(19).map { $0 == "T" ? " " : $0 })
    }

    static func date(_ timestamp: Timestamp) -> String { String(timestamp.text.prefix(10)) }

    static func analyte(_ name: String, _ l: SlipLanguage) -> String {
        let chinese: [String: String] = [
            "clenbuterol": "瘦肉精(克伦特罗)", "ractopamine": "莱克多巴胺", "salbutamol": "沙丁胺醇",
            "organophosphate": "有机磷农药", "carbamate": "氨基甲酸酯类农药",
        ]
        return l.pick(chinese[name.lowercased()] ?? name, name)
    }

    static func result(_ result: String, _ l: SlipLanguage) -> String {
        switch result.lowercased() {
        case "negative": return l.pick("阴性", "negative")
        case "positive": return l.pick("阳性", "positive")
        default: return result
        }
    }
}
