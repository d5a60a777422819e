import Testing
import TraceCrypto
import TraceModel

@Suite("Digests")
struct DigestTests {
    @Test("SM3 known answers from GB/T 32905-2016, appendix A")
    func sm3() {
        #expect(
            Hex.encode(Digest.sm3(Array("abc".utf8)))
                == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
        let sixtyFour = Array(String(repeating: "abcd", count: 16).utf8)
        #expect(Hex.encode(Digest.sm3(sixtyFour)) == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
    }

    @Test("SHA-256 known answers from FIPS 180-2")
    func sha256() {
        #expect(Hex.encode(Digest.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            Hex.encode(Digest.sha256(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(
            Hex.encode(Digest.sha256(twoBlocks)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            Hex.encode(Digest.sha256(million)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("SM3 and SHA-256 differ and are 32 bytes")
    func shapes() {
        let input = Array("FoodTrace".utf8)
        #expect(Digest.sm3(input).count == 32)
        #expect(Digest.sha256(input).count == 32)
        #expect(Digest.sm3(input) != Digest.sha256(input))
        #expect(Digest.sm3([]).count == 32)
    }
}
