import Foundation
import Testing
import TraceModel

/// RFC 8785 section 3.2.2.3: numbers are written as ECMAScript writes the IEEE 754 double.
@Suite("RFC 8785 number serialisation")
struct RFC8785NumberTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let bits: UInt64
        /// The expected text, or nil where the value has no JSON form.
        let expected: String?
        var value: Double { Double(bitPattern: bits) }
        var testDescription: String { "\(String(bits, radix: 16)) → \(expected ?? "error")" }
    }

    /// Appendix B's samples, read from the fixture file.
    static func appendixB() throws -> [Sample] {
        try Fixtures.text("rfc8785/appendix-b-numbers.txt").split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: " ")
            let bits = try #require(UInt64(parts[0], radix: 16))
            return Sample(bits: bits, expected: parts[1] == "error" ? nil : String(parts[1]))
        }
    }

    @Test func appendixBHasEverySample() throws {
        let samples = try Self.appendixB()
        #expect(samples.count == 26)
        #expect(samples.filter { $0.expected == nil }.count == 2)
    }

    @Test func appendixBDoublesFormat() throws {
        for sample in try Self.appendixB() {
            guard let expected = sample.expected else {
                #expect(!sample.value.isFinite, "\(sample.testDescription)")
                continue
            }
            #expect(ECMAScriptNumber.format(sample.value) == expected, "\(sample.testDescription)")
        }
    }

    /// The same samples reached from JSON text, as the canonicaliser sees them: the shortest
    /// round-trip text of the double, its 17-digit form and the expected text itself.
    @Test func appendixBFromJSONText() throws {
        for sample in try Self.appendixB() {
            guard let expected = sample.expected else { continue }
            for text in [sample.value.description, String(format: "%.17g", sample.value), expected] {
                #expect(ECMAScriptNumber.format(text) == expected, "\(sample.testDescription) from \(text)")
                #expect(try CanonicalJSON.string(.number(text)) == expected)
            }
        }
    }

    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("-0.0", "0"), ("0e10", "0"),
        ("1e21", "1e+21"), ("1e20", "100000000000000000000"), ("999999999999999999999", "1e+21"),
        ("1e-7", "1e-7"), ("-1e-7", "-1e-7"), ("1e-6", "0.000001"), ("5e-7", "5e-7"), ("0.0000001234", "1.234e-7"),
        ("5e-324", "5e-324"), ("4.9e-324", "5e-324"), ("333333333.3333333", "333333333.3333333"),
        ("333333333.33333329", "333333333.3333333"), ("4.50", "4.5"), ("2e-3", "0.002"), ("1E30", "1e+30"),
        ("0.000000000000000000000000001", "1e-27"), ("123e-20", "1.23e-18"), ("1.5e300", "1.5e+300"),
        ("9007199254740993", "9007199254740992"), ("12345678901234567890", "12345678901234567000"),
        ("123456789012345678901234", "1.2345678901234569e+23"), ("1.0", "1"), ("10.50e1", "105"),
        ("0.1", "0.1"), ("-1.5", "-1.5"), ("100", "100"), ("1e-400", "0"),
    ])
    func textFormats(text: String, expected: String) {
        #expect(ECMAScriptNumber.format(text) == expected)
    }

    @Test(arguments: ["1e400", "-1e400", "1.8e308"])
    func infiniteNumbersAreRefused(text: String) {
        #expect(ECMAScriptNumber.format(text) == nil)
        let failure = #expect(throws: CanonicalJSON.Failure.self) { try CanonicalJSON.bytes(.array([.number(text)])) }
        #expect(failure?.path == "$[0]")
        #expect(failure?.reason == "number \(text) has no IEEE 754 double form (out of range)")
    }
}
