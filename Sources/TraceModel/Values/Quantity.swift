/// A unit a quantity is measured in. Mass units convert exactly between each other; counts do not.
public enum QuantityUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case kilogram = "kg"
    case gram = "g"
    case tonne = "t"
    case head
    case piece
    case box
    case litre = "L"

    /// Millionths of a kilogram per unit, for mass units.
    var microKilogramsPerUnit: Int64? {
        switch self {
        case .gram: return 1_000
        case .kilogram: return 1_000_000
        case .tonne: return 1_000_000_000
        default: return nil
        }
    }

    /// UN/CEFACT Recommendation 20 code (used in EPCIS quantity lists).
    public var uneceCode: String {
        switch self {
        case .kilogram: return "KGM"
        case .gram: return "GRM"
        case .tonne: return "TNE"
        case .head: return "HEA"
        case .piece: return "H87"
        case .box: return "BX"
        case .litre: return "LTR"
        }
    }
}

/// An exact amount with its unit, written in records as `{"value": "1.25", "unit": "kg"}`.
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Amount
    public var unit: QuantityUnit

    public init(_ value: Amount, _ unit: QuantityUnit) {
        self.value = value
        self.unit = unit
    }

    public var description: String { "\(value) \(unit.rawValue)" }

    /// This quantity expressed in `target`, when both are mass units and the result is exact
    /// (at most six fraction digits) and no larger than the largest amount, or when the units are the same.
    public func converted(to target: QuantityUnit) -> Amount? {
        if target == unit { return value }
        guard let from = unit.microKilogramsPerUnit, let to = target.microKilogramsPerUnit else { return nil }
        // In 128 bits the product cannot overflow, so large gram values convert as well as small ones.
        let product = Int128(value.micros) * Int128(from)
        guard product % Int128(to) == 0 else { return nil }
        let result = product / Int128(to)
        guard result.magnitude <= UInt128(Amount.maxMicros) else { return nil }
        return Amount(micros: Int64(result))
    }
}
