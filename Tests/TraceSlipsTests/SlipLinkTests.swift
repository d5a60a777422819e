import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceSlips

/// The slip page's address (`https://HUB/s#1<digits>`): the payload round-trips through it, a normal slip stays within
/// QR version 10 at level M with a base URL of the stated length, and a damaged fragment is refused with its reason.
@Suite struct SlipLinkTests {
    static let base32 = "https://hub.scjg.chengdu.gov.cn1"  // 32 characters: the longest allowed base

    /// A sale whose issuer has `length` characters (the payload grows with it).
    static func payload(issuerLength: Int, algorithm: SignatureAlgorithm, seed: UInt8 = 7) throws -> String {
        // Letters and digits that do not repeat, so the fields do not compress below a real stall's.
        let noise = Hex.encode(Digest.sha256(Array("stall \(issuerLength)".utf8))).uppercased()
        let issuer = "S" + String(noise.prefix(issuerLength - 1))
        let key = algorithm == .ed25519 ? Fixtures.ed25519Key(seed) : try PrivateKey.generate(.sm2sm3)
        return try SlipPayload.encode(record: Fixtures.signedSale(key, issuer: issuer))
    }

    @Test(arguments: SignatureAlgorithm.allCases)
    func roundTripsThePayload(algorithm: SignatureAlgorithm) throws {
        let payload = try Self.payload(issuerLength: 16, algorithm: algorithm)
        let url = try SlipLink.url(base: "https://hub.example.cn/", payload: payload)
        #expect(url.hasPrefix("https://hub.example.cn/s#1"))
        #expect(url.dropFirst("https://hub.example.cn/s#1".count).allSatisfy { $0.isNumber })
        #expect(try SlipLink.payload(fromScanned: url) == payload)
        // An FT1: payload passes through unchanged (old slips).
        #expect(try SlipLink.payload(fromScanned: payload) == payload)
    }

    @Test func normalSlipFitsVersion10AtLevelMWithTheLongestBase() throws {
        #expect(Self.base32.utf8.count == SlipLink.maximumBaseLength)
        #expect(SlipLink.problem(withBase: Self.base32) == nil)
        for algorithm in SignatureAlgorithm.allCases {
            for length in [13, 16, 20, 27] {
                for seed in UInt8(1)...UInt8(12) {
                    let payload = try Self.payload(issuerLength: length, algorithm: algorithm, seed: seed)
                    let code = try QRCode(try SlipLink.url(base: Self.base32, payload: payload))
                    #expect(code.version <= 10, "\(algorithm) issuer of \(length): version \(code.version)")
                }
            }
        }
    }

    @Test func theLimitIsReal() throws {
        // Past the stated sizes the code grows beyond version 10: the limit is not slack.
        let payload = try Self.payload(issuerLength: 27, algorithm: .ed25519)
        let longer = try QRCode(try SlipLink.url(base: Self.base32 + "23456789", payload: payload))
        #expect(longer.version > 10)
        let bigger = try Self.payload(issuerLength: 40, algorithm: .ed25519)
        #expect(try QRCode(try SlipLink.url(base: Self.base32, payload: bigger)).version > 10)
    }

    @Test(arguments: [
        ("https://hub.example.cn", true), ("http://127.0.0.1:8080", true), ("http://localhost:9000/", true),
        ("https://hub.example.cn:8443/food", true), (base32, true), (base32 + "2", false),
        ("http://hub.example.cn", false), ("ftp://hub.example.cn", false), ("https://hub.example.cn/?a=1", false),
        ("https://hub.example.cn/#x", false), ("https://user@hub.example.cn", false), ("https://", false),
        ("https://市场.cn", false), ("hub.example.cn", false),
    ])
    func baseURLRules(base: String, usable: Bool) {
        #expect(
            (SlipLink.problem(withBase: base) == nil) == usable, "\(base): \(SlipLink.problem(withBase: base) ?? "ok")")
    }

    @Test func damagedFragmentsAreRefusedWithTheirReason() throws {
        let url = try SlipLink.url(base: "https://hub.example.cn", payload: Fixtures.samplePayload)
        let digits = String(url.split(separator: "#")[1].dropFirst())
        func reason(_ fragment: String) -> String {
            do {
                _ = try SlipLink.payload(fromScanned: "https://hub.example.cn/s#" + fragment)
                return "accepted"
            } catch { return error.description }
        }
        #expect(reason("2" + digits).contains("payload version 1"))
        #expect(reason("1" + digits.dropLast()).contains("not a whole number of byte groups"))
        #expect(reason("1" + digits.dropLast(3) + "x12").contains("is not a digit"))
        // 17 nines are more than 7 bytes hold.
        #expect(
            reason("1" + String(repeating: "9", count: 17) + digits.dropFirst(17)).contains("too large for 7 bytes"))
        #expect(reason("1" + digits) == "accepted")
    }

    @Test func verifierTakesTheAddressAndCatchesAChangedDigit() throws {
        let key = Fixtures.ed25519Key()
        let bundle = Fixtures.bundle(stallKey: key.publicKey)
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(key))
        let url = try SlipLink.url(base: "https://hub.example.cn", payload: payload)
        #expect(SlipVerifier.verify(payload: url, bundle: bundle).isGenuine)
        // Change one digit in the middle of the fields: never genuine.
        var characters = Array(url)
        let index = characters.count - 120
        characters[index] = characters[index] == "1" ? "2" : "1"
        #expect(!SlipVerifier.verify(payload: String(characters), bundle: bundle).isGenuine)
    }

    @Test func contentPrintsTheAddressOnlyWhenAHubIsSet() throws {
        var content = Fixtures.content()
        #expect(content.qrText == Fixtures.samplePayload)
        content.hubURL = "https://hub.example.cn"
        let expected = try SlipLink.url(base: "https://hub.example.cn", payload: Fixtures.samplePayload)
        #expect(content.qrText == expected)
        let svg = try SVGSlip(content, paper: .mm58, language: .zh).render()
        let plain = try SVGSlip(Fixtures.content(), paper: .mm58, language: .zh).render()
        #expect(svg != plain)
    }
}
