import Foundation
import Testing
import TraceModel

@testable import TraceInterop

@Suite("EPCIS import: reading documents")
struct EPCISReaderTests {
    /// Examples the strict reader refuses, with the words its reason must contain.
    static let refused = [
        "epcis/examples/AssociationEvent/AssociationEvent-h.jsonld": "duplicate member name \"eventID\""
    ]

    @Test("every GS1 example document reads, or is refused with a stated reason")
    func examplesRead() throws {
        let files = try Fixtures.files(under: "epcis/examples", suffix: ".jsonld")
        #expect(files.count == 47)
        for file in files {
            let bytes = try Fixtures.bytes(file)
            if let reason = Self.refused[file] {
                let error = #expect(throws: InteropError.self) { try EPCISReader.read(document: bytes) }
                #expect(error?.reason.contains(reason) == true, "\(file): \(String(describing: error))")
                #expect(error?.path == "$.epcisBody.eventList[0]")
                continue
            }
            let document = try EPCISReader.read(document: bytes)
            let json = try JSONParser.parse(bytes)
            let list =
                json["epcisBody"]?["eventList"] ?? json["epcisBody"]?["queryResults"]?["resultsBody"]?["eventList"]
            guard case .array(let events)? = list else {
                Issue.record("\(file): no event list")
                continue
            }
            #expect(document.events.count == events.count, "\(file)")
            #expect(document.events.map(\.json) == events, "\(file)")
            #expect(try document.events.map(\.hashID) == EPCISEventHash.hashIDs(document: bytes), "\(file)")
        }
    }

    @Test("fields are read with CBV short names, quantities as exact amounts")
    func readsFields() throws {
        let document = try EPCISReader.read(
            document: try Fixtures.bytes("epcis/examples/Example_9.6.2-ObjectEvent.jsonld"))
        let event = try #require(document.events.first)
        #expect(event.type == "ObjectEvent")
        #expect(event.eventTime.text == "2013-06-08T14:58:56.591Z")
        #expect(event.eventTimeZoneOffset == "+02:00")
        #expect(event.action == "OBSERVE" && event.bizStep == "receiving" && event.disposition == "in_progress")
        #expect(
            event.quantityList == [
                ImportedQuantity(
                    epcClass: "urn:epc:class:lgtin:4012345.012345.998877", quantity: "200", amount: Amount(200),
                    uom: "KGM")
            ])
        #expect(
            event.sources == [
                TypedReference(type: "possessing_party", id: "urn:epc:id:sgln:4012345.00001.0"),
                TypedReference(type: "location", id: "urn:epc:id:sgln:4012345.00225.0"),
            ])
        #expect(
            event.readPoint == "urn:epc:id:sgln:0614141.00777.0"
                && event.bizLocation == "urn:epc:id:sgln:0614141.00888.0")
        #expect(
            event.declaredEventID
                == "ni:///sha-256;a98f08ae6ac4de3482054314d637c07010b448d3802dccb028a06aafcc6a4b10?ver=CBV2.0")
        #expect(event.hashID.hasPrefix("ni:///sha-256;") && event.hashID != event.declaredEventID)
        let query = try EPCISReader.read(document: try Fixtures.bytes("epcis/examples/EPCISQueryDocument.jsonld"))
        #expect(query.documentType == "EPCISQueryDocument" && query.events.count == 2)
        #expect(query.events[1].path == "$.epcisBody.queryResults.resultsBody.eventList[1]")
    }

    static let invalid: [(String, String, String)] = [
        (
            #"{"type":"ObjectEvent","eventTimeZoneOffset":"+01:00","action":"ADD"}"#,
            "$.epcisBody.eventList[1].eventTime", "missing"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00","eventTimeZoneOffset":"+01:00","action":"ADD"}"#,
            "$.epcisBody.eventList[1].eventTime", "is not an RFC 3339 date-time"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"1:00","action":"ADD"}"#,
            "$.epcisBody.eventList[1].eventTimeZoneOffset", "does not match"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00"}"#,
            "$.epcisBody.eventList[1].action", "missing"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"MOVE"}"#,
            "$.epcisBody.eventList[1].action", "\"MOVE\" is not one of"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","epcList":["a",7]}"#,
            "$.epcisBody.eventList[1].epcList[1]", "must be a string"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","quantityList":[{"epcClass":"x","quantity":"5"}]}"#,
            "$.epcisBody.eventList[1].quantityList[0].quantity", "must be a number"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","quantityList":[{"quantity":5}]}"#,
            "$.epcisBody.eventList[1].quantityList[0].epcClass", "missing"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","sourceList":[{"type":"owning_party"}]}"#,
            "$.epcisBody.eventList[1].sourceList[0].source", "missing"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","epcList":[],"ft:record":"{}"}"#,
            "$.epcisBody.eventList[1][\"ft:record\"]", "the embedded record is invalid"
        ),
        (
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTime":"2020-01-01T10:00:00Z"}"#,
            "$.epcisBody.eventList[1]", "duplicate member name"
        ),
    ]

    @Test("an invalid event is refused with the JSON path of the offending field", arguments: invalid)
    func refusesInvalidEvent(event: String, path: String, reason: String) throws {
        let valid =
            #"{"type":"ObjectEvent","eventTime":"2020-01-01T10:00:00Z","eventTimeZoneOffset":"+01:00","action":"ADD","epcList":[]}"#
        let document =
            #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ft":"urn:foodtrace:epcis:"}],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2020-01-01T10:00:00Z","epcisBody":{"eventList":["#
            + valid + "," + event + "]}}"
        let error = #expect(throws: InteropError.self) { try EPCISReader.read(document: Array(document.utf8)) }
        #expect(error?.path == path)
        #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
    }

    /// The start of a document valid up to its body.
    static let header =
        #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2020-01-01T10:00:00Z","#

    @Test("documents that are not EPCIS documents are refused")
    func refusesOtherDocuments() {
        let cases: [(String, String)] = [
            (#"[1]"#, "$"), (#"{"type":"Other","epcisBody":{"eventList":[]}}"#, "$.type"),
            (#"{"type":"ObjectEvent","@context":[]}"#, "$.type"),
            (#"{"type":"EPCISDocument"}"#, "$[\"@context\"]"),
            (Self.header + #""epcisBody":{"eventList":{}}}"#, "$.epcisBody.eventList"),
            (Self.header + #""epcisBody":{"eventList":[3]}}"#, "$.epcisBody.eventList[0]"),
            (Self.header + #""epcisBody":{}}"#, "$.epcisBody.eventList"),
            ("\u{FEFF}{}", "$"),
        ]
        for (text, path) in cases {
            let error = #expect(throws: InteropError.self) { try EPCISReader.read(document: Array(text.utf8)) }
            #expect(error?.path == path, "\(text)")
        }
    }
}
