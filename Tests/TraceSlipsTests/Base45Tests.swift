import Testing

@testable import TraceSlips

@Suite struct Base45Tests {
    // RFC 9285 section 4.3 and 4.4 examples.
    @Test(arguments: [("AB", "BB8"), ("Hello!!", "%69 VD92EX0"), ("base-45", "UJCLQE7W581"), ("ietf!", "QED8WEX0")])
    func rfcExamples(plain: String, encoded: String) throws {
        #expect(Base45.encode(Array(plain.utf8)) == encoded)
        #expect(try Base45.decode(encoded) == Array(plain.utf8))
    }

    @Test func roundTripsEveryLengthAndByte() throws {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 255 &- length) }
            #expect(try Base45.decode(Base45.encode(bytes)) == bytes)
        }
        let extremes: [UInt8] = [0xFF, 0xFF, 0x00, 0x00, 0xFF]
        #expect(try Base45.decode(Base45.encode(extremes)) == extremes)
    }

    @Test func refusesInvalidText() {
        #expect(throws: Base45.Problem.groupOutOfRange(position: 0)) { try Base45.decode("GGW") }  // 65536
        // 6*45+44 = 314 > 255
        #expect(throws: Base45.Problem.groupOutOfRange(position: 3)) { try Base45.decode("BB8:6") }
        #expect(throws: Base45.Problem.danglingCharacter) { try Base45.decode("BB8A") }
        #expect(throws: Base45.Problem.invalidCharacter(position: 1)) { try Base45.decode("Bb8") }
        #expect(throws: Base45.Problem.invalidCharacter(position: 2)) { try Base45.decode("BB=") }
    }
}
