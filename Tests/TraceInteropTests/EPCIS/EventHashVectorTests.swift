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

    /// Vectors this implementation does not reproduce, with the reason (see the test's known issue).
    static let unmatched: [String: String] = [
        "epclist_normalisation": """
            the reference's conversion of this list of 23 EPC URNs and Digital Link URIs (percent-escaped \
            serials, CPI/GINC/UPUI/ITIP/GDTI/PGLN forms, non-canonical Digital Links) is not recoverable \
            from the single hash; see Fixtures/epcis/README.md
            """,
    ]

    @Test("every hash of the vector file matches", arguments: vectors)
    func vectorMatches(name: String) throws {
        let document = try Fixtures.bytes("epcis/hash-vectors/\(name).jsonld")
        let expected = try Fixtures.text("epcis/hash-vectors/\(name).hashes").split(whereSeparator: \.isNewline).map(String.init)
        let computed = try EPCISEventHash.hashIDs(document: document)
        #expect(expected.count > 0)
        if let reason = Self.unmatched[name] {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(computed == expected)
            }
        } else {
            #expect(computed == expected)
        }
    }

    @Test("the hash covers the pre-hash string and nothing else")
    func hashOfPreHash() throws {
        let document = try Fixtures.bytes("epcis/hash-vectors/epcisDocWithSingleEvent.jsonld")
        let json = try JSONParser.parse(document)
        let event = try #require(json["epcisBody"]?["eventList"].flatMap { value -> JSONValue? in
            if case .array(let events) = value { return events.first }
            return nil
        })
        let preHash = EPCISEventHash.preHashString(event: event, context: EPCISContext(document: json))
        #expect(preHash.hasPrefix("eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00epcList"))
        #expect(preHash.contains("epc=https://id.gs1.org/01/10614141073464/21/2017"))
        #expect(EPCISEventHash.hashID(preHash: preHash) == EPCISEventHash.hashID(event: event, context: EPCISContext(document: json)))
        #expect(EPCISEventHash.hashID(preHash: "") == "ni:///sha-256;e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855?ver=CBV2.0")
    }
}
