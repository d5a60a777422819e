/// An instant written as RFC 3339 text with an explicit offset, e.g. `2026-11-28T06:30:00+08:00`.
///
/// The text is kept as written (it is part of what was signed); comparisons use the instant.
/// A time without an offset is refused: a record must say which clock it was read from.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The text as written in the record.
    public let text: String
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let epochMilliseconds: Int64
    /// The offset from UTC in minutes, as written.
    public let offsetMinutes: Int

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`.
    public init?(_ text: String) {
        var text = text
        // Read in place: every record has a time to read.
        guard let (epochMilliseconds, offset) = text.withUTF8(Timestamp.instant(of:)) else { return nil }
        self.text = text
        self.epochMilliseconds = epochMilliseconds
        self.offsetMinutes = offset
    }

    /// The instant written in `b` and its offset in minutes; `nil` when `b` is not such a time.
    private static func instant(of b: UnsafeBufferPointer<UInt8>) -> (epochMilliseconds: Int64, offsetMinutes: Int)? {
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<start + count {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...Timestamp.daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60, year >= 1970
        else { return nil }
        var index = 19
        var millis = 0
        if index < b.count, b[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < b.count, b[index] >= 48, b[index] <= 57 { index += 1 }
            let digits = index - start
            guard (1...9).contains(digits) else { return nil }
            let fraction = String(decoding: b[start..<min(start + 3, index)], as: UTF8.self)
            millis = Int(fraction.padding(toLength: 3, withPad: "0", startingAt: 0))!
        }
        guard index < b.count else { return nil }
        let offset: Int
        if b[index] == UInt8(ascii: "Z") {
            guard index + 1 == b.count else { return nil }
            offset = 0
        } else if b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-") {
            guard index + 6 == b.count, b[index + 3] == UInt8(ascii: ":"),
                let offsetHours = number(index + 1, 2), let offsetMinutes = number(index + 4, 2),
                offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offset = (b[index] == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
        } else {
            return nil
        }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset * 60)
        return (seconds * 1000 + Int64(millis), offset)
    }

    /// The instant `epochMilliseconds`, written at `offsetMinutes` (whole seconds unless milliseconds are set).
    public init(epochMilliseconds: Int64, offsetMinutes: Int = 480) {
        let local = epochMilliseconds + Int64(offsetMinutes) * 60_000
        let totalSeconds = Int(local.floorDiv(1000))
        let millis = Int(local - Int64(totalSeconds) * 1000)
        let days = totalSeconds.floorDiv(86_400)
        let secondOfDay = totalSeconds - days * 86_400
        let (year, month, day) = Timestamp.civilFromDays(days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text =
            "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if millis != 0 { text += "." + String(String(millis + 1000).dropFirst()) }
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let magnitude = abs(offsetMinutes)
            text += (offsetMinutes < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
        }
        self.text = text
        self.epochMilliseconds = epochMilliseconds
        self.offsetMinutes = offsetMinutes
    }

    public var description: String { text }

    /// The local calendar date as written (`YYMMDD`), used in trace codes.
    public var localDateDigits: String {
        String(
            text.utf8.prefix(10).filter { $0 != UInt8(ascii: "-") }.dropFirst(2).map { Character(UnicodeScalar($0)) })
    }

    /// This instant moved by `milliseconds`, written at the same offset.
    public func adding(milliseconds: Int64) -> Timestamp {
        Timestamp(epochMilliseconds: epochMilliseconds + milliseconds, offsetMinutes: offsetMinutes)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.epochMilliseconds < rhs.epochMilliseconds }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text)\" is not an RFC 3339 time with an offset (e.g. 2026-11-28T06:30:00+08:00)"
            )
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension BinaryInteger {
    func floorDiv(_ divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
