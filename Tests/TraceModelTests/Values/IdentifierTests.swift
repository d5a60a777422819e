import Testing
import TraceModel

@Suite("Identifiers: party ids, record ids, hex and base64url")
struct IdentifierTests {
    @Test(arguments: [
        "AB", "FARM-510121-003", "STALL-510104-001-018", "A" + String(repeating: "9", count: 63), "X-", "Q1",
    ])
    func validPartyIDs(id: String) {
        #expect(PartyID.isValid(id))
    }

    @Test(arguments: [
        "", "A", "farm-1", "1FARM", "-AB", "AB_C", "AB C", "ÄB", "ＡＢ", "A" + String(repeating: "9", count: 64), "AB\n",
        "\u{212A}B",  // KELVIN SIGN, canonically equivalent to K
    ])
    func invalidPartyIDs(id: String) {
        #expect(!PartyID.isValid(id))
    }

    @Test func recordIDs() {
        let hex = String(repeating: "0123456789abcdef", count: 4)
        #expect(RecordID.isValid("sha256:" + hex))
        #expect(!RecordID.isValid("sha256:" + hex.uppercased()))
        #expect(!RecordID.isValid("sha256:" + hex.dropLast()))
        #expect(!RecordID.isValid("sha256:" + hex + "0"))
        #expect(!RecordID.isValid("sha512:" + hex))
        #expect(!RecordID.isValid(hex + "1234567"))
        #expect(!RecordID.isValid("sha256:" + hex.dropLast() + "g"))
        #expect(RecordID.from(digest: [0x00, 0xAB, 0xFF]) == "sha256:00abff")
        // Any sequence, contiguous or not, and bytes read in place.
        #expect(
            RecordID.from(digest: (0..<32).lazy.map { UInt8($0 * 8) }) == "sha256:"
                + Hex.encode((0..<32).map { UInt8($0 * 8) }))
        let digest: [UInt8] = (0..<32).map { UInt8(255 - $0 * 3) }
        #expect(digest.withUnsafeBufferPointer(RecordID.from(digestBytes:)) == "sha256:" + Hex.encode(digest))
        #expect(RecordID.isValid(RecordID.from(digest: digest)))
        #expect(RecordID.short("sha256:" + hex) == "0123456789ab")
        #expect(RecordID.short("sha256:" + hex, 4) == "0123")
    }

    @Test func hexRoundTrips() {
        let bytes: [UInt8] = Array(0...255)
        let text = Hex.encode(bytes)
        #expect(text.count == 512)
        #expect(text.hasPrefix("000102"))
        #expect(Hex.decode(text) == bytes)
        #expect(Hex.decode("ABcd") == [0xAB, 0xCD])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    /// RFC 4648 section 10 test vectors, in the unpadded URL-safe alphabet.
    @Test(arguments: [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ])
    func base64URLVectors(plain: String, encoded: String) {
        #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        #expect(Base64URL.decode(encoded) == Array(plain.utf8))
    }

    @Test func base64URLUsesTheURLAlphabet() {
        #expect(Base64URL.encode([0xFB, 0xFF, 0xBF]) == "-_-_")
        #expect(Base64URL.decode("-_-_") == [0xFB, 0xFF, 0xBF])
        for length in 0..<70 {
            let bytes = (0..<length).map { UInt8(($0 * 37 + length) % 256) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
            #expect(Base64URL.isValid(Base64URL.encode(bytes)))
        }
    }

    @Test(arguments: ["Zg==", "Zm8=", "+/+/", "Zh", "Zm9", "Z", "Zm9vY", "Zm 9v", "Zm9v\n"])
    func base64URLRefusesPaddingOtherAlphabetsAndNonCanonicalTails(text: String) {
        // "Zh" and "Zm9" carry set bits after the last whole byte: the canonical forms are "Zg" and "Zm8".
        #expect(Base64URL.decode(text) == nil)
        #expect(!Base64URL.isValid(text))
    }
}
