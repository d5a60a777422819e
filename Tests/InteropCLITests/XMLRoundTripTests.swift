import Foundation
import Testing

/// The demo city through `export epcis --format xml` and back: the XML binding as a peer of the JSON-LD one.
@Suite("EPCIS XML export and re-import of the demo city")
struct XMLRoundTripTests {
    /// The XSD folder of the source tree (the schemas FoodTrace embeds).
    static let xsd: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/epcis/xsd/EPCglobal-epcis-2_0.xsd").path
    }()

    /// The eventIDs of the city's JSON-LD export, in order.
    static func jsonEventIDs(_ city: DemoCity) throws -> [String] {
        let document = try jsonObject(try city.sandbox.read(city.export))
        let events = try #require((document["epcisBody"] as? [String: Any])?["eventList"] as? [[String: Any]])
        return events.compactMap { $0["eventID"] as? String }
    }

    @Test("the XML export: header before body, every event with the hash ID of its JSON-LD form (a 13 MB document)")
    func sameEventsAsJSONLD() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--format", "xml", "--out", "city.xml",
        ])
        let text = try sandbox.read("city.xml")
        let header = try #require(text.range(of: "<EPCISHeader>"))
        let body = try #require(text.range(of: "<EPCISBody>"))
        #expect(header.lowerBound < body.lowerBound, "the XSD puts the header before the body")
        // `epcis hash` validates against the XSD and computes every ID from the XML as a partner's system would.
        let hashed = try sandbox.ok(["epcis", "hash", "city.xml"]).stdout.split(separator: "\n").map(String.init)
        let ids = try Self.jsonEventIDs(city)
        #expect(ids.count > 5_000)
        #expect(hashed == ids)
    }

    @Test("one party's XML export is valid for python's xmlschema too, and its records are that party's")
    func validForAnIndependentValidator() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--format", "xml", "--party", "ST-510104-002",
            "--out", "stall.xml",
        ])
        let script = """
            import sys, xmlschema, xml.etree.ElementTree as ET, json
            schema = xmlschema.XMLSchema(sys.argv[1])
            errors = list(schema.iter_errors(sys.argv[2]))
            for error in errors[:5]: print(error.reason)
            events = ET.parse(sys.argv[2]).getroot().find("EPCISBody/EventList")
            issuers = {json.loads(e.find("{urn:foodtrace:epcis:}record").text)["issuer"] for e in events}
            print(json.dumps({"errors": len(errors), "events": len(events), "issuers": sorted(issuers)}))
            """
        let result = try Python.run(script, [Self.xsd, sandbox.file("stall.xml")])
        try #require(result.status == 0, "\(result.stdout)")
        let summary = try jsonObject(String(result.stdout.split(separator: "\n").last ?? ""))
        #expect(summary["errors"] as? Int == 0, "\(result.stdout)")
        #expect((summary["events"] as? Int ?? 0) > 0)
        #expect(summary["issuers"] as? [String] == ["ST-510104-002"])
    }

    @Test("re-imported into an empty store: the same ledger byte for byte, and verify passes; again: nothing added")
    func reimportReproducesTheCity() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--format", "xml", "--out", "city.xml",
        ])
        try city.emptyStore(named: "copy.sqlite", in: sandbox)
        let key = city.sandbox.file("keys/FARM-510185-001.key")
        let arguments = ["import", "epcis", "city.xml", "--store", "copy.sqlite", "--key", key, "--format", "json"]
        let report = try jsonObject(try sandbox.ok(arguments).stdout)
        #expect(report["committed"] as? Bool == true)
        #expect(report["signedByImporter"] as? Int == 0, "FoodTrace's own records are ingested as signed, not attested")
        #expect(try sandbox.ledger("copy.sqlite") == city.sandbox.ledger(city.sandbox.file(city.store)))
        try sandbox.ok(["verify", "--store", "copy.sqlite"])
        let again = try jsonObject(try sandbox.ok(arguments).stdout)
        #expect(again["accepted"] as? Int == 0)
    }

    @Test("an XML event changed around the record it carries is refused with its XPath, and nothing is stored")
    func tamperedEventRefused() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--format", "xml", "--party",
            "FARM-510185-001",
            "--out", "farm.xml",
        ])
        let text = try sandbox.read("farm.xml")
        let shipping = "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>"
        try #require(text.contains(shipping))
        let range = try #require(text.range(of: shipping))
        try sandbox.write(
            "tampered.xml",
            text.replacingCharacters(in: range, with: "<bizStep>urn:epcglobal:cbv:bizstep:receiving</bizStep>"))
        try city.emptyStore(named: "copy.sqlite", in: sandbox)
        let before = try sandbox.ledger("copy.sqlite")
        let result = try sandbox.run([
            "import", "epcis", "tampered.xml", "--store", "copy.sqlite", "--key",
            city.sandbox.file("keys/FARM-510185-001.key"),
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("/EPCISDocument/EPCISBody/EventList/*["), "\(result.stderr)")
        #expect(try sandbox.ledger("copy.sqlite") == before)
    }
}
