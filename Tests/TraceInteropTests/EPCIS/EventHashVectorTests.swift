import Testing
import TraceModel

@testable import TraceInterop

/// The reference generator's vectors: every event hash of every `.hashes` file must match exactly.
@Suite("EPCIS event hash vectors")
struct EventHashVectorTests {
    static let vectors =
        [
            "ReferenceEventHashAlgorithm", "epcisDocHavingEventWithComment", "epcisDocHavingEventWithIgnoreFields",
            "epcisDocWithSensorDataObjectEvent", "epcisDocWithShippingAndTransportingEvent", "epcisDocWithSingleEvent",
            "epcisDocWithVariousEventTypes", "epcisDocWithXMLstartTagAndErrorDeclaration", "epcisQueryDocument",
            "epclist_normalisation",
        ] + ownVectors

    /// FoodTrace's own vectors, one per class where a port is easily wrong (see Fixtures/epcis/README.md): the
    /// expected pre-hashes and IDs are the released reference generator's (1.9.3) output for these documents.
    static let ownVectors = [
        "foodtrace-foodtraceNestedExtensions", "foodtrace-subMillisecondTimes", "foodtrace-compactIRIs",
        "foodtrace-nestedContext", "foodtrace-sensorElementListOrder",
    ]

    @Test("every pre-hash string of FoodTrace's own vectors matches, character for character", arguments: ownVectors)
    func ownPreHashesMatch(name: String) throws {
        let document = try Fixtures.bytes("epcis/hash-vectors/\(name).jsonld")
        let expected = try Fixtures.text("epcis/hash-vectors/\(name).prehashes").split(whereSeparator: \.isNewline)
            .map(String.init)
        #expect(try EPCISEventHash.preHashStrings(document: document) == expected)
    }

    @Test("each class is in its vector: nested extensions, sub-millisecond rounding, compact IRIs, nested contexts")
    func classesAreCovered() throws {
        func preHashes(_ name: String) throws -> [String] {
            try Fixtures.text("epcis/hash-vectors/\(name).prehashes").split(whereSeparator: \.isNewline).map(
                String.init)
        }
        let nested = try preHashes("foodtrace-foodtraceNestedExtensions")
        // Extensions inside readPoint, bizLocation, sensorMetadata, sensorReport and sensorElement stay inside them.
        #expect(
            nested[0].contains(
                "readPointid=https://id.gs1.org/414/0614141073467/254/1234{https://ns.example.com/epcis/}dock=D7"))
        #expect(nested[1].contains("{https://ns.example.com/epcis/}calibrated=2026-07-01sensorReport"))
        #expect(
            nested[1].contains(
                "uom=CEL{https://ns.example.com/epcis/}probe=P2{https://ns.example.com/epcis/}elementNote"))
        // FoodTrace's own `ft:` members inside a sensor report are hashed, under the report's path, at the end.
        #expect(
            nested[2].hasSuffix(
                "sensorElementListsensorElementsensorReport{urn:foodtrace:epcis:}measured=0.1{urn:foodtrace:epcis:}method=GB/T 22286-2008"
            ))
        let times = try preHashes("foodtrace-subMillisecondTimes")
        #expect(times[0].contains("eventTime=2026-07-22T02:00:00.123Z"))
        #expect(times[1].contains("eventTime=2026-07-22T02:00:00.124Z"))
        #expect(
            times[3].contains("startTime=2026-07-22T09:00:00.002Z")
                && times[3].contains("time=2026-07-22T09:30:00.002Z"))
        let iris = try preHashes("foodtrace-compactIRIs")
        #expect(iris[0].contains("chemicalSubstance=https://vocab.example.org/food#clenbuterol"))
        #expect(iris[0].contains("component=https://lab.example.org/terms/extract"))
        let order = try preHashes("foodtrace-sensorElementListOrder")
        let sensors = try #require(order[0].firstRange(of: "sensorElementList"))
        let transactions = try #require(order[0].firstRange(of: "bizTransactionList"))
        #expect(sensors.lowerBound < transactions.lowerBound)
        let contexts = try preHashes("foodtrace-nestedContext")
        #expect(contexts[0].contains("@contextfarm=https://farm.example.org/epcis/farm:harvestCrew=C-12"))
    }

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
