import Foundation
import Testing
import TraceModel

@testable import TraceInterop

/// Validates a document against the EPCIS 2.0.1 JSON Schema (draft-07, with date-time checked).
func schemaProblems(_ document: [UInt8]) throws -> Python.Result {
    let schema = try Fixtures.url("epcis/schema/epcis-json-schema-2.0.1.json")
    let file = try Python.temporaryFile(document, suffix: ".jsonld")
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
        import json, sys
        from jsonschema import Draft7Validator, FormatChecker
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = list(Draft7Validator(schema, format_checker=FormatChecker()).iter_errors(document))
        for error in errors: print(list(error.absolute_path), error.message[:300])
        sys.exit(1 if errors else 0)
        """
    return try Python.run(script, [schema.path, file.path])
}

func exportDocument(_ chain: Chain, parties: any PartyLookup = SampleChain.parties) throws -> (
    bytes: [UInt8], ids: [String]
) {
    var bytes: [UInt8] = []
    var writer = EPCISWriter { chunk in bytes.append(contentsOf: chunk) }
    writer.begin(creationDate: try time("2026-11-30T12:00:00+08:00"))
    var ids: [String] = []
    for (record, id) in chain.records {
        if let hashID = try writer.write(record: record, id: id, context: parties) { ids.append(hashID) }
    }
    try writer.end()
    return (bytes, ids)
}

@Suite("EPCIS export")
struct EPCISWriterTests {
    @Test("a document covering every record kind validates against the EPCIS 2.0.1 JSON Schema")
    func validatesAgainstSchema() throws {
        let chain = try SampleChain.chain()
        let kinds = Set(chain.records.map(\.record.kind))
        // The sample chain holds the parties' own records; an `attest` (a partner's event kept as evidence) is
        // not one of them, and its export is not covered here.
        #expect(kinds == Set(RecordKind.allCases).subtracting([.register, .revoke, .attest]))
        let document = try exportDocument(chain)
        let result = try schemaProblems(document.bytes)
        #expect(result.status == 0, "schema validation failed:\n\(result.output)")
        #expect(document.ids.count == chain.records.count)
    }

    @Test("the schema check is live: a document without eventTimeZoneOffset is refused")
    func schemaCheckRefusesBrokenDocument() throws {
        let document = try exportDocument(try SampleChain.chain())
        let broken = String(decoding: document.bytes, as: UTF8.self).replacingOccurrences(
            of: "\"eventTimeZoneOffset\"", with: "\"eventTimeZone\"")
        let result = try schemaProblems(Array(broken.utf8))
        #expect(result.status == 1)
        #expect(result.output.contains("eventTimeZoneOffset"))
    }

    @Test("every eventID is the event's own hash ID and the record travels in ft:record")
    func eventIDsAreHashes() throws {
        let chain = try SampleChain.chain()
        let document = try exportDocument(chain)
        #expect(try EPCISEventHash.hashIDs(document: document.bytes) == document.ids)
        let json = try JSONParser.parse(document.bytes, limits: EPCISDocumentLayout.limits)
        guard case .array(let events)? = json["epcisBody"]?["eventList"] else {
            Issue.record("no event list")
            return
        }
        #expect(Set(document.ids).count == events.count)
        for (event, (record, id)) in zip(events, chain.records) {
            #expect(event["eventID"]?.stringValue == EPCISEventHash.hashID(event: event, context: EPCISWriter.context))
            #expect(event["ft:recordID"]?.stringValue == id)
            let embedded = try #require(event["ft:record"]?.stringValue)
            #expect(Array(embedded.utf8) == record.canonicalBytes)
            #expect(try Chain.id(of: Record.parse(Array(embedded.utf8))) == id)
        }
    }

    @Test("the header with the master data comes before the body; without register or revoke records there is none")
    func headerBeforeBody() throws {
        let withMasterData = String(
            decoding: try exportDocument(try EPCISMasterDataTests.ledger()).bytes, as: UTF8.self)
        let header = try #require(withMasterData.range(of: #","epcisHeader":{"epcisMasterData":"#))
        let body = try #require(withMasterData.range(of: #","epcisBody":{"eventList":["#))
        #expect(header.upperBound < body.lowerBound)
        #expect(withMasterData.hasSuffix("\n]}}\n"))
        let chain = try SampleChain.chain()
        let document = try exportDocument(chain)
        #expect(document.ids.count == chain.records.count)
        let text = String(decoding: document.bytes, as: UTF8.self)
        #expect(
            text.hasPrefix(
                #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ft":"urn:foodtrace:epcis:","cbvmda":"urn:epcglobal:cbv:mda:"}],"type":"EPCISDocument""#
            ))
        #expect(text.hasSuffix("\n]}}\n"))
        #expect(!text.contains("epcisHeader"))
    }

    @Test("records prepared on all cores and written in order give the same document")
    func preparedInParallel() throws {
        let chain = try EPCISMasterDataTests.ledger()
        var sequential: [UInt8] = []
        var parallel: [UInt8] = []
        var one = EPCISWriter { sequential.append(contentsOf: $0) }
        var other = EPCISWriter { parallel.append(contentsOf: $0) }
        let creation = try time("2026-11-30T12:00:00+08:00")
        one.begin(creationDate: creation)
        other.begin(creationDate: creation)
        for (record, id) in chain.records { try one.write(record: record, id: id, context: SampleChain.parties) }
        let records = chain.records
        let prepared = Parallel.map(records.count) { index in
            Result { () throws(InteropError) in
                try EPCISWriter.prepare(
                    record: records[index].record, id: records[index].id, context: SampleChain.parties)
            }
        }
        for item in prepared { try other.write(item.get()) }
        try one.end()
        try other.end()
        #expect(parallel == sequential)
        #expect(other.eventCount == 4 && other.masterRecordCount == 4)
    }

    @Test("a record id that does not match the record is refused")
    func refusesWrongID() throws {
        let chain = try SampleChain.chain()
        var writer = EPCISWriter { _ in }
        writer.begin(creationDate: try time("2026-11-30T12:00:00+08:00"))
        let wrong = chain.records[1].id
        #expect(throws: InteropError.self) {
            try writer.write(record: chain.records[0].record, id: wrong, context: SampleChain.parties)
        }
    }
}
