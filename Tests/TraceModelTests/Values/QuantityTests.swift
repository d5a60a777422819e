import Foundation
import Testing
import TraceModel

@Suite("Quantity: units and exact conversion")
struct QuantityTests {
    static func quantity(_ text: String, _ unit: QuantityUnit) -> Quantity { Quantity(Amount(text)!, unit) }

    @Test(arguments: [
        ("1.5", QuantityUnit.kilogram, QuantityUnit.gram, "1500"),
        ("1", .gram, .kilogram, "0.001"),
        ("0.5", .gram, .kilogram, "0.0005"),
        ("0.001", .gram, .kilogram, "0.000001"),
        ("1612.4", .kilogram, .gram, "1612400"),
        ("2", .tonne, .kilogram, "2000"),
        ("1", .tonne, .gram, "1000000"),
        ("1", .kilogram, .tonne, "0.001"),
        ("1", .gram, .tonne, "0.000001"),
        ("164.8", .kilogram, .kilogram, "164.8"),
        ("20", .head, .head, "20"),
        // Large values whose intermediate products do not fit in 64 bits.
        ("9500000000", .gram, .tonne, "9500"),
        ("999999999999", .gram, .kilogram, "999999999.999"),
        ("999999999", .tonne, .kilogram, "999999999000"),
    ])
    func convertsMassExactly(value: String, from: QuantityUnit, to: QuantityUnit, expected: String) {
        #expect(Self.quantity(value, from).converted(to: to)?.description == expected)
    }

    @Test(arguments: [
        ("0.0005", QuantityUnit.gram, QuantityUnit.kilogram),  // 0.0000005 kg needs seven places
        ("0.000001", .gram, .kilogram),
        ("0.0001", .kilogram, .tonne),
        ("0.5", .gram, .tonne),
    ])
    func refusesInexactConversion(value: String, from: QuantityUnit, to: QuantityUnit) {
        #expect(Self.quantity(value, from).converted(to: to) == nil)
    }

    @Test(arguments: [
        (QuantityUnit.head, QuantityUnit.kilogram), (.kilogram, .head), (.piece, .box), (.box, .gram),
        (.litre, .kilogram),
        (.kilogram, .litre), (.head, .piece),
    ])
    func refusesConversionBetweenCountsAndMass(from: QuantityUnit, to: QuantityUnit) {
        #expect(Self.quantity("20", from).converted(to: to) == nil)
    }

    @Test func refusesResultsBeyondTheLargestAmount() {
        #expect(Self.quantity("999999999999", .tonne).converted(to: .gram) == nil)
        #expect(Self.quantity("1000000", .tonne).converted(to: .gram) == nil)  // 10^12 g has 13 digits
        #expect(Self.quantity("999999.999999", .tonne).converted(to: .gram)?.description == "999999999999")
    }

    @Test func unitsAndTheirCodes() {
        #expect(QuantityUnit.allCases.map(\.rawValue) == ["kg", "g", "t", "head", "piece", "box", "L"])
        #expect(QuantityUnit.kilogram.uneceCode == "KGM")
        #expect(QuantityUnit.gram.uneceCode == "GRM")
        #expect(QuantityUnit.tonne.uneceCode == "TNE")
        #expect(QuantityUnit.litre.uneceCode == "LTR")
        #expect(QuantityUnit.box.uneceCode == "BX")
        #expect(QuantityUnit.head.uneceCode == "HEA")
    }

    @Test func describesAndCodesAsValueAndUnit() throws {
        let quantity = Self.quantity("0.625", .kilogram)
        #expect(quantity.description == "0.625 kg")
        let json = try Record.json(of: quantity)
        #expect(try CanonicalJSON.string(json) == #"{"unit":"kg","value":"0.625"}"#)
        let decoded = try JSONDecoder().decode(Quantity.self, from: Data(#"{"value":"1.5","unit":"g"}"#.utf8))
        #expect(decoded == Self.quantity("1.5", .gram))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Quantity.self, from: Data(#"{"value":"1","unit":"jin"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Quantity.self, from: Data(#"{"value":1,"unit":"kg"}"#.utf8))
        }
    }
}
