import Testing
import TraceModel

@testable import TraceInterop

@Suite("EPCIS hash: value normalisation")
struct HashNormalisationTests {
    static let urns: [(String, String?)] = [
        ("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2017"),
        ("urn:epc:id:sscc:4012345.0000000333", "https://id.gs1.org/00/040123450000003338"),
        ("urn:epc:id:sgln:0614141.07346.1234", "https://id.gs1.org/414/0614141073467/254/1234"),
        ("urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054"),
        ("urn:epc:id:pgln:4012345.00000", "https://id.gs1.org/417/4012345000009"),
        ("urn:epc:class:lgtin:4054739.099914.20160711", "https://id.gs1.org/01/04054739999148/10/20160711"),
        ("urn:epc:idpat:sgtin:4012345.066666.*", "https://id.gs1.org/01/04012345666663"),
        ("urn:epc:id:gdti:4012345.55555.1234", "https://id.gs1.org/253/40123455555541234"),
        ("urn:epc:id:giai:4000001.111", "https://id.gs1.org/8004/4000001111"),
        ("urn:epc:id:grai:4012345.00022.334455", "https://id.gs1.org/8003/04012345000221334455"),
        ("urn:epc:id:sgtin:4012345.01111.9876", nil),
        ("urn:epc:id:unknown:1.2", nil),
        // Characters a URN may carry bare but a Digital Link must escape; the URN's escapes stay.
        (
            "urn:epc:id:sgtin:4012345.011111.a!(b)*c+d,e:f%2F",
            "https://id.gs1.org/01/04012345111118/21/a%21%28b%29%2Ac%2Bd%2Ce%3Af%2F"
        ),
        ("urn:epc:id:sgtin:4012345.011111.ab%40", nil),
        ("urn:epc:id:sgtin:4012345.011111.123456789012345678901", nil),
        ("urn:epc:id:sscc:4012345.3111111111", "https://id.gs1.org/00/340123451111111111"),
        ("urn:epc:id:grai:4012345.00022.", nil),
        ("urn:epc:id:gdti:987659999999..9", "https://id.gs1.org/253/98765999999929"),
        // The reference reads a GDTI serial from a fixed offset: without its dot it loses a character.
        ("urn:epc:id:gdti:4012345.00009X7", "https://id.gs1.org/253/40123450000927"),
        (
            "urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234",
            "https://id.gs1.org/8010/061414111111111111111-A%23%2F/8011/1234"
        ),
        ("urn:epc:id:cpi:0614141.a.1234", nil),
        ("urn:epc:id:ginc:0614141.xyz47%2F11", "https://id.gs1.org/401/0614141xyz47%2F11"),
        ("urn:epc:id:gsin:4012345.222333444", "https://id.gs1.org/402/40123452223334442"),
        ("urn:epc:id:itip:4012345.011111.01.02.987", "https://id.gs1.org/8006/040123451111180102/21/987"),
        (
            "urn:epc:id:upui:1234567.098765.51qIgY)%3C%26Jp3*j7'SDB",
            "https://id.gs1.org/01/01234567987651/235/51qIgY%29%3C%26Jp3%2Aj7'SDB"
        ),
        ("urn:epc:id:pgln:999999999999.", "https://id.gs1.org/417/9999999999994"),
        ("urn:epc:id:gsrnp:4012345.0000000007", "https://id.gs1.org/8017/401234500000000074"),
        ("urn:epc:id:sgcn:4012345.67890.04711", "https://id.gs1.org/255/401234567890104711"),
        ("urn:epc:idpat:itip:4012345.011111.01.02.*", "https://id.gs1.org/8006/040123451111180102"),
        ("urn:epc:idpat:cpi:0614141.123ABC.*", "https://id.gs1.org/8010/0614141123ABC"),
        ("urn:epc:idpat:grai:4012345.00022.*", "https://id.gs1.org/8003/04012345000221"),
    ]

    @Test("EPC URNs become canonical Digital Link URIs", arguments: urns)
    func urnToDigitalLink(urn: String, link: String?) {
        #expect(DigitalLink.canonical(urn) == link)
    }

    @Test("Digital Link URIs on any host become canonical; other URIs stay")
    func webURIs() {
        #expect(
            DigitalLink.canonical("https://id.example.org/8004/401234599999") == "https://id.gs1.org/8004/401234599999")
        #expect(
            DigitalLink.canonical("https://example.com/shop/gtin/9780345418913/ser/765tz?abc=1#x")
                == "https://id.gs1.org/01/09780345418913/21/765tz")
        #expect(DigitalLink.canonical("https://id.gs1.org/01/09780345418913") == "https://id.gs1.org/01/09780345418913")
        #expect(DigitalLink.canonical("http://transaction.acme.com/po/12345678") == nil)
        #expect(DigitalLink.canonical("https://id.gs1.org/01/09780345418913/99/x") == nil)
        #expect(DigitalLink.canonical("urn:foodtrace:lot:51011200326112700018") == nil)
        #expect(DigitalLink.canonical("geo:47.506694,11.104301") == nil)
    }

    @Test("Digital Link URIs: the reference's clean-ups, and what it leaves as written")
    func webURIRules() {
        // A consumer product variant is dropped, and so is a lot when a serial follows.
        #expect(
            DigitalLink.canonical("https://example.com/01/09780345418913/22/abc")
                == "https://id.gs1.org/01/09780345418913")
        #expect(
            DigitalLink.canonical("https://id.gs1.org/01/09780345418913/10/L1/21/S1")
                == "https://id.gs1.org/01/09780345418913/21/S1")
        // GTIN-12 and GTIN-8 get their leading zeros; short names become application identifiers.
        #expect(
            DigitalLink.canonical("http://example.org/gtin/614141123452/lot/A1")
                == "https://id.gs1.org/01/00614141123452/10/A1")
        #expect(DigitalLink.canonical("https://example.org/gln/4012345000054/glnx/7") == nil)
        #expect(
            DigitalLink.canonical("https://example.org/gln/4012345000054/254/7")
                == "https://id.gs1.org/414/4012345000054/254/7")
        // Forms the reference does not accept stay as written: escapes, fragments, no dot in the host.
        #expect(DigitalLink.canonical("https://id.gs1.org/01/04012345111118/21/98%22") == nil)
        #expect(DigitalLink.canonical("https://id.gs1.org/01/09780345418913#x") == nil)
        #expect(DigitalLink.canonical("https://localhost/01/09780345418913") == nil)
        #expect(DigitalLink.canonical("https://id.gs1.org/01/0978034541891") == "https://id.gs1.org/01/00978034541891")
        #expect(DigitalLink.canonical("https://id.gs1.org/01/0978034") == nil)
    }

    @Test("times become UTC with milliseconds; CBV names become URIs; numbers lose a zero fraction")
    func values() {
        #expect(
            HashValues.normalise("2005-04-03T20:33:31.116000-06:00", name: "eventTime") == "2005-04-04T02:33:31.116Z")
        #expect(HashValues.normalise("2019-10-21T14:45:00Z", name: "declarationTime") == "2019-10-21T14:45:00.000Z")
        #expect(HashValues.normalise("-06:00", name: "eventTimeZoneOffset") == "-06:00")
        #expect(HashValues.normalise("shipping", name: "bizStep") == "https://ref.gs1.org/cbv/BizStep-shipping")
        #expect(
            HashValues.normalise("urn:epcglobal:cbv:disp:in_transit", name: "disposition")
                == "https://ref.gs1.org/cbv/Disp-in_transit")
        #expect(
            HashValues.normalise("http://epcis.example.com/user/vocab/bizstep/exampling", name: "bizStep")
                == "http://epcis.example.com/user/vocab/bizstep/exampling")
        #expect(HashValues.cbv("possessing_party", vocabulary: "SDT") == "https://ref.gs1.org/cbv/SDT-possessing_party")
        #expect(HashValues.number("452.0") == "452")
        #expect(HashValues.number("600") == "600")
        #expect(HashValues.number("12.1") == "12.1")
        #expect(HashValues.number("1e3") == "1000")
        #expect(HashValues.number("-0") == "0")
        #expect(HashValues.number("0.00001") == "1e-05")
    }

    @Test("UTC times are written as the model's timestamps write them, with milliseconds")
    func utcText() throws {
        var instant: Int64 = -86_400_000 * 2
        while instant < 4_102_444_800_000 {
            let model = Timestamp(epochMilliseconds: instant, offsetMinutes: 0).text
            let expected = model.utf8.contains(UInt8(ascii: ".")) ? model : String(model.dropLast()) + ".000Z"
            #expect(HashValues.utcText(epochMilliseconds: instant) == expected)
            instant += 7_919_999_937
        }
        #expect(HashValues.utcText(epochMilliseconds: 951_782_400_001) == "2000-02-29T00:00:00.001Z")
        // Digits below the millisecond round (a tie to the even millisecond), carrying into the next second and year.
        #expect(HashValues.utcMilliseconds("2026-01-01T07:59:59.9999+08:00") == "2026-01-01T00:00:00.000Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T07:59:59.9994+08:00") == "2025-12-31T23:59:59.999Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T00:00:00.1234999Z") == "2026-01-01T00:00:00.123Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T00:00:00.1225Z") == "2026-01-01T00:00:00.122Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T00:00:00.1235Z") == "2026-01-01T00:00:00.124Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T00:00:00.122501Z") == "2026-01-01T00:00:00.123Z")
        #expect(HashValues.utcMilliseconds("2026-01-01T00:00:00.1236+08:00") == "2025-12-31T16:00:00.124Z")
    }

    @Test("extension names expand through the document's prefixes")
    func contextExpansion() throws {
        let document = try JSONParser.parse(
            #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"example":"https://ns.example.com/epcis/"}],"repo:ignoreFields":["example:hash"]}"#
        )
        let context = EPCISContext(document: document)
        #expect(context.expand("example:myField") == "{https://ns.example.com/epcis/}myField")
        #expect(context.expand("cbvmda:bestBeforeDate") == "{urn:epcglobal:cbv:mda:}bestBeforeDate")
        #expect(context.expand("unknown:x") == "unknown:x")
        #expect(context.expand("https://example.com/x") == "https://example.com/x")
        #expect(context.ignoredFields == ["{https://ns.example.com/epcis/}hash"])
    }

    @Test("a hash ID is the SHA-256 of the pre-hash string, in lowercase hex (FIPS 180-4 examples)")
    func sha256() {
        #expect(
            EPCISEventHash.hashID(preHash: "abc")
                == "ni:///sha-256;ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad?ver=CBV2.0")
        #expect(
            EPCISEventHash.hashID(preHash: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "ni:///sha-256;248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1?ver=CBV2.0")
    }

    @Test("JSON numbers become exact amounts when they are ones")
    func exactAmounts() {
        #expect(ExactDecimal.amount(fromJSONNumber: "452.0") == Amount(452))
        #expect(ExactDecimal.amount(fromJSONNumber: "1.25e2") == Amount("125"))
        #expect(ExactDecimal.amount(fromJSONNumber: "125E-3") == Amount("0.125"))
        #expect(ExactDecimal.amount(fromJSONNumber: "0.0000001") == nil)
        #expect(ExactDecimal.amount(fromJSONNumber: "-5") == nil)
        #expect(ExactDecimal.amount(fromJSONNumber: "1e13") == nil)
    }
}
