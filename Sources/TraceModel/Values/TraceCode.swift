/// A 20-digit trace code, printed on slips and attached to every batch, meal and slip.
///
/// Default layout (the one ``init(area:node:date:serial:)`` builds; see `schemas/trace-code.md`), left to right:
///
/// | digits | field |
/// |---|---|
/// | 1–6 | node area: GB/T 2260 administrative division code of the node |
/// | 7–9 | node number within the area (assigned at registration) |
/// | 10–15 | local date, `YYMMDD` |
/// | 16–19 | serial within node and day |
/// | 20 | check digit (Damm algorithm) |
///
/// The check digit uses the Damm algorithm, which detects every single-digit error and every
/// adjacent transposition. (Luhn misses 09↔90; ISO 7064 MOD 11,10 misses some transpositions.)
public struct TraceCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 20 digits.
    public let digits: String

    /// Why a text is not a valid trace code.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
        case wrongLength(Int)
        case notDigits
        case checkDigitMismatch(expected: Character, found: Character)

        public var description: String {
            switch self {
            case .wrongLength(let count): return "trace code has \(count) characters, expected 20 digits"
            case .notDigits: return "trace code must contain digits only"
            case .checkDigitMismatch(let expected, let found):
                return "trace code check digit is \(found) but the other digits give \(expected): the code is mistyped"
            }
        }

        /// What is wrong, in Chinese and English (the English is ``description``).
        public var text: Message {
            switch self {
            case .wrongLength(let count):
                return Message(
                    "trace-code.length", zh: "追溯码有 \(count) 个字符，应为 20 位数字", en: description)
            case .notDigits: return Message("trace-code.not-digits", zh: "追溯码只能由数字组成", en: description)
            case .checkDigitMismatch(let expected, let found):
                return Message(
                    "trace-code.check-digit", zh: "追溯码的校验位是 \(found)，而其余数字算出 \(expected)：追溯码有误（可能输错）",
                    en: description)
            }
        }
    }

    /// Validates a 20-digit code and its check digit.
    public init(validating text: String) throws(Problem) {
        var text = text
        // Read in place (an ingest checks two or three codes per record).
        if let problem = text.withUTF8(Self.problem(with:)) { throw problem }
        self.digits = text
    }

    /// What is wrong with the code in `bytes`, if anything.
    private static func problem(with bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        // Digits first: a code of 20 full-width or other non-ASCII characters is not a length problem.
        guard bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .notDigits }
        guard bytes.count == 20 else { return .wrongLength(bytes.count) }
        let expected = Damm.checkDigit(ofASCIIDigits: UnsafeBufferPointer(rebasing: bytes[..<19]))
        let found = Int(bytes[19] - 48)
        guard expected == found else {
            return .checkDigitMismatch(expected: Character(String(expected)), found: Character(String(found)))
        }
        return nil
    }

    /// A code from its first 19 digits, completing the check digit.
    public init?(payload: String) {
        let bytes = Array(payload.utf8)
        guard bytes.count == 19, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        digits = payload + String(Damm.checkDigit(bytes.map { Int($0 - 48) }))
    }

    /// A code laid out by the standard scheme.
    public init?(area: String, node: String, date yymmdd: String, serial: Int) {
        guard (0..<10_000).contains(serial) else { return nil }
        let serialText = String(String(10_000 + serial).dropFirst())
        self.init(payload: area + node + yymmdd + serialText)
    }

    public var description: String { digits }

    /// The code grouped for reading aloud: `110105 001 261128 0042 7`.
    public var grouped: String {
        let d = Array(digits)
        return [d[0..<6], d[6..<9], d[9..<15], d[15..<19], d[19..<20]].map { String($0) }.joined(separator: " ")
    }

    public var area: Substring { digits.prefix(6) }

    public static func < (lhs: TraceCode, rhs: TraceCode) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\": \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

/// The Damm check-digit algorithm over a totally anti-symmetric quasigroup of order 10.
public enum Damm {
    private static let table: [[Int]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
        [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
        [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
        [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]

    /// The digit that makes the interim value of `digits` + check equal zero.
    public static func checkDigit(_ digits: some Sequence<Int>) -> Int {
        var interim = 0
        for digit in digits { interim = table[interim][digit] }
        return interim
    }

    /// The same table in one row after another, for ``checkDigit(ofASCIIDigits:)``.
    private static let flatTable: [UInt8] = table.flatMap { $0.map(UInt8.init) }

    /// ``checkDigit(_:)`` of ASCII digits (`0`–`9`, which the caller has checked), read in place.
    static func checkDigit(ofASCIIDigits digits: UnsafeBufferPointer<UInt8>) -> Int {
        flatTable.withUnsafeBufferPointer { table in
            var interim = 0
            for digit in digits { interim = Int(table[interim &* 10 &+ Int(digit &- 48)]) }
            return interim
        }
    }
}
