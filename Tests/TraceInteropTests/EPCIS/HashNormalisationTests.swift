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
    ]

    @Test("EPC URNs become canonical Digital Link URIs", arguments: urns)
    func urnToDigitalLink(urn: String, link: String?) {
        #expect(DigitalLink.canonical(urn) == link)
    }

    @Test("Digital Link URIs on any host become canonical; other URIs stay")
    func webURIs() {
        #expect(DigitalLink.canonical("https://id.example.org/8004/401234599999") == "https://id.gs1.org/8004/401234599999")
        #expect(DigitalLink.canonical("https://example.com/shop/gtin/9780345418913/ser/765tz?abc=1#x") == "https://id.gs1.org/01/09780345418913/21/765tz")
        #expect(DigitalLink.canonical("https://id.gs1.org/01/09780345418913") == "https://id.gs1.org/01/09780345418913")
        #expect(DigitalLink.canonical("http://transaction.acme.com/po/12345678") == nil)
        #expect(DigitalLink.canonical("https://id.gs1.org/01/09780345418913/99/x") == nil)
        #expect(DigitalLink.canonical("urn:foodtrace:lot:51011200326112700018") == nil)
        #expect(DigitalLink.canonical("geo:47.506694,11.104301") == nil)
    }

    @Test("times become UTC with milliseconds; CBV names become URIs; numbers lose a zero fraction")
    func values() {
        #expect(HashValues.normalise("2005-04-03T20:33:31.116000-06:00", name: "eventTime") == "2005-04-04T02:33:31.116Z")
        #expect(HashValues.normalise("2019-10-21T14:45:00Z", name: "declarationTime") == "2019-10-21T14:45:00.000Z")
        #expect(HashValues.normalise("-06:00", name: "eventTimeZoneOffset") == "-06:00")
        #expect(HashValues.normalise("shipping", name: "bizStep") == "https://ref.gs1.org/cbv/BizStep-shipping")
        #expect(HashValues.normalise("urn:epcglobal:cbv:disp:in_transit", name: "disposition") == "https://ref.gs1.org/cbv/Disp-in_transit")
        #expect(HashValues.normalise("http://epcis.example.com/user/vocab/bizstep/exampling", name: "bizStep") == "http://epcis.example.com/user/vocab/bizstep/exampling")
        #expect(HashValues.cbv("possessing_party", vocabulary: "SDT") == "https://ref.gs1.org/cbv/SDT-possessing_party")
        #expect(HashValues.number("452.0") == "452")
        #expect(HashValues.number("600") == "600")
        #expect(HashValues.number("12.1") == "12.1")
        #expect(HashValues.number("1e3") == "1000")
        #expect(HashValues.number("-0") == "0")
        #expect(HashValues.number("0.00001") == "1e-05")
    }

    @Test("extension names expand through the document's prefixes")
    func contextExpansion() throws {
        let document = try JSONParser.parse(#"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"example":"https://ns.example.com/epcis/"}],"repo:ignoreFields":["example:hash"]}"#)
        let context = EPCISContext(document: document)
        #expect(context.expand("example:myField") == "{https://ns.example.com/epcis/}myField")
        #expect(context.expand("cbvmda:bestBeforeDate") == "{urn:epcglobal:cbv:mda:}bestBeforeDate")
        #expect(context.expand("unknown:x") == "unknown:x")
        #expect(context.expand("https://example.com/x") == "https://example.com/x")
        #expect(context.ignoredFields == ["{https://ns.example.com/epcis/}hash"])
    }

    @Test("SHA-256 matches the FIPS 180-4 examples")
    func sha256() {
        #expect(Hex.encode(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.encode(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
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
