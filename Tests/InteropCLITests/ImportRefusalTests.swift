import Foundation
import Testing

/// Invalid EPCIS documents and the GS1 examples through `foodtrace import epcis`.
@Suite("foodtrace import epcis: refusals and the GS1 examples")
struct ImportRefusalTests {
    static let valid =
        #"{"type":"ObjectEvent","eventTime":"2026-11-28T07:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"ADD","bizStep":"commissioning","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L1","quantity":5,"uom":"KGM"}]}"#

    static func document(_ events: String) -> String {
        #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T09:00:00+08:00","epcisBody":{"eventList":["#
            + events + "]}}"
    }

    static let invalid: [(name: String, text: String, path: String, reason: String)] = [
        ("bad JSON", document(valid + ",{\"type\":\"ObjectEvent\",}"), "$.epcisBody.eventList[1]", "at byte"),
        (
            "missing eventTime",
            document(valid + #",{"type":"ObjectEvent","eventTimeZoneOffset":"+08:00","action":"ADD"}"#),
            "$.epcisBody.eventList[1].eventTime", "missing"
        ),
        (
            "wrong type of a field",
            document(
                valid
                    + #",{"type":"ObjectEvent","eventTime":"2026-11-28T07:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"ADD","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L2","quantity":"5"}]}"#
            ),
            "$.epcisBody.eventList[1].quantityList[0].quantity", "must be a number"
        ),
        (
            "wrong document type", #"{"type":"EPCISMasterDataDocument","epcisBody":{"eventList":[]}}"#, "$.type",
            "must be EPCISDocument or EPCISQueryDocument"
        ),
        (
            "no @context",
            #"{"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T09:00:00+08:00","epcisBody":{"eventList":["#
                + valid + "]}}", "$[\"@context\"]", "missing (required)"
        ),
        (
            "unknown member in a quantity element",
            document(valid.replacingOccurrences(of: #""uom":"KGM"}"#, with: #""uom":"KGM","grade":"A"}"#)),
            "$.epcisBody.eventList[0].quantityList[0].grade", "is not a member this object may have"
        ),
        (
            "an ObjectEvent without its identifier list",
            document(
                valid
                    + #",{"type":"ObjectEvent","eventTime":"2026-11-28T07:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE"}"#
            ),
            "$.epcisBody.eventList[1].epcList", "missing (required)"
        ),
        (
            "an invalid certificationInfo",
            document(
                valid.replacingOccurrences(
                    of: #""action":"ADD""#, with: #""action":"ADD","certificationInfo":{"cert":1}"#)),
            "$.epcisBody.eventList[0].certificationInfo", "found object"
        ),
        (
            "a sensor report without type",
            document(
                valid.replacingOccurrences(
                    of: #""action":"ADD""#,
                    with: #""action":"ADD","sensorElementList":[{"sensorReport":[{"value":4.5,"uom":"CEL"}]}]"#)),
            "$.epcisBody.eventList[0].sensorElementList[0].sensorReport[0].type", "missing (required)"
        ),
        (
            "event type missing",
            document(valid + #",{"eventTime":"2026-11-28T07:00:00+08:00","eventTimeZoneOffset":"+08:00"}"#),
            "$.epcisBody.eventList[1].type", "missing"
        ),
    ]

    @Test(
        "an invalid document is refused with the JSON path and reason; the store is unchanged",
        arguments: invalid.map(\.name))
    func refusesInvalidDocument(name: String) throws {
        let refusal = try #require(Self.invalid.first { $0.name == name })
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        let before = try sandbox.ledger(PartnerChain.store)
        try sandbox.write("bad.jsonld", refusal.text)
        // The first event alone would import (the farm may produce): only the invalid part stops it.
        let result = try sandbox.run([
            "import", "epcis", "bad.jsonld", "--store", PartnerChain.store,
            "--key", PartnerChain.farm.lowercased() + ".key",
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("bad.jsonld: \(refusal.path): "), "\(result.stderr)")
        #expect(result.stderr.contains(refusal.reason), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was stored"))
        #expect(try sandbox.ledger(PartnerChain.store) == before)
    }

    @Test("the valid part alone imports, so the refusals above are the invalid part's doing")
    func validPartImports() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        try sandbox.write("good.jsonld", Self.document(Self.valid))
        let result = try sandbox.ok([
            "import", "epcis", "good.jsonld", "--store", PartnerChain.store,
            "--key", PartnerChain.farm.lowercased() + ".key", "--format", "json",
        ])
        #expect(try jsonObject(result.stdout)["accepted"] as? Int == 1)
    }

    /// GS1 examples whose outcome this test pins down (every other one must at least be accounted for).
    static let known: [String: (status: Int32, says: String)] = [
        "AssociationEvent/AssociationEvent-h.jsonld": (
            2, #"$.epcisBody.eventList[0]: duplicate member name "eventID""#
        ),
        // Dated 2013: before the importing party's chain (which is in 2026), so time would go back along it.
        "Example_9.6.2-ObjectEvent.jsonld": (2, "time may not go back along a chain"),
        "AssociationEvent/AssociationEvent-a.jsonld": (0, "an AssociationEvent links objects"),
        "Example-TransactionEvents-2020_07_03y.jsonld": (0, "a TransactionEvent ties objects to business transaction"),
        // Its individual SGTINs count as 2 pieces of their GTIN, but the shipment names no destination.
        "Example_9.6.1-ObjectEvent.jsonld": (0, "a shipping event with no owning_party, possessing_party or location"),
        "WithErrorDeclaration/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld": (0, "errorDeclaration"),
        "WithSensorData/SensorDataExample4.jsonld": (0, "bizStep inspecting has no FoodTrace record kind"),
    ]

    @Test("every GS1 example imports, or is refused with a stated reason; a refusal stores nothing")
    func gs1Examples() throws {
        let files = EPCISFixtures.files("examples", suffix: ".jsonld")
        #expect(files.count == 47)
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        try sandbox.copy(PartnerChain.store, to: "base.sqlite")
        let base = try sandbox.ledger("base.sqlite")
        var seen: Set<String> = []
        for file in files {
            let name = String(file.dropFirst(EPCISFixtures.root.count + "/examples/".count))
            try sandbox.copy("base.sqlite", to: PartnerChain.store)
            let result = try sandbox.run([
                "import", "epcis", file, "--store", PartnerChain.store,
                "--key", PartnerChain.slaughterhouse.lowercased() + ".key", "--format", "json",
            ])
            if let known = Self.known[name] {
                seen.insert(name)
                #expect(result.status == known.status, "\(name): \(result)")
                #expect((result.stdout + result.stderr).contains(known.says), "\(name): \(result)")
            }
            switch result.status {
            case 0:
                let report = try jsonObject(result.stdout)
                let events = try #require(report["events"] as? Int)
                let skipped = try #require(report["skipped"] as? [[String: Any]])
                #expect(events > 0 && report["committed"] as? Bool == true, "\(name)")
                // Every event is accounted for: imported as records, or skipped with a reason.
                #expect(
                    skipped.allSatisfy {
                        ($0["reason"] as? String)?.isEmpty == false
                            && ($0["path"] as? String)?.hasPrefix("$.epcisBody") == true
                    })
                #expect(skipped.count == events || (report["accepted"] as? Int ?? 0) > 0, "\(name): \(result.stdout)")
            case 2:
                #expect(result.stderr.contains(": $.epcisBody"), "\(name): \(result.stderr)")
                #expect(
                    result.stderr.contains("nothing was stored") || result.stdout.contains("nothing was stored"),
                    "\(name): \(result)")
                #expect(try sandbox.ledger(PartnerChain.store) == base, "\(name)")
            default:
                Issue.record("\(name): exit \(result.status): \(result)")
            }
        }
        #expect(seen == Set(Self.known.keys))
    }
}
