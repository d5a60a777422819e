/// What people type, made into the one form records hold: the single normalisation every command that reads a
/// person's input uses (`sell`, `record`, any trace code argument).
///
/// - Amounts: trailing fraction zeros and a bare point are dropped (`20.0` → `20`, `32.50` → `32.5`);
///   anything else that is not an exact decimal is left for the record's checks to refuse.
/// - Weights in 斤 (500 g) and 两 (50 g) become exact kg (3 斤 → 1.5 kg; see ``MarketUnit``).
/// - Trace codes as printed on slips, grouped with spaces (`510104 002 261101 0001 5`), lose the spaces.
public enum TypedInput {
    /// A trace code as typed: spaces (ASCII or ideographic) between the groups are dropped.
    public static func traceCode(_ text: String) -> String {
        guard text.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return text }
        return String(text.filter { $0 != " " && $0 != "\u{3000}" })
    }

    /// An amount as typed, in its record form when it is an exact decimal; the text unchanged otherwise.
    public static func amount(_ text: String) -> String {
        Amount(userInput: text)?.description ?? text
    }

    /// A quantity as typed: the value in record form and, for 斤 or 两, in kg; with the market unit it was typed in.
    public static func quantity(value: String, unit: String) -> (value: String, unit: String, typedIn: MarketUnit?) {
        guard let market = MarketUnit(named: unit), let amount = Amount(userInput: value) else {
            return (self.amount(value), unit, nil)
        }
        return (market.kilograms(amount).description, QuantityUnit.kilogram.rawValue, market)
    }

    /// Members holding amounts, wherever they appear in a body.
    static let amountMembers: Set<String> = ["unitPrice", "amount", "grams"]
    /// Members holding trace codes, wherever they appear in a body.
    static let codeMembers: Set<String> = ["batch", "slip", "meal", "as"]

    /// A record body as typed (`record --body/--field`), normalised as above throughout. A `sell` body whose
    /// quantity is in 斤 or 两 also gets its unit price turned per kg and `pricedIn` set, as `sell` does.
    public static func body(_ json: JSONValue, kind: RecordKind) -> JSONValue {
        var typedIn: MarketUnit?
        var result = normalise(json, typedIn: &typedIn)
        if kind == .sell, let market = typedIn, result["pricedIn"] == nil,
            let price = result["unitPrice"]?.stringValue.flatMap({ Amount($0) })
        {
            result = result.setting(
                "unitPrice", to: .string(Amount(micros: price.micros * market.perKilogram).description))
            result = result.setting("pricedIn", to: .string(market.rawValue))
        }
        return result
    }

    private static func normalise(_ json: JSONValue, typedIn: inout MarketUnit?) -> JSONValue {
        switch json {
        case .array(let elements):
            return .array(elements.map { normalise($0, typedIn: &typedIn) })
        case .object(let members):
            if members.count == 2, let value = json["value"]?.stringValue, let unit = json["unit"]?.stringValue {
                let typed = quantity(value: value, unit: unit)
                if let market = typed.typedIn { typedIn = market }
                return json.setting("value", to: .string(typed.value)).setting("unit", to: .string(typed.unit))
            }
            var result = json
            for member in members {
                let value: JSONValue
                switch member.value {
                case .string(let text) where amountMembers.contains(member.key): value = .string(amount(text))
                case .string(let text) where codeMembers.contains(member.key): value = .string(traceCode(text))
                default: value = normalise(member.value, typedIn: &typedIn)
                }
                result = result.setting(member.key, to: value)
            }
            return result
        default:
            return json
        }
    }
}
