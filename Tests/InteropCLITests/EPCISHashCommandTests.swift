import Foundation
import Testing

/// `foodtrace epcis hash` against the reference generator's vectors.
@Suite("foodtrace epcis hash")
struct EPCISHashCommandTests {
    static var vectors: [String] {
        EPCISFixtures.files("hash-vectors", suffix: ".jsonld").map {
            URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
        }
    }

    @Test("one hash ID per event, in document order, as in the .hashes file", arguments: vectors)
    func matchesVector(name: String) throws {
        let base = EPCISFixtures.root + "/hash-vectors/" + name
        let expected = try String(contentsOfFile: base + ".hashes", encoding: .utf8).split(whereSeparator: \.isNewline)
            .map(String.init)
        let result = try Sandbox(language: "en").ok(["epcis", "hash", base + ".jsonld"])
        let printed = result.stdout.split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty)
        #expect(printed == expected)
    }

    @Test("the vector set is the one the README describes")
    func vectorSet() {
        #expect(Self.vectors.count == 15)
        #expect(Self.vectors.contains("epclist_normalisation"))
    }

    @Test("--verbose adds the pre-hash string; several files are prefixed with their names")
    func verboseAndSeveralFiles() throws {
        let single = EPCISFixtures.root + "/hash-vectors/epcisDocWithSingleEvent.jsonld"
        let various = EPCISFixtures.root + "/hash-vectors/epcisDocWithVariousEventTypes.jsonld"
        let sandbox = try Sandbox(language: "en")
        let verbose = try sandbox.ok(["epcis", "hash", single, "--verbose"]).stdout.split(separator: "\n").map(
            String.init)
        #expect(verbose.count == 2)
        #expect(
            verbose[1].hasPrefix(
                "  pre-hash: eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00"))
        let both = try sandbox.ok(["epcis", "hash", single, various]).stdout.split(separator: "\n").map(String.init)
        let expectedCount =
            try String(contentsOfFile: various.replacingOccurrences(of: ".jsonld", with: ".hashes"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).count + 1
        #expect(both.count == expectedCount)
        #expect(both[0].hasPrefix(single + "\tni:///sha-256;") && both[1].hasPrefix(various + "\t"))
    }

    @Test("an invalid document: exit 2 with the JSON path, and no hash printed")
    func invalidDocument() throws {
        let sandbox = try Sandbox(language: "en")
        try sandbox.write(
            "bad.jsonld",
            #"{"@context":[],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2020-01-01T00:00:00Z","epcisBody":{"eventList":[{"eventTime":"2020-01-01T00:00:00Z"}]}}"#
        )
        let good = EPCISFixtures.root + "/hash-vectors/epcisDocWithSingleEvent.jsonld"
        let result = try sandbox.run(["epcis", "hash", good, "bad.jsonld"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("bad.jsonld: $.epcisBody.eventList[0].type: missing (required)"),
            "\(result.stderr)")
        try sandbox.write("broken.jsonld", #"{"type":"EPCISDocument","epcisBody":{"eventList":[}"#)
        let broken = try sandbox.run(["epcis", "hash", "broken.jsonld"])
        #expect(
            broken.status == 2 && broken.stderr.contains("broken.jsonld: $.epcisBody.eventList"), "\(broken.stderr)")
    }

    /// A one-event document whose event has `members` after a valid ObjectEvent's time and action.
    static func oneEvent(_ members: String, time: String = "2026-07-22T10:00:00+08:00") -> String {
        #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-07-22T10:00:00Z","epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":""#
            + time + #"","eventTimeZoneOffset":"+08:00","action":"OBSERVE""# + members + "}]}}"
    }

    @Test("what the EPCIS 2.0.1 schema refuses is not hashed: a day-first date, a quantity in words")
    func schemaRefusals() throws {
        let sandbox = try Sandbox(language: "en")
        try sandbox.write(
            "date.jsonld", Self.oneEvent(#","epcList":["urn:epc:id:sgtin:0614141.107346.2017"]"#, time: "22-07-2026"))
        let date = try sandbox.run(["epcis", "hash", "date.jsonld"])
        #expect(date.status == 2 && date.stdout.isEmpty)
        #expect(
            date.stderr.contains(
                "date.jsonld: $.epcisBody.eventList[0].eventTime: \"22-07-2026\" is not an RFC 3339 date-time"),
            "\(date.stderr)")
        try sandbox.write(
            "words.jsonld",
            Self.oneEvent(
                #","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":"twenty","uom":"KGM"}]"#
            ))
        let words = try sandbox.run(["epcis", "hash", "words.jsonld"])
        #expect(words.status == 2 && words.stdout.isEmpty)
        #expect(
            words.stderr.contains(
                "words.jsonld: $.epcisBody.eventList[0].quantityList[0].quantity: must be a number, found string"),
            "\(words.stderr)")
        // The near miss: the same event with a number and an RFC 3339 time hashes.
        try sandbox.write(
            "fine.jsonld",
            Self.oneEvent(
                #","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":20,"uom":"KGM"}]"#
            ))
        #expect(try sandbox.ok(["epcis", "hash", "fine.jsonld"]).stdout.hasPrefix("ni:///sha-256;"))
    }

    @Test("an EPCIS XML document: epcis hash gives the reference's IDs; import epcis reads it with the same IDs")
    func xmlDocument() throws {
        let sandbox = try Sandbox(language: "en")
        let document = EPCISFixtures.root + "/examples-xml/WithSensorData/SensorDataExamples.xml"
        let expected = try String(
            contentsOfFile: document.replacingOccurrences(of: ".xml", with: ".hashes"), encoding: .utf8)
        #expect(
            try sandbox.ok(["epcis", "hash", document]).stdout.split(separator: "\n") == expected.split(separator: "\n")
        )
        try sandbox.ok(["init", "--store", "s.sqlite"])
        try sandbox.ok(["keys", "new", "--party", "FARM-510112-003", "--out", "farm.key"])
        let result = try sandbox.run([
            "import", "epcis", document, "--store", "s.sqlite", "--key", "farm.key", "--format", "json",
        ])
        #expect(result.status == 0, "\(result)")
        // Sensor readings without lot quantities make no records: each event is skipped under its XML hash ID.
        let report = try jsonObject(result.stdout)
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(skipped.compactMap { $0["eventID"] as? String } == expected.split(separator: "\n").map(String.init))
        #expect((skipped.first?["path"] as? String)?.hasPrefix("/EPCISDocument/EPCISBody/EventList/*[1]") == true)
    }
}
