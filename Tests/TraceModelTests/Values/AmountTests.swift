import Foundation
import Testing
import TraceModel

@Suite("Amount: exact decimals")
struct AmountTests {
    @Test(
        arguments: [
            ("0", 0), ("0.5", 500_000), ("1", 1_000_000), ("26.8", 26_800_000), ("0.625", 625_000), ("0.000001", 1),
            ("100", 100_000_000), ("1.000001", 1_000_001), ("1612.4", 1_612_400_000),
            ("999999999999", 999_999_999_999_000_000), ("999999999999.999999", 999_999_999_999_999_999),
        ] as [(String, Int64)])
    func parses(text: String, micros: Int64) throws {
        let amount = try #require(Amount(text))
        #expect(amount.micros == micros)
    }

    @Test(arguments: [
        "", "-1", "+1", "-0", "01", "00", "00.5", "007", "1.", ".5", "1.2345678", "0.0000001", "1e3", "1E3", " 1", "1 ",
        "1,5", "1.2.3", "１", "٣", "0x10", "NaN", "Infinity", "1000000000000", "1000000000000.5", "9999999999999",
        "1_000", "½",
    ])
    func refuses(text: String) {
        #expect(Amount(text) == nil)
    }

    @Test func limits() {
        #expect(Amount.maxIntegerDigits == 12)
        #expect(Amount(String(repeating: "9", count: 12)) != nil)
        #expect(Amount(String(repeating: "9", count: 13)) == nil)
        #expect(Amount("1." + String(repeating: "0", count: 5) + "1") != nil)
        // One written form per value: trailing fraction zeros are refused.
        #expect(Amount("1.50") == nil)
        #expect(Amount("2.0") == nil)
        #expect(Amount("1." + String(repeating: "0", count: 7)) == nil)
    }

    @Test(arguments: [
        ("1.50", "1.5"), ("2.000", "2"), ("0.10", "0.1"), ("0.000001", "0.000001"), ("0.0", "0"), ("10", "10"),
        ("26.80", "26.8"), ("100.000100", "100.0001"), ("999999999999.999999", "999999999999.999999"),
    ])
    func formatsShortest(text: String, expected: String) throws {
        // What a person types is read leniently; the record form is the shortest text.
        #expect(try #require(Amount(userInput: text)).description == expected)
    }

    @Test func negativeResultsOfSubtractionFormatWithASign() throws {
        let one = Amount(1)
        let two = try #require(Amount("2.5"))
        #expect((one - two).description == "-1.5")
        #expect(Amount(micros: -1).description == "-0.000001")
        #expect(Amount(micros: -3_000_000).description == "-3")
    }

    /// Every amount reads back from its text, across the whole range (a deterministic sample).
    @Test func roundTripsThroughText() throws {
        var generator = SplitMix64(seed: 0x5EED)
        var samples: [Int64] = [0, 1, 9, 10, 999_999, 1_000_000, 999_999_999_999_999_999]
        for _ in 0..<5_000 { samples.append(Int64(generator.next() % 1_000_000_000_000_000_000)) }
        for _ in 0..<1_000 { samples.append(Int64(generator.next() % 100) * 10_000) }  // few fraction digits
        for micros in samples {
            let amount = Amount(micros: micros)
            let parsed = try #require(Amount(amount.description), "\(amount.description)")
            #expect(parsed == amount)
            #expect(parsed.description == amount.description)
        }
    }

    @Test(arguments: [
        ("16.745", 2, "16.75"), ("16.744999", 2, "16.74"), ("0", 2, "0.00"), ("2.5", 0, "3"), ("2.4", 0, "2"),
        ("1.5", 6, "1.500000"), ("0.0005", 3, "0.001"), ("0.0004", 3, "0.000"), ("999.995", 2, "1000.00"),
        ("26.8", 2, "26.80"), ("0.000001", 5, "0.00000"),
    ])
    func formattedRoundsHalfUp(text: String, places: Int, expected: String) throws {
        #expect(try #require(Amount(text)).formatted(places: places) == expected)
    }

    @Test func formattedNegativeRoundsAwayFromZero() {
        #expect(Amount(micros: -1_005_000).formatted(places: 2) == "-1.01")
        #expect(Amount(micros: -1_004_999).formatted(places: 2) == "-1.00")
    }

    @Test(arguments: [
        ("0.625", "26.8", "16.75"), ("0.333333", "3", "0.999999"), ("2.5", "24.8", "62"),
        ("0.000001", "0.5", "0.000001"),
        ("0.000001", "0.4", "0"), ("0.000003", "0.5", "0.000002"), ("1.234567", "1.234567", "1.524156"),
        ("0", "999999999999.999999", "0"), ("999999999999", "1", "999999999999"),
        // Results whose intermediate product does not fit in 64 bits.
        ("100000", "1000", "100000000"), ("20000", "1000", "20000000"),
        ("123456.789", "98765.4321", "12193263111.263527"),
        ("999999999999.999999", "1", "999999999999.999999"),
    ])
    func multipliesExactlyThenRoundsHalfUp(lhs: String, rhs: String, expected: String) throws {
        let a = try #require(Amount(lhs))
        let b = try #require(Amount(rhs))
        #expect(a.multiplied(by: b)?.description == expected)
        #expect(b.multiplied(by: a)?.description == expected)
    }

    @Test func multiplicationBeyondTheLargestAmountIsNil() throws {
        let largest = try #require(Amount("999999999999.999999"))
        #expect(largest.multiplied(by: Amount(2)) == nil)
        #expect(largest.multiplied(by: largest) == nil)
        #expect(try #require(Amount("1000000")).multiplied(by: Amount(1_000_000)) == nil)
        #expect(try #require(Amount("1000000")).multiplied(by: try #require(Amount("999999.999999"))) != nil)
    }

    @Test func multiplyingNegativesRoundsHalfAwayFromZero() throws {
        // -0.000001 × 1.6 = -0.0000016 → -0.000002
        #expect(Amount(micros: -1).multiplied(by: try #require(Amount("1.6")))?.micros == -2)
        // -0.000001 × 0.5 = -0.0000005 → -0.000001
        #expect(Amount(micros: -1).multiplied(by: try #require(Amount("0.5")))?.micros == -1)
        // -0.000001 × 1.4 = -0.0000014 → -0.000001
        #expect(Amount(micros: -1).multiplied(by: try #require(Amount("1.4")))?.micros == -1)
        #expect(Amount(micros: -2_500_000).multiplied(by: Amount(micros: -2_000_000))?.description == "5")
    }

    @Test func arithmeticAndOrder() throws {
        var total = Amount.zero
        for text in ["0.1", "0.2", "0.3"] { total += try #require(Amount(text)) }
        #expect(total == Amount(micros: 600_000))
        total -= Amount(micros: 100_000)
        #expect(total.description == "0.5")
        #expect(try #require(Amount("1.5")) < Amount(2))
        #expect(Amount(3) == Amount(micros: 3_000_000))
        #expect(Amount.zero.micros == 0)
    }

    @Test func codesAsAJSONString() throws {
        let encoded = String(decoding: try JSONEncoder().encode([try #require(Amount("1.5"))]), as: UTF8.self)
        #expect(encoded == #"["1.5"]"#)
        #expect(try JSONDecoder().decode([Amount].self, from: Data(#"["0.625"]"#.utf8)) == [Amount(micros: 625_000)])
    }

    @Test func decodingRefusesNumbersAndBadText() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Amount].self, from: Data("[1.5]".utf8)) }
        do {
            _ = try JSONDecoder().decode([Amount].self, from: Data(#"["1.2345678"]"#.utf8))
            Issue.record("accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains(#""1.2345678" is not an exact decimal"#))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

/// A small deterministic generator (SplitMix64), so sampled tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
