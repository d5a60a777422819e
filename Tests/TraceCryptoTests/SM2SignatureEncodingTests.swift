import Testing
import TraceCrypto
import TraceModel

@Suite("SM2 signature encoding: DER and raw r||s")
struct SM2SignatureEncodingTests {
    @Test("DER to raw and back is the identity on real signatures, and raw-derived DER verifies")
    func roundTripOnRealSignatures() throws {
        let key = try PrivateKey.generate(.sm2sm3)
        let message = Array("compact QR payload".utf8)
        var lengths = Set<Int>()
        for _ in 0..<300 {
            let der = try key.sign(message)
            lengths.insert(der.count)
            let raw = try #require(SM2SignatureEncoding.rawFromDER(der))
            #expect(raw.count == 64)
            let back = try #require(SM2SignatureEncoding.derFromRaw(raw))
            #expect(back == der)
            #expect(key.publicKey.verify(signature: back, message: message))
        }
        // 300 signatures give both 33-byte (high bit set) and 32-byte integers: lengths 70..72 appear.
        #expect(lengths.isSubset(of: 68...72))
        #expect(lengths.count >= 2)
    }

    @Test("the OpenSSL fixture signature converts")
    func fixture() throws {
        let der = try Fixture.bytes("sm2-sm3-signature.der")
        let raw = try #require(SM2SignatureEncoding.rawFromDER(der))
        #expect(Hex.encode(raw.prefix(32)) == "353b9aa4776a6de6f9b269872a5f15f0c3be7ca869d0a512e3cc8d5b0fea86f9")
        #expect(Hex.encode(raw.suffix(32)) == "8ffc15c2cae8624c9b31258b04fdee157a7d1f3dcdb750f80a4ae0736223f7ad")
        #expect(SM2SignatureEncoding.derFromRaw(raw) == der)
    }

    @Test("small and high-bit integers get minimal DER")
    func handMade() throws {
        // r = 1 (needs 31 leading zero bytes padded), s = 0x80 followed by zeros (needs a sign byte).
        var raw = [UInt8](repeating: 0, count: 64)
        raw[31] = 1
        raw[32] = 0x80
        let der = try #require(SM2SignatureEncoding.derFromRaw(raw))
        #expect(der == [0x30, 3 + 35, 0x02, 0x01, 0x01, 0x02, 0x21, 0x00, 0x80] + [UInt8](repeating: 0, count: 31))
        #expect(SM2SignatureEncoding.rawFromDER(der) == raw)
    }

    @Test("malformed input is refused")
    func refusals() {
        let r = [UInt8](repeating: 0x11, count: 32)
        let good: [UInt8] = [0x30, 68, 0x02, 32] + r + [0x02, 32] + r
        #expect(SM2SignatureEncoding.rawFromDER(good) != nil)
        #expect(SM2SignatureEncoding.rawFromDER(good + [0]) == nil)  // trailing byte
        #expect(SM2SignatureEncoding.rawFromDER([0x31] + good.dropFirst()) == nil)  // not a SEQUENCE
        #expect(SM2SignatureEncoding.rawFromDER([0x30, 69] + good.dropFirst(2)) == nil)  // wrong length
        // A needless zero byte.
        #expect(SM2SignatureEncoding.rawFromDER([0x30, 69, 0x02, 33, 0x00] + r + [0x02, 32] + r) == nil)
        var negative = good
        negative[4] = 0x91
        #expect(SM2SignatureEncoding.rawFromDER(negative) == nil)  // negative r
        let long = [0x30, 70, 0x02, 34, 0x00, 0x80] + r + [0x02, 32] + r
        #expect(SM2SignatureEncoding.rawFromDER(Array(long)) == nil)  // r above 2^256
        #expect(SM2SignatureEncoding.rawFromDER([]) == nil)
        #expect(SM2SignatureEncoding.derFromRaw([UInt8](repeating: 1, count: 63)) == nil)
        #expect(SM2SignatureEncoding.derFromRaw([UInt8](repeating: 0, count: 32) + r) == nil)  // r = 0
    }
}
