/// A unit of weight people buy and price in at Chinese markets: 斤 (500 g) and 两 (50 g, a tenth of a 斤).
///
/// Records store weights in kg: a quantity typed in 斤 or 两 is converted exactly (3 斤 = 1.5 kg) and a price per
/// 斤 becomes a price per kg (12 元/斤 = 24 元/kg). A sale keeps the unit the stall priced in
/// (``SellBody/pricedIn``) so its slip shows what the buyer was told.
public enum MarketUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case jin = "斤"
    case liang = "两"

    /// The unit named `text`: the character (斤, 两, or the traditional 兩) or its pinyin (`jin`, `liang`).
    public init?(named text: String) {
        switch text {
        case "斤", "jin": self = .jin
        case "两", "兩", "liang": self = .liang
        default: return nil
        }
    }

    /// Grams in one unit.
    public var grams: Int64 {
        switch self {
        case .jin: return 500
        case .liang: return 50
        }
    }

    /// How many of this unit make a kilogram (2 斤, 20 两).
    public var perKilogram: Int64 { 1_000 / grams }

    /// `amount` of this unit in kg, exactly.
    public func kilograms(_ amount: Amount) -> Amount { Amount(micros: amount.micros * grams / 1_000) }

    /// A price per kg expressed per this unit (exact to the millionth of a yuan).
    public func price(perKilogram price: Amount) -> Amount { Amount(micros: price.micros / perKilogram) }

    /// A kg quantity expressed in this unit.
    public func amount(ofKilograms kilograms: Amount) -> Amount { Amount(micros: kilograms.micros * perKilogram) }
}
