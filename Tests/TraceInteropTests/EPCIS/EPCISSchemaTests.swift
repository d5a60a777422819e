import Foundation
import Testing
import TraceModel

@testable import TraceInterop

/// The EPCIS 2.0.1 JSON Schema check: the same verdict as python-jsonschema on every document of a
/// corpus of published documents and their mutations, and the refusals the EPCIS standard asks for.
@Suite("EPCIS import: the 2.0.1 JSON Schema")
struct EPCISSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("the embedded schema is the published one, byte for byte, as copied into schemas/epcis")
    func embeddedSchemaIsThePublishedOne() throws {
        let copy = try String(
            contentsOf: Self.repository.appendingPathComponent("schemas/epcis/epcis-json-schema-2.0.1.json"),
            encoding: .utf8)
        #expect(EPCISSchema.text == copy)
        #expect(try Fixtures.text("epcis/schema/epcis-json-schema-2.0.1.json") == copy)
    }

    @Test("FoodTrace and python-jsonschema agree on every document of the differential corpus (≥ 500)")
    func differentialAgainstPythonJSONSchema() throws {
        let inputs = try Fixtures.files(under: "epcis", suffix: ".jsonld").map { try Fixtures.url($0).path }
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("epcis-corpus-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let script = Self.repository.appendingPathComponent("scripts/lib/epcis_schema_corpus.py").path
        let run = try Python.run(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [
                script, Self.repository.appendingPathComponent("schemas/epcis/epcis-json-schema-2.0.1.json").path,
                corpus.path,
            ] + inputs)
        try #require(run.status == 0, "\(run.output)")
        var limits = JSONParser.Limits()
        limits.maxDepth = 80
        limits.maxStringBytes = 1 << 20
        limits.maxDocumentBytes = 16 << 20
        var validator = JSONSchemaValidator(schema: EPCISSchema.schema)
        var counts = (valid: 0, invalid: 0)
        var disagreements: [String] = []
        let text = try String(contentsOf: corpus, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let entry = try JSONParser.parse(Array(line.utf8), limits: limits)
            let name = entry["name"]?.stringValue ?? "?"
            let python = entry["valid"] == .bool(true)
            let document = try #require(entry["document"])
            let violation = validator.firstViolation(of: document)
            if python { counts.valid += 1 } else { counts.invalid += 1 }
            if python != (violation == nil) {
                disagreements.append(
                    "\(name): python says \(python ? "valid" : "invalid"), FoodTrace says "
                        + (violation.map { "\($0.path): \($0.reason)" } ?? "valid"))
            }
        }
        #expect(counts.valid + counts.invalid == 620, "the corpus schemas/epcis/README.md describes: \(counts)")
        #expect(counts.valid >= 200 && counts.invalid >= 200, "\(counts)")
        #expect(
            disagreements.isEmpty,
            "\(disagreements.count) disagreements:\n\(disagreements.prefix(15).joined(separator: "\n"))")
    }

    /// A one-event document around `event` (members of an ObjectEvent that the schema accepts).
    static func document(_ event: String, context: Bool = true) -> [UInt8] {
        Array(
            """
            {\(context ? "\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]," : "")
             "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-07-22T10:00:00Z",
             "epcisBody": {"eventList": [\(event)]}}
            """.utf8)
    }

    static func objectEvent(_ extra: String = "", time: String = "2026-07-22T10:00:00+08:00") -> String {
        """
        {"type": "ObjectEvent", "eventTime": "\(time)", "eventTimeZoneOffset": "+08:00", "action": "OBSERVE",
         "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"]\(extra)}
        """
    }

    static func refusal(_ bytes: [UInt8]) -> InteropError? {
        do {
            _ = try EPCISEventHash.hashIDs(document: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "refusals name the JSON path and the reason",
        arguments: [
            (objectEvent(time: "22-07-2026"), "$.epcisBody.eventList[0].eventTime", "is not an RFC 3339 date-time"),
            (objectEvent(time: "2026-02-29T10:00:00Z"), "$.epcisBody.eventList[0].eventTime", "RFC 3339"),
            (
                objectEvent(
                    #", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": "twenty"}]"#
                ),
                "$.epcisBody.eventList[0].quantityList[0].quantity", "must be a number, found string"
            ),
            (
                objectEvent(
                    #", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "qty": 2}]"#),
                "$.epcisBody.eventList[0].quantityList[0].qty", "is not a member this object may have"
            ),
            (
                objectEvent(
                    #", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 2, "uom": "kg"}]"#
                ),
                "$.epcisBody.eventList[0].quantityList[0].uom", "does not match"
            ),
            (
                #"{"type": "ObjectEvent", "eventTime": "2026-07-22T10:00:00Z", "eventTimeZoneOffset": "+08:00", "action": "ADD"}"#,
                "$.epcisBody.eventList[0].epcList", "missing (required)"
            ),
            (
                objectEvent(#", "sensorElementList": [{"sensorReport": [{"value": 4.5, "uom": "CEL"}]}]"#),
                "$.epcisBody.eventList[0].sensorElementList[0].sensorReport[0].type", "missing (required)"
            ),
            (objectEvent(#", "certificationInfo": 7"#), "$.epcisBody.eventList[0].certificationInfo", "found number"),
            (
                #"{"type": "ObjectEvent", "eventTime": "2026-07-22T10:00:00Z", "eventTimeZoneOffset": "+8:00", "action": "ADD", "epcList": []}"#,
                "$.epcisBody.eventList[0].eventTimeZoneOffset", "does not match"
            ),
            (
                objectEvent(#", "action": "MODIFY""#).replacingOccurrences(of: #""action": "OBSERVE","#, with: ""),
                "$.epcisBody.eventList[0].action", "\"MODIFY\""
            ),
        ])
    func refusals(event: String, path: String, reason: String) throws {
        let error = try #require(Self.refusal(Self.document(event)))
        #expect(error.path == path, "\(error)")
        #expect(error.reason.contains(reason), "\(error)")
        #expect(error.reason.hasSuffix("(the EPCIS 2.0.1 JSON Schema refuses it)"))
    }

    @Test("a document without @context is refused; with it, the same document passes")
    func contextIsRequired() throws {
        let error = try #require(Self.refusal(Self.document(Self.objectEvent(), context: false)))
        #expect(error.path == "$[\"@context\"]", "\(error)")
        #expect(Self.refusal(Self.document(Self.objectEvent())) == nil)
    }

    @Test(
        "near misses the schema accepts",
        arguments: [
            objectEvent(time: "2026-07-22T10:00:00.1234567+08:00"), objectEvent(time: "2026-07-22t10:00:00z"),
            objectEvent(time: "2024-02-29T23:59:59Z"),
            objectEvent(
                #", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 20}]"#),
            objectEvent(
                #", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 2.5, "uom": "KGM"}]"#
            ),
            objectEvent(#", "example:note": {"deep": ["any", 1, null]}"#),
            objectEvent(
                #", "sensorElementList": [{"sensorReport": [{"type": "Temperature", "value": 4.5, "uom": "CEL"}]}]"#),
        ])
    func nearMissesPass(event: String) {
        #expect(Self.refusal(Self.document(event)) == nil)
    }

    @Test("RFC 3339 date-times: the day within its month, leap years, hours and offsets in range")
    func rfc3339() {
        for good in [
            "2026-07-22T10:00:00Z", "2024-02-29T00:00:00+08:00", "2000-02-29T00:00:00Z", "2026-12-31T23:59:59.9-12:00",
            "2026-07-22T10:00:00Z\n",
        ] {
            #expect(RFC3339.isDateTime(good), "\(good)")
        }
        for bad in [
            "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-07-22T24:00:00Z",
            "2026-07-22T10:60:00Z", "2026-07-22T10:00:60Z", "2026-07-22T10:00:00", "2026-07-22T10:00:00.Z",
            "2026-07-22T10:00:00+24:00", "0000-01-01T00:00:00Z", "22-07-2026", "2026-13-01T00:00:00Z",
        ] {
            #expect(!RFC3339.isDateTime(bad), "\(bad)")
        }
    }
}
