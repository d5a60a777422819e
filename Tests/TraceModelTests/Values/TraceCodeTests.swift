import Foundation
import Testing
import TraceModel

@Suite("TraceCode: 20 digits with a Damm check digit")
struct TraceCodeTests {
    /// 240 valid codes: structured ones (real-looking areas, dates and serials) and random payloads.
    static let samples: [String] = {
        var codes: [String] = []
        let areas = ["510104", "510112", "510121", "110105", "440305", "000000", "999999", "909090"]
        for (index, area) in areas.enumerated() {
            for serial in [0, 1, 42, 107, 9_090, 9_999] {
                codes.append(
                    TraceCode(
                        area: area, node: String(format: "%03d", index * 111 % 1000), date: "261128", serial: serial)!
                        .digits)
            }
        }
        var generator = SplitMix64(seed: 20)
        while codes.count < 240 {
            let payload = (0..<19).map { _ in String(generator.next() % 10) }.joined()
            codes.append(TraceCode(payload: payload)!.digits)
        }
        return codes
    }()

    @Test func knownCheckDigits() {
        #expect(Damm.checkDigit([5, 7, 2]) == 4)  // the algorithm's textbook example, 572 → 5724
        #expect(Damm.checkDigit([Int]()) == 0)
        #expect(TraceCode(area: "510104", node: "001", date: "261128", serial: 42)?.digits == "51010400126112800424")
        #expect(TraceCode(payload: "5101041182611280107")?.digits == "51010411826112801070")
    }

    @Test func samplesAreValidAndDistinct() throws {
        #expect(Self.samples.count >= 200)
        #expect(Set(Self.samples).count == Self.samples.count)
        for code in Self.samples {
            #expect(try TraceCode(validating: code).digits == code)
        }
    }

    /// Every single-digit substitution, at every position including the check digit, is caught.
    @Test func everySingleDigitErrorIsRejected() {
        var checked = 0
        for code in Self.samples {
            let digits = Array(code)
            for position in 0..<20 {
                for replacement in "0123456789" where replacement != digits[position] {
                    var wrong = digits
                    wrong[position] = replacement
                    guard case .checkDigitMismatch? = Self.problem(String(wrong)) else {
                        Issue.record("\(String(wrong)) (digit \(position + 1) of \(code) changed) accepted")
                        continue
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == Self.samples.count * 20 * 9)
    }

    /// Every swap of two adjacent, different digits, including the check digit, is caught.
    @Test func everyAdjacentTranspositionIsRejected() {
        var checked = 0
        for code in Self.samples {
            let digits = Array(code)
            for position in 0..<19 where digits[position] != digits[position + 1] {
                var wrong = digits
                wrong.swapAt(position, position + 1)
                guard case .checkDigitMismatch? = Self.problem(String(wrong)) else {
                    Issue.record("\(String(wrong)) (swap at \(position) of \(code)) accepted")
                    continue
                }
                checked += 1
            }
        }
        #expect(checked > Self.samples.count * 15)
    }

    static func problem(_ text: String) -> TraceCode.Problem? {
        do {
            _ = try TraceCode(validating: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func problemsAndTheirMessages() {
        #expect(Self.problem("5101040012611280042") == .wrongLength(19))
        #expect(Self.problem("510104001261128004240") == .wrongLength(21))
        #expect(Self.problem("") == .wrongLength(0))
        #expect(Self.problem("5101040012611280042O") == .notDigits)
        #expect(Self.problem("51010400126112800 42") == .notDigits)
        #expect(Self.problem("５１０１０４００１２６１１２８００４２") == .notDigits)
        #expect(Self.problem(String(repeating: "猪", count: 20)) == .notDigits)
        #expect(Self.problem("-1010400126112800424") == .notDigits)
        #expect(Self.problem("51010400126112800425") == .checkDigitMismatch(expected: "4", found: "5"))

        #expect(TraceCode.Problem.wrongLength(19).description == "trace code has 19 characters, expected 20 digits")
        #expect(TraceCode.Problem.notDigits.description == "trace code must contain digits only")
        #expect(
            TraceCode.Problem.checkDigitMismatch(expected: "4", found: "5").description
                == "trace code check digit is 5 but the other digits give 4: the code is mistyped")
    }

    @Test func buildingFromParts() throws {
        let code = try #require(TraceCode(area: "510104", node: "118", date: "261128", serial: 3))
        #expect(code.digits == "51010411826112800034")
        #expect(code.grouped == "510104 118 261128 0003 4")
        #expect(code.area == "510104")
        #expect(code.description == code.digits)
        #expect(TraceCode(area: "510104", node: "118", date: "261128", serial: 10_000) == nil)
        #expect(TraceCode(area: "510104", node: "118", date: "261128", serial: -1) == nil)
        #expect(TraceCode(area: "51010", node: "118", date: "261128", serial: 1) == nil)
        #expect(TraceCode(area: "5101A4", node: "118", date: "261128", serial: 1) == nil)
        #expect(TraceCode(payload: "51010411826112800034") == nil)
    }

    @Test func ordersByDigits() throws {
        #expect(try TraceCode(validating: "51010400126112800424") < TraceCode(validating: "51010411826112800034"))
    }

    @Test func codesAsAStringAndExplainsBadOnes() throws {
        let code = try TraceCode(validating: "51010411826112800034")
        #expect(String(decoding: try JSONEncoder().encode([code]), as: UTF8.self) == #"["51010411826112800034"]"#)
        do {
            _ = try JSONDecoder().decode([TraceCode].self, from: Data(#"["51010411826112800035"]"#.utf8))
            Issue.record("accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(
                context.debugDescription
                    == #""51010411826112800035": trace code check digit is 5 but the other digits give 4: the code is mistyped"#
            )
        }
    }
}
