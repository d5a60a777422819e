import Testing
import TraceModel

@testable import TraceInterop

/// EPCIS 2.0 XML documents hash as the reference generator hashes them (its XML reader).
@Suite("EPCIS XML: event hash IDs")
struct XMLHashTests {
    /// The GS1 XML examples that hold events, each with the hashes the released reference generator
    /// (1.9.3) gives them (`.hashes` beside each document).
    static let documents: [String] = {
        ((try? Fixtures.files(under: "epcis/examples-xml", suffix: ".hashes")) ?? []).map {
            String($0.dropLast(".hashes".count)) + ".xml"
        }
    }()

    @Test("every event of every GS1 XML example hashes as the reference generator's", arguments: documents)
    func referenceHashes(document: String) throws {
        let expected = try Fixtures.text(String(document.dropLast(4)) + ".hashes").split(whereSeparator: \.isNewline)
            .map(String.init)
        #expect(!expected.isEmpty)
        #expect(try EPCISEventHash.hashIDs(document: Fixtures.bytes(document)) == expected)
    }

    @Test("the corpus: 26 documents, every event type, sensor data, extensions, error declarations")
    func corpus() {
        #expect(Self.documents.count == 26)
        for part in ["WithSensorData", "WithExtension/TransformationEvent", "WithErrorDeclaration", "AssociationEvent"]
        {
            #expect(Self.documents.contains { $0.contains(part) }, "\(part)")
        }
    }

    /// The expected pre-hash is the released reference generator's (1.9.3) for this document.
    @Test("prefixed attributes are named by their namespace; extension wrappers are dissolved")
    func treeShape() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:ex="http://example.com/ext/"
              xmlns:xsd="http://www.w3.org/2001/XMLSchema"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" schemaVersion="2.0" creationDate="2026-07-22T10:00:00Z">
              <EPCISBody><EventList><ObjectEvent>
                <eventTime>2026-07-22T10:00:00.1236+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
                <epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action>
                <bizTransactionList><bizTransaction type="po">urn:epcglobal:cbv:bt:0614141073467:PO-1</bizTransaction></bizTransactionList>
                <extension><ex:note xsi:type="xsd:string">first</ex:note></extension>
              </ObjectEvent></EventList></EPCISBody>
            </epcis:EPCISDocument>
            """
        let preHash = try #require(try EPCISEventHash.preHashStrings(document: Array(text.utf8)).first)
        #expect(
            preHash
                == "eventType=ObjectEventeventTime=2026-07-22T02:00:00.124ZeventTimeZoneOffset=+08:00epcListepc="
                // The reference expands no bare CBV word in XML (the XML binding writes full URIs).
                + "https://id.gs1.org/01/10614141073464/21/2017action=OBSERVEbizTransactionListtype=po"
                + "bizTransaction=urn:epcglobal:cbv:bt:0614141073467:PO-1{http://example.com/ext/}note=first"
                + "{http://www.w3.org/2001/XMLSchema-instance}type=xsd:string")
    }

    @Test(
        "not an EPCIS document, or not well-formed: refused with where and why; import reads XML events with their hash IDs"
    )
    func refusals() throws {
        let capture = try Fixtures.bytes("epcis/examples-xml/CaptureJob/Example-CaptureJobSuccess.xml")
        let noEvents = #expect(throws: InteropError.self) { try EPCISEventHash.hashIDs(document: capture) }
        #expect(noEvents?.reason.contains("no EventList") == true)
        let broken = Array(
            #"<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2026-07-22T10:00:00Z"><EPCISBody>"#
                .utf8)
        let malformed = #expect(throws: InteropError.self) { try EPCISEventHash.hashIDs(document: broken) }
        #expect(malformed?.path.hasPrefix("line ") == true, "\(String(describing: malformed))")
        #expect(malformed?.reason.contains("the XML document cannot be read") == true)
        let example = try Fixtures.bytes("epcis/examples-xml/Example_9.6.1-ObjectEvent-2020_06_18a.xml")
        let imported = try EPCISReader.read(document: example)
        #expect(imported.events.map(\.hashID) == (try EPCISEventHash.hashIDs(document: example)))
        #expect(imported.events.first?.type == "ObjectEvent" && imported.events.first?.action != nil)
        let notEPCIS = #expect(throws: InteropError.self) { try EPCISReader.read(document: capture) }
        #expect(notEPCIS?.reason.contains("no EventList") == true)
    }
}
