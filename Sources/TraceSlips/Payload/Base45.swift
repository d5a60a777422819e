/// Base45 (RFC 9285): bytes as text over the 45 characters of QR alphanumeric mode.
///
/// Each pair of bytes becomes three characters, a final single byte two. Decoding refuses any
/// other character, a dangling single character and groups whose value is out of range, so every
/// byte string has exactly one text and every accepted text exactly one byte string.
public enum Base45 {
    /// `0–9`, `A–Z`, space and `$%*+-./:`: QR alphanumeric mode's character set.
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = Int8(index) }
        return table
    }()

    /// Why a text is not base45.
    public enum Problem: Error, Sendable, Equatable {
        /// A character outside the alphabet at this 0-based position.
        case invalidCharacter(position: Int)
        /// The length leaves a single character at the end.
        case danglingCharacter
        /// The group starting at this position stands for a number over 65535 (or 255 for a final pair).
        case groupOutOfRange(position: Int)
    }

    /// The base45 text of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 1) / 2 * 3)
        var index = 0
        while index + 1 < bytes.count {
            var n = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            for _ in 0..<3 {
                out.append(alphabet[n % 45])
                n /= 45
            }
            index += 2
        }
        if index < bytes.count {
            let n = Int(bytes[index])
            out.append(alphabet[n % 45])
            out.append(alphabet[n / 45])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of base45 `text`.
    public static func decode(_ text: String) throws(Problem) -> [UInt8] {
        let characters = Array(text.utf8)
        if characters.count % 3 == 1 { throw .danglingCharacter }
        var digits: [Int] = []
        digits.reserveCapacity(characters.count)
        for (position, character) in characters.enumerated() {
            let value = values[Int(character)]
            guard value >= 0 else { throw .invalidCharacter(position: position) }
            digits.append(Int(value))
        }
        var out: [UInt8] = []
        out.reserveCapacity(characters.count / 3 * 2 + 1)
        var index = 0
        while index + 2 < digits.count {
            let n = digits[index] + digits[index + 1] * 45 + digits[index + 2] * 2025
            guard n <= 0xFFFF else { throw .groupOutOfRange(position: index) }
            out.append(UInt8(n >> 8))
            out.append(UInt8(n & 0xFF))
            index += 3
        }
        if index < digits.count {
            let n = digits[index] + digits[index + 1] * 45
            guard n <= 0xFF else { throw .groupOutOfRange(position: index) }
            out.append(UInt8(n))
        }
        return out
    }
}
