import Foundation
import Testing

/// `export epcis` of a store holding attestations — a partner chain's events, traced and kept — checked against the
/// EPCIS 2.0.1 JSON Schema and the reference event hash generator, and re-imported.
@Suite("foodtrace export epcis: attest records")
struct AttestExportTests {
    @Test(
        "attestations export as the partner's events with the attest record: schema-valid, hash IDs the reference's, re-imported the same"
    )
    func attestationsExport() throws {
        let sandbox = try Sandbox()
        try PartnerAttestationTests.makeStore(in: sandbox, parties: [PartnerAttestationTests.importer])
        var attestations = 0
        for (name, from) in PartnerAttestationTests.documents {
            let report = try PartnerAttestationTests.importDocument(
                name, from: from, key: PartnerAttestationTests.importer, in: sandbox)
            attestations += report["signedByImporter"] as? Int ?? 0
        }
        try sandbox.ok(["export", "epcis", "--store", PartnerAttestationTests.store, "--out", "export.jsonld"])

        let schema = try Python.run(Python.schemaScript, [EPCISFixtures.schema, sandbox.file("export.jsonld")])
        #expect(schema.status == 0 && schema.stdout.contains("0 problems"), "\(schema.stdout)")

        // One event per attest record (traced and kept alike), each carrying its record; eventID is the hash ID.
        let summary = try jsonObject(
            try Python.run(
                """
                import json, sys
                events = json.load(open(sys.argv[1], encoding="utf-8"))["epcisBody"]["eventList"]
                records = [json.loads(e["ft:record"]) for e in events]
                print(json.dumps({"ids": [e["eventID"] for e in events], "kinds": [r["kind"] for r in records],
                                  "kept": sum(1 for r in records if "kept" in r["body"])}))
                """, [sandbox.file("export.jsonld")]
            ).stdout)
        let kinds = try #require(summary["kinds"] as? [String])
        #expect(kinds.filter { $0 == "attest" }.count == attestations)
        #expect(summary["kept"] as? Int == 3)
        let ours = try sandbox.ok(["epcis", "hash", "export.jsonld"]).stdout.split(separator: "\n").map(String.init)
        #expect(ours == summary["ids"] as? [String])
        // The reference generator hashes every event alike, the attested partner events with their extensions too.
        let reference = try Python.run(
            "import runpy, sys; sys.argv = ['epcis_event_hash_generator', sys.argv[1]]; runpy.run_module('epcis_event_hash_generator', run_name='__main__')",
            [sandbox.file("export.jsonld")])
        let referenceIDs = reference.stdout.split(whereSeparator: \.isWhitespace).map(String.init).filter {
            $0.hasPrefix("ni:///")
        }
        #expect(referenceIDs == ours, "\(reference.stdout.prefix(2000))")

        // Another store trusting the same regulator takes the export back: the same records.
        let copy = try Sandbox()
        try copy.write("regulator.pub.pem", try sandbox.read(PartnerAttestationTests.store + ".regulator.pub.pem"))
        try copy.ok(["init", "--store", "copy.sqlite", "--regulator-key", "regulator.pub.pem"])
        try copy.write("export.jsonld", try sandbox.read("export.jsonld"))
        let imported = try jsonObject(
            try copy.ok([
                "import", "epcis", "export.jsonld", "--store", "copy.sqlite", "--key",
                sandbox.file(PartnerAttestationTests.importer.lowercased() + ".key"), "--format", "json",
            ])
            .stdout)
        #expect(imported["committed"] as? Bool == true && imported["signedByImporter"] as? Int == 0, "\(imported)")
        #expect(try copy.ledger("copy.sqlite") == (try sandbox.ledger(PartnerAttestationTests.store)))
        try copy.ok(["verify", "--store", "copy.sqlite"])
    }
}
