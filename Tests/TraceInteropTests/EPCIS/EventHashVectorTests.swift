import Testing
import TraceModel

@testable import TraceInterop

/// The reference generator's vectors: every event hash of every `.hashes` file must match exactly.
@Suite("EPCIS event hash vectors")
struct EventHashVectorTests {
    static let vectors = [
        "ReferenceEventHashAlgorithm", "epcisDocHavingEventWithComment", "epcisDocHavingEventWithIgnoreFields",
        "epcisDocWithSensorDataObjectEvent", "epcisDocWithShippingAndTransportingEvent", "epcisDocWithSingleEvent",
        "epcisDocWithVariousEventTypes", "epcisDocWithXMLstartTagAndErrorDeclaration", "epcisQueryDocument",
        "epclist_normalisation",
    ]

    @Test("every hash of the vector file matches", arguments: vectors)
    func vectorMatches(name: String) throws {
        let document = try Fixtures.bytes("epcis/hash-vectors/\(name).jsonld")
        let expected = try Fixtures.text("epcis/hash-vectors/\(name).hashes").split(whereSeparator: \.isNewline).map(
            String.init)
        let computed = try EPCISEventHash.hashIDs(document: document)
        #expect(expected.count > 0)
        #expect(computed == expected)
    }

    @Test("the EPC list of every scheme becomes the reference's sorted Digital Link URIs")
    func epcListPreHash() throws {
        let document = try JSONParser.parse(try Fixtures.bytes("epcis/hash-vectors/epclist_normalisation.jsonld"))
        let event = try #require(
            document["epcisBody"]?["eventList"].flatMap { value -> JSONValue? in
                if case .array(let events) = value { return events.first }
                return nil
            })
        let preHash = EPCISEventHash.preHashString(event: event, context: EPCISContext(document: document))
        let list = try #require(preHash.firstRange(of: "epcListepc="))
        let action = try #require(preHash.firstRange(of: "action="))
        let epcs = preHash[list.upperBound..<action.lowerBound].split(separator: "epc=").map(String.init)
        #expect(epcs.count == 23)
        #expect(epcs == epcs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // `!`, `(`, `)` and `*` are escaped for the Digital Link; the URN's own escapes stay.
        #expect(epcs.contains("https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29"))
        #expect(epcs.contains("https://id.gs1.org/01/01234567987651/235/51qIgY%29%3C%26Jp3%2Aj7'SDB"))
        #expect(epcs.contains("https://id.gs1.org/00/340123451111111111"))
        #expect(epcs.contains("https://id.gs1.org/253/98765999999929"))
        #expect(epcs.contains("https://id.gs1.org/01/09780345418913/21/765tz"))
    }

    @Test("the hash covers the pre-hash string and nothing else")
    func hashOfPreHash() throws {
        let document = try Fixtures.bytes("epcis/hash-vectors/epcisDocWithSingleEvent.jsonld")
        let json = try JSONParser.parse(document)
        let event = try #require(
            json["epcisBody"]?["eventList"].flatMap { value -> JSONValue? in
                if case .array(let events) = value { return events.first }
                return nil
            })
        let preHash = EPCISEventHash.preHashString(event: event, context: EPCISContext(document: json))
        #expect(
            preHash.hasPrefix(
                "eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00epcList"))
        #expect(preHash.contains("epc=https://id.gs1.org/01/10614141073464/21/2017"))
        #expect(
            EPCISEventHash.hashID(preHash: preHash)
                == EPCISEventHash.hashID(event: event, context: EPCISContext(document: json)))
        #expect(
            EPCISEventHash.hashID(preHash: "")
                == "ni:///sha-256;e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855?ver=CBV2.0")
    }
}
