import Foundation
import Testing

/// The demo city through `export epcis` and back through `import epcis` into an empty store.
@Suite("EPCIS export and re-import of the demo city")
struct DemoRoundTripTests {
    @Test("the demo city's EPCIS export validates against the EPCIS 2.0.1 JSON Schema")
    func exportValidates() throws {
        let city = try DemoCity.shared()
        let result = try Python.run(Python.schemaScript, [EPCISFixtures.schema, city.sandbox.file(city.export)])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 problems"))
    }

    @Test("every record is in the export: an event per record, register and revoke records in the master data")
    func exportIsComplete() throws {
        let city = try DemoCity.shared()
        let script = """
            import json, sys
            document = json.load(open(sys.argv[1], encoding="utf-8"))
            events = document["epcisBody"]["eventList"]
            vocabularies = document["epcisHeader"]["epcisMasterData"]["vocabularyList"]
            elements = [e for v in vocabularies if v["type"] == "urn:foodtrace:vtype:TrustRecord" for e in v["vocabularyElementList"]]
            ids = [e["ft:recordID"] for e in events] + [e["id"][len("urn:foodtrace:record:"):] for e in elements]
            ledger = [json.loads(line)["kind"] for line in open(sys.argv[2], encoding="utf-8")]
            print(json.dumps({"ids": sorted(ids), "events": len(events), "master": len(elements),
                              "trust": sum(1 for k in ledger if k in ("register", "revoke")), "records": len(ledger)}))
            """
        try city.sandbox.write("ledger.jsonl", try city.sandbox.ledger(city.store))
        let result = try Python.run(script, [city.sandbox.file(city.export), city.sandbox.file("ledger.jsonl")])
        try #require(result.status == 0, "\(result.stdout)")
        let summary = try jsonObject(result.stdout)
        let records = try #require(summary["records"] as? Int)
        #expect(summary["events"] as? Int == records - (summary["trust"] as? Int ?? -1))
        #expect(summary["master"] as? Int == summary["trust"] as? Int)
        let ids = try #require(summary["ids"] as? [String])
        #expect(ids.count == records && Set(ids).count == records)
    }

    @Test("re-imported into an empty store: the same ledger, the same trace answers, and verify passes")
    func reimportReproducesTheCity() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try city.emptyStore(named: "copy.sqlite", in: sandbox)
        // Any key will do: the export holds FoodTrace records only, and this farm's registration is in its master data.
        let key = city.sandbox.file("keys/FARM-510185-001.key")
        let imported = try sandbox.ok([
            "import", "epcis", city.sandbox.file(city.export), "--store", "copy.sqlite",
            "--key", key, "--format", "json",
        ])
        let report = try jsonObject(imported.stdout)
        #expect(report["committed"] as? Bool == true)
        #expect(report["signedByImporter"] as? Int == 0)
        #expect((report["skipped"] as? [Any])?.isEmpty == true)
        #expect(try sandbox.ledger("copy.sqlite") == city.sandbox.ledger(city.sandbox.file(city.store)))
        for slip in city.sampleSlips {
            let arguments = ["trace", "up", slip, "--format", "json", "--store"]
            // Exit 1 is a trace with a flagged hop (the demo city has injected defects); the answer is the same.
            let originalRun = try city.sandbox.run(arguments + [city.store])
            let copyRun = try sandbox.run(arguments + ["copy.sqlite"])
            #expect(originalRun.status < 2 && copyRun.status == originalRun.status, "\(originalRun)")
            let original = originalRun.stdout
            let copy = copyRun.stdout
            #expect(copy == original, "trace up \(slip) differs")
            let answer = try jsonObject(original)
            #expect((answer["nodes"] as? [Any])?.isEmpty == false && (answer["origins"] as? [Any])?.isEmpty == false)
        }
        try sandbox.ok(["verify", "--store", "copy.sqlite"])

        // Importing the same export again adds nothing.
        let again = try jsonObject(
            try sandbox.ok([
                "import", "epcis", city.sandbox.file(city.export), "--store", "copy.sqlite",
                "--key", key, "--format", "json",
            ]).stdout)
        #expect(again["accepted"] as? Int == 0)
        #expect(again["alreadyPresent"] as? Int == report["accepted"] as? Int)
    }

    @Test("without its master data the export cannot be verified by an empty store, and nothing is stored")
    func masterDataIsNeeded() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        try city.emptyStore(named: "copy.sqlite", in: sandbox)
        let script = """
            import json, sys
            document = json.load(open(sys.argv[1], encoding="utf-8"))
            del document["epcisHeader"]
            json.dump(document, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
            """
        let stripped = sandbox.file("stripped.jsonld")
        try #require(try Python.run(script, [city.sandbox.file(city.export), stripped]).status == 0)
        let before = try sandbox.ledger("copy.sqlite")
        let result = try sandbox.run([
            "import", "epcis", stripped, "--store", "copy.sqlite",
            "--key", city.sandbox.file("keys/\(city.regulator).key"), "--lang", "en",
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("$.epcisBody.eventList[0]"))
        #expect(
            result.stderr.contains("is not registered") || result.stderr.contains("unknown key"),
            "\(result.stderr.prefix(600))")
        #expect(try sandbox.ledger("copy.sqlite") == before)
    }

    @Test("a window that does not end after it starts is refused the same way by both exports, and no file is left")
    func reversedWindow() throws {
        let city = try DemoCity.shared()
        let sandbox = try Sandbox()
        for format in ["epcis", "fsma204"] {
            let result = try sandbox.run([
                "export", format, "--store", city.sandbox.file(city.store),
                "--since", "2026-11-05", "--until", "2026-11-05", "--out", "\(format).out",
            ])
            #expect(result.status == 2, "\(format): \(result)")
            #expect(
                result.stderr.contains("--since 2026-11-05 不早于 --until 2026-11-05"),
                "\(format): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: sandbox.file("\(format).out")), "\(format)")
        }
    }

    @Test("--party, --since and --until select events; the master data stays whole")
    func filters() throws {
        let city = try DemoCity.shared()
        let party = "FARM-510185-001"
        let sandbox = try Sandbox()
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--party", party,
            "--since", "2026-11-02", "--until", "2026-11-05T00:00:00+08:00", "--out", "part.jsonld",
        ])
        let script = """
            import json, sys
            document = json.load(open(sys.argv[1], encoding="utf-8"))
            events = document["epcisBody"]["eventList"]
            records = [json.loads(e["ft:record"]) for e in events]
            master = document["epcisHeader"]["epcisMasterData"]["vocabularyList"][0]["vocabularyElementList"]
            print(json.dumps({"issuers": sorted({r["issuer"] for r in records}), "times": sorted(e["eventTime"] for e in events),
                              "master": len(master), "events": len(events)}))
            """
        let result = try Python.run(script, [sandbox.file("part.jsonld")])
        try #require(result.status == 0, "\(result.stdout)")
        let summary = try jsonObject(result.stdout)
        #expect(summary["issuers"] as? [String] == [party])
        let times = try #require(summary["times"] as? [String])
        #expect(!times.isEmpty)
        // The demo writes every time at +08:00, so the text order is the time order.
        #expect(times.allSatisfy { $0 >= "2026-11-02T00:00:00+08:00" && $0 < "2026-11-05T00:00:00+08:00" }, "\(times)")
        let full = try Python.run(script, [city.sandbox.file(city.export)])
        #expect((try jsonObject(full.stdout))["master"] as? Int == summary["master"] as? Int)
        #expect(((try jsonObject(full.stdout))["events"] as? Int ?? 0) > times.count)
        let schema = try Python.run(Python.schemaScript, [EPCISFixtures.schema, sandbox.file("part.jsonld")])
        #expect(schema.status == 0, "\(schema.stdout)")
    }
}
