import Foundation
import Testing

/// `import epcis` reads its document as a stream and stores last: the demo city's export (about 13 MB, many blocks)
/// in the layouts a partner may send, and refused in its middle — by the schema, the XSD, or the store.
@Suite("EPCIS import read as a stream")
struct StreamingImportTests {
    /// The export with its header (the master data) moved after its body: `{P,"epcisHeader":H,"epcisBody":B}` becomes
    /// `{P,"epcisBody":B,"epcisHeader":H}`.
    static func headerAfterBody(_ text: String) throws -> String {
        let header = try #require(text.range(of: #","epcisHeader":"#))
        let body = try #require(text.range(of: #","epcisBody":"#, range: header.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "}", options: .backwards))
        return String(text[..<header.lowerBound]) + text[body.lowerBound..<end.lowerBound]
            + text[header.lowerBound..<body.lowerBound] + "}\n"
    }

    /// `text` with `inserted` right after the `n`-th (from 0) occurrence of `marker`.
    static func inserting(_ inserted: String, after marker: String, occurrence n: Int, in text: String) throws
        -> String
    {
        let markers = text.ranges(of: marker)
        try #require(markers.count > n, "only \(markers.count) occurrences of \(marker)")
        var changed = text
        changed.insert(contentsOf: inserted, at: markers[n].upperBound)
        return changed
    }

    /// A sandbox with an empty store trusting the city's regulator, and its ledger as it stands.
    static func emptyStore(_ city: DemoCity) throws -> (sandbox: Sandbox, ledger: String) {
        let sandbox = try Sandbox(language: "en")
        try city.emptyStore(named: "copy.sqlite", in: sandbox)
        return (sandbox, try sandbox.ledger("copy.sqlite"))
    }

    static func importArguments(_ city: DemoCity, _ file: String) -> [String] {
        [
            "import", "epcis", file, "--store", "copy.sqlite", "--key", city.sandbox.file("keys/FARM-510185-001.key"),
            "--format", "json",
        ]
    }

    @Test("a header after the body: the same ledger byte for byte as the city's, and the same hash IDs")
    func headerAfterBodyImports() throws {
        let city = try DemoCity.shared()
        let (sandbox, _) = try Self.emptyStore(city)
        let export = try city.sandbox.read(city.export)
        let late = try Self.headerAfterBody(export)
        try #require(
            late.range(of: #""epcisBody":"#)!.lowerBound < late.range(of: #""epcisHeader":"#)!.lowerBound,
            "the header follows the body")
        try sandbox.write("late.jsonld", late)
        let report = try jsonObject(try sandbox.ok(Self.importArguments(city, "late.jsonld")).stdout)
        #expect(report["committed"] as? Bool == true)
        #expect((report["masterRecords"] as? Int ?? 0) > 0)
        #expect(try sandbox.ledger("copy.sqlite") == city.sandbox.ledger(city.sandbox.file(city.store)))
        let hashed = try sandbox.ok(["epcis", "hash", "late.jsonld"]).stdout
        #expect(hashed == (try city.sandbox.ok(["epcis", "hash", city.export]).stdout))
    }

    @Test("an event refused by the schema in the middle of the document: exit 2, its path named, nothing stored")
    func schemaRefusalMidStream() throws {
        let city = try DemoCity.shared()
        let (sandbox, before) = try Self.emptyStore(city)
        let export = try city.sandbox.read(city.export)
        let events = export.ranges(of: #""eventTime":""#).count
        try #require(events > 5_000)
        let middle = events / 2
        // `"eventTime":"x2026-…"`: not an RFC 3339 date-time.
        try sandbox.write(
            "bad.jsonld", try Self.inserting("x", after: #""eventTime":""#, occurrence: middle, in: export))
        let result = try sandbox.run(Self.importArguments(city, "bad.jsonld"))
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("$.epcisBody.eventList[\(middle)].eventTime"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try sandbox.ledger("copy.sqlite") == before)
    }

    @Test(
        "a record the store refuses in the middle (a bad signature): exit 2, the event in the partner's words, nothing stored"
    )
    func storeRefusalMidStream() throws {
        let city = try DemoCity.shared()
        let (sandbox, before) = try Self.emptyStore(city)
        let export = try city.sandbox.read(city.export)
        let records = export.ranges(of: #""ft:record":""#)
        let middle = records.count / 2
        // The tenth character of the signature's value (base64) changed: the record's id and members stand, its
        // signature does not.
        let signature = try #require(
            export.range(of: #"\"sig\":{"#, range: records[middle].upperBound..<export.endIndex))
        let value = try #require(export.range(of: #"\"value\":\""#, range: signature.upperBound..<export.endIndex))
        let tenth = export.index(value.upperBound, offsetBy: 9)
        let changed = export[tenth] == "A" ? "B" : "A"
        try sandbox.write("tampered.jsonld", export.replacingCharacters(in: tenth...tenth, with: changed))
        let result = try sandbox.run(Self.importArguments(city, "tampered.jsonld"))
        #expect(result.status == 2, "\(result)")
        let report = try jsonObject(result.stdout)
        #expect(report["committed"] as? Bool == false)
        let rejected = try #require((report["rejected"] as? [[String: Any]])?.first)
        let path = try #require(rejected["path"] as? String)
        let index = try #require(Int(path.dropFirst("$.epcisBody.eventList[".count).prefix { $0.isNumber }))
        #expect((rejected["event"] as? String)?.hasPrefix("event \(index + 1) of the document") == true, "\(rejected)")
        #expect(try sandbox.ledger("copy.sqlite") == before)
    }

    @Test("XML refused by the XSD in the middle: exit 2, its line named, nothing stored")
    func xmlRefusalMidStream() throws {
        let city = try DemoCity.shared()
        let (sandbox, before) = try Self.emptyStore(city)
        try sandbox.ok([
            "export", "epcis", "--store", city.sandbox.file(city.store), "--format", "xml", "--out", "city.xml",
        ])
        let xml = try sandbox.read("city.xml")
        let events = xml.ranges(of: "<eventTime>").count
        try #require(events > 5_000)
        let changed = try Self.inserting("x", after: "<eventTime>", occurrence: events / 2, in: xml)
        try sandbox.write("bad.xml", changed)
        let line = changed[..<changed.ranges(of: "<eventTime>")[events / 2].lowerBound].filter { $0 == "\n" }.count + 1
        let result = try sandbox.run(Self.importArguments(city, "bad.xml"))
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("line \(line)"), "\(result.stderr)")
        #expect(result.stderr.contains("eventTime"), "\(result.stderr)")
        #expect(try sandbox.ledger("copy.sqlite") == before)
    }
}
