import Foundation
import Testing
import TraceModel

@Suite("Timestamp: RFC 3339 with a mandatory offset")
struct TimestampTests {
    @Test(
        arguments: [
            ("2026-11-28T06:30:00+08:00", 1_795_818_600_000, 480),
            ("2026-11-27T22:30:00Z", 1_795_818_600_000, 0),
            ("2026-11-27T22:30:00-00:00", 1_795_818_600_000, 0),
            ("2026-11-27T17:00:00-05:30", 1_795_818_600_000, -330),
            ("2026-11-28T04:15:00+05:45", 1_795_818_600_000, 345),
            ("1970-01-01T00:00:00Z", 0, 0),
            ("1970-01-01T08:00:00+08:00", 0, 480),
            ("2024-02-29T23:59:59.999-05:30", 1_709_270_999_999, -330),
            ("2026-11-28T06:30:00.5+08:00", 1_795_818_600_500, 480),
            ("2026-11-28T06:30:00.05+08:00", 1_795_818_600_050, 480),
            ("2026-11-28T06:30:00.123456789+08:00", 1_795_818_600_123, 480),
            ("2026-11-28T06:30:00.1239+08:00", 1_795_818_600_123, 480),
            ("2000-02-29T00:00:00Z", 951_782_400_000, 0),
            ("2400-02-29T00:00:00Z", 13_574_563_200_000, 0),
            ("9999-12-31T23:59:59+14:00", 253_402_250_399_000, 840),
        ] as [(String, Int64, Int)])
    func parses(text: String, epochMilliseconds: Int64, offsetMinutes: Int) throws {
        let time = try #require(Timestamp(text))
        #expect(time.epochMilliseconds == epochMilliseconds)
        #expect(time.offsetMinutes == offsetMinutes)
        #expect(time.text == text)
        #expect(time.description == text)
    }

    @Test(arguments: [
        "2026-11-28T06:30:00",  // no offset
        "2026-11-28T06:30:00.5",  // no offset after a fraction
        "2026-11-28 06:30:00+08:00",  // space for T
        "2026-11-28t06:30:00+08:00", "2026-11-28T06:30:00z",  // lower case
        "2026-11-28T06:30:00+0800", "2026-11-28T06:30:00+08", "2026-11-28T06:30:00+8:00",
        "2026-11-28T06:30+08:00", "2026-11-28", "26-11-28T06:30:00+08:00", "2026-1-28T06:30:00+08:00",
        "2026-11-28T24:00:00+08:00", "2026-11-28T23:60:00+08:00", "2026-11-28T23:59:60+08:00",
        "2026-13-01T00:00:00+08:00", "2026-00-01T00:00:00+08:00", "2026-11-00T00:00:00+08:00",
        "2026-11-31T00:00:00+08:00", "2026-02-29T00:00:00+08:00", "2100-02-29T00:00:00Z", "2026-02-30T00:00:00Z",
        "2026-04-31T00:00:00Z", "1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
        "2026-11-28T06:30:00+24:00", "2026-11-28T06:30:00+08:60", "2026-11-28T06:30:00.+08:00",
        "2026-11-28T06:30:00.1234567890+08:00", "2026-11-28T06:30:00,5+08:00", "2026-11-28T06:30:00+08:00 ",
        "2026-11-28T06:30:00Z+08:00", "2026-11-28T06:30:00ZZ", "", "now", "２０２６-11-28T06:30:00+08:00",
        "+2026-11-28T06:30:00+08:00", "2026-11-28T06:30:00+08:00\n",
    ])
    func refuses(text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test func sameInstantAtDifferentOffsetsIsNotTheSameText() throws {
        let beijing = try #require(Timestamp("2026-11-28T06:30:00+08:00"))
        let utc = try #require(Timestamp("2026-11-27T22:30:00Z"))
        #expect(beijing.epochMilliseconds == utc.epochMilliseconds)
        #expect(!(beijing < utc) && !(utc < beijing))
        #expect(beijing != utc, "the text is what was signed, so equality keeps it")
        #expect(try #require(Timestamp("2026-11-28T06:29:59.999+08:00")) < beijing)
    }

    @Test(
        arguments: [
            (1_795_818_600_000, 480, "2026-11-28T06:30:00+08:00"),
            (1_795_818_600_000, 0, "2026-11-27T22:30:00Z"),
            (1_795_818_600_000, -330, "2026-11-27T17:00:00-05:30"),
            (1_795_818_600_007, 480, "2026-11-28T06:30:00.007+08:00"),
            (1_795_818_600_120, 480, "2026-11-28T06:30:00.120+08:00"),
            (0, 0, "1970-01-01T00:00:00Z"),
            (951_868_799_000, 0, "2000-02-29T23:59:59Z"),
            (1_709_225_999_000, 480, "2024-03-01T00:59:59+08:00"),
        ] as [(Int64, Int, String)])
    func writesFromEpoch(epochMilliseconds: Int64, offsetMinutes: Int, expected: String) {
        let time = Timestamp(epochMilliseconds: epochMilliseconds, offsetMinutes: offsetMinutes)
        #expect(time.text == expected)
        #expect(time.epochMilliseconds == epochMilliseconds)
        #expect(time.offsetMinutes == offsetMinutes)
    }

    @Test func defaultOffsetIsBeijingTime() {
        #expect(Timestamp(epochMilliseconds: 0).text == "1970-01-01T08:00:00+08:00")
    }

    /// Epoch → text → epoch over 60 years of instants and several offsets (a deterministic sample).
    @Test func roundTripsThroughText() throws {
        var generator = SplitMix64(seed: 2026)
        let offsets = [-720, -330, -60, 0, 345, 480, 525, 840]
        for round in 0..<4_000 {
            let epoch = Int64(generator.next() % 1_900_000_000_000) + 86_400_000
            let millis = round.isMultiple(of: 2) ? epoch - epoch % 1000 : epoch
            let offset = offsets[round % offsets.count]
            let written = Timestamp(epochMilliseconds: millis, offsetMinutes: offset)
            let read = try #require(Timestamp(written.text), "\(written.text)")
            #expect(read.epochMilliseconds == millis, "\(written.text)")
            #expect(read.offsetMinutes == offset)
            #expect(read == written)
        }
    }

    @Test func localDateDigitsAreTheWrittenDate() throws {
        #expect(try #require(Timestamp("2026-11-28T06:30:00+08:00")).localDateDigits == "261128")
        #expect(try #require(Timestamp("2026-11-27T22:30:00Z")).localDateDigits == "261127")
        #expect(Timestamp(epochMilliseconds: 1_795_818_600_000, offsetMinutes: 480).localDateDigits == "261128")
    }

    @Test func addingKeepsTheOffset() throws {
        let start = try #require(Timestamp("2024-02-28T23:30:00+08:00"))
        #expect(start.adding(milliseconds: 3_600_000).text == "2024-02-29T00:30:00+08:00")
        #expect(start.adding(milliseconds: 48 * 3_600_000).text == "2024-03-01T23:30:00+08:00")
        #expect(start.adding(milliseconds: -1).text == "2024-02-28T23:29:59.999+08:00")
    }

    @Test func codesAsItsText() throws {
        let time = try #require(Timestamp("2026-11-28T06:30:00.5+08:00"))
        #expect(
            String(decoding: try JSONEncoder().encode([time]), as: UTF8.self) == #"["2026-11-28T06:30:00.5+08:00"]"#)
        do {
            _ = try JSONDecoder().decode([Timestamp].self, from: Data(#"["2026-11-28T06:30:00"]"#.utf8))
            Issue.record("accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("is not an RFC 3339 time with an offset"))
        }
    }
}
