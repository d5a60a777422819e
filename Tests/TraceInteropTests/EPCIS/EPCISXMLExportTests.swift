import Foundation
import Testing
import TraceModel

@testable import TraceInterop

/// The XML binding of the export: a document the XSD accepts, events with the hash IDs of their JSON-LD form, text
/// escaped as XML needs, and what XML 1.0 cannot carry refused by name.
@Suite("EPCIS export in XML")
struct EPCISXMLExportTests {
    /// The sample chain written in `binding`: the document and the hash IDs the writer gave its events.
    static func document(_ binding: EPCISWriter.Binding) throws -> (bytes: [UInt8], ids: [String]) {
        var bytes: [UInt8] = []
        var writer = EPCISWriter(sink: { bytes.append(contentsOf: $0) }, binding: binding)
        writer.begin(creationDate: try time("2026-11-30T12:00:00+08:00"))
        var ids: [String] = []
        for (record, id) in try SampleChain.chain().records {
            if let hashID = try writer.write(record: record, id: id, context: SampleChain.parties) {
                ids.append(hashID)
            }
        }
        try writer.end()
        return (bytes, ids)
    }

    @Test("every record kind: valid against the EPCIS 2.0 XSD, each event with its JSON-LD hash ID")
    func sameEventsAsJSONLD() throws {
        let xml = try Self.document(.xml)
        let json = try Self.document(.jsonLD)
        #expect(EPCISXSD.firstError(xml.bytes) == nil)
        #expect(xml.ids == json.ids)
        // The hash IDs computed from the XML as a reader gets it, not the writer's own.
        #expect(try EPCISEventHash.hashIDs(document: xml.bytes) == json.ids)
        let text = String(decoding: xml.bytes, as: UTF8.self)
        // No register or revoke record in the chain: no header (the demo city's export has one: InteropCLITests).
        #expect(!text.contains("<EPCISHeader>"))
        #expect(text.contains("<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>"))
        #expect(!text.contains("<bizStep>shipping</bizStep>"))
    }

    @Test("the XML export reads back as the records it carries, master data included")
    func readsBackAsTheRecords() throws {
        let xml = try Self.document(.xml)
        let read = try EPCISReader.read(document: xml.bytes)
        let chain = try SampleChain.chain()
        #expect(read.events.compactMap { $0.foodTraceRecord?.id } == chain.records.map { $0.1 })
        #expect(read.events.map(\.hashID) == xml.ids)
    }

    @Test("an event changed around its signed record is refused, in XML as in JSON-LD")
    func contradictionRefused() throws {
        let xml = String(decoding: try Self.document(.xml).bytes, as: UTF8.self)
        // The shipment's destination moved to another party; the record it carries still names the first.
        let target = "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>"
        let changed = xml.replacingOccurrences(
            of: target, with: "<bizStep>urn:epcglobal:cbv:bizstep:receiving</bizStep>")
        try #require(changed != xml)
        #expect {
            _ = try EPCISReader.read(document: Array(changed.utf8))
        } throws: { error in
            "\(error)".contains("contradicts the signed record")
        }
    }

    @Test("markup characters in values are escaped and read back whole; a prefix FoodTrace does not know is declared")
    func escapesAndDeclares() throws {
        let note = "A&B <盘点> \"quoted\" 'single'\ttab\r\nline"
        let event: JSONValue = .object([
            ("type", .string("ObjectEvent")), ("eventTime", .string("2026-11-01T08:00:00+08:00")),
            ("eventTimeZoneOffset", .string("+08:00")), ("epcList", .array([])), ("action", .string("OBSERVE")),
            (
                "sensorElementList",
                .array([
                    .object([
                        (
                            "sensorReport",
                            .array([
                                .object([
                                    ("type", .string("gs1:Temperature")), ("value", .number("4.5")),
                                    ("ex:probe", .string("p\"1")),
                                    ("ex:unit", .string("<C>")),
                                ])
                            ])
                        )
                    ])
                ])
            ),
            ("ft:note", .string(note)), ("ex:batch", .object([("ex:line", .string("3&4"))])),
        ])
        let bytes = try EPCISXMLWriter.event(event)
        let document =
            EPCISXMLWriter.documentStart(creationDate: try time("2026-11-30T12:00:00+08:00"))
            + EPCISXMLWriter.bodyStart + String(decoding: bytes, as: UTF8.self) + EPCISXMLWriter.bodyEnd
        let tree = try EPCISXMLTree.parse(Array(document.utf8))
        let read = try #require(tree.events?.first)
        let ft = "{\(FoodTraceURI.namespace)}"
        let ex = "{\(FoodTraceURI.namespace)prefix:ex:}"
        // The carriage return is written as a character reference, so XML's line-end normalisation keeps it.
        #expect(read.children.first { $0.name == ft + "note" }?.text == note)
        #expect(read.children.first { $0.name == ex + "batch" }?.children.first?.text == "3&4")
        let report = try #require(
            read.children.first { $0.name == "sensorElementList" }?.children.first?.children.first)
        #expect(report.children.first { $0.name == ex + "probe" }?.text == "p\"1")
        #expect(report.children.first { $0.name == ex + "unit" }?.text == "<C>")
    }

    @Test("a value XML 1.0 cannot carry is refused by its path; the characters around it are fine")
    func controlCharactersRefused() throws {
        func event(_ note: String) -> JSONValue {
            .object([
                ("type", .string("ObjectEvent")), ("eventTime", .string("2026-11-01T08:00:00+08:00")),
                ("eventTimeZoneOffset", .string("+08:00")), ("action", .string("OBSERVE")), ("ft:note", .string(note)),
            ])
        }
        #expect(throws: InteropError(path: "event.ft:note", reason: "U+0001 cannot be written in XML 1.0")) {
            try EPCISXMLWriter.event(event("bell\u{1}"))
        }
        #expect(throws: InteropError(path: "event.ft:note", reason: "U+FFFF cannot be written in XML 1.0")) {
            try EPCISXMLWriter.event(event("\u{FFFF}"))
        }
        _ = try EPCISXMLWriter.event(event("tab\tline\nreturn\r\u{1F437}"))
    }

    @Test("CBV short names are written as their URNs, other values as they are")
    func cbvTerms() {
        #expect(EPCISXMLWriter.cbvURN("shipping", "bizstep") == "urn:epcglobal:cbv:bizstep:shipping")
        #expect(EPCISXMLWriter.cbvURN("owning_party", "sdt") == "urn:epcglobal:cbv:sdt:owning_party")
        #expect(EPCISXMLWriter.cbvURN("urn:foodtrace:btt:slip", "btt") == "urn:foodtrace:btt:slip")
        #expect(
            EPCISXMLWriter.cbvURN("https://ref.gs1.org/cbv/BizStep-shipping", "bizstep")
                == "https://ref.gs1.org/cbv/BizStep-shipping")
    }
}

/// What the XML reader refuses to read: entities, which could stand for a file or a URL (an XML external entity)
/// or blow up in size; XML's own escapes still read.
@Suite("EPCIS XML: entities")
struct EPCISXMLEntityTests {
    static func document(doctype: String, bizStep: String) -> [UInt8] {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            \(doctype)<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" \
            creationDate="2026-11-30T12:00:00+08:00"><EPCISBody><EventList><ObjectEvent>\
            <eventTime>2026-11-01T08:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>\
            <epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action>\
            <bizStep>\(bizStep)</bizStep></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>
            """.utf8)
    }

    @Test("an external entity (a file, a URL) is never read: the document is refused, naming the entity")
    func externalEntityRefused() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-\(UUID()).txt")
        try "shipping".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        for declaration in [
            "<!ENTITY x SYSTEM \"\(secret.absoluteString)\">", "<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">",
            "<!ENTITY x \"shipping\">",
        ] {
            let document = Self.document(
                doctype: "<!DOCTYPE epcis:EPCISDocument [\(declaration)]>\n", bizStep: "&x;")
            #expect(throws: InteropError.self, "\(declaration)") { try EPCISEventHash.hashIDs(document: document) }
            do {
                _ = try EPCISXMLTree.parse(document)
            } catch {
                #expect(error.reason.contains("&x;"), "\(error)")
            }
        }
    }

    @Test("XML's predefined escapes and character references read as the characters they stand for")
    func predefinedEscapesRead() throws {
        let plain = try EPCISXMLTree.parse(Self.document(doctype: "", bizStep: "a&amp;b&#x4E2D;&lt;"))
        let event = try #require(plain.events?.first)
        #expect(event.children.first { $0.name == "bizStep" }?.text == "a&b中<")
    }
}
