import Testing
import TraceModel

@testable import TraceInterop

@Suite("EPCIS import: mapping events to records")
struct EPCISImportMapperTests {
    static let importer = ImportingParty(id: "MKT-510104-001", area: "510104", node: "001")
    static let mapper = EPCISImportMapper(
        importer: importer,
        defaults: .init(
            product: Product(code: "00000000", name: "进口货物", category: .processed),
            origin: Place(area: "000000", name: "境外")))

    static func event(_ fields: String) throws -> ImportedEvent {
        let document =
            #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2020-01-01T10:00:00Z","epcisBody":{"eventList":[{"eventTime":"2020-03-04T11:00:30.000+01:00","eventTimeZoneOffset":"+01:00","#
            + fields + "}]}}"
        return try #require(try EPCISReader.read(document: Array(document.utf8)).events.first)
    }

    @Test("foreign identifiers get deterministic trace codes of the importer's node")
    func identifiers() throws {
        let ids = Self.mapper.identifiers
        let fromURN = try #require(ids.traceCode(for: "urn:epc:class:lgtin:4012345.012345.998877"))
        #expect(ids.traceCode(for: "https://id.gs1.org/01/04012345123456/10/998877") == fromURN)
        #expect(ids.traceCode(for: "https://example.com/shop/01/04012345123456/10/998877?x=1") == fromURN)
        #expect(fromURN.digits.hasPrefix("510104001"))
        #expect((try? TraceCode(validating: fromURN.digits)) != nil)
        #expect(ids.traceCode(for: "urn:epc:class:lgtin:4012345.012345.998878") != fromURN)
        let own = try code("510112", "001", "261128", 7)
        #expect(ids.traceCode(for: FoodTraceURI.lot(own)) == own)
        #expect(ids.partyID(for: "urn:foodtrace:party:SH-510112-001") == "SH-510112-001")
        let foreign = ids.partyID(for: "urn:epc:id:pgln:4012345.00000")
        #expect(foreign == ids.partyID(for: "https://id.gs1.org/417/4012345000009"))
        #expect(foreign.hasPrefix("EXT-") && foreign.count == 20 && PartyID.isValid(foreign))
    }

    @Test("a commissioning event with a lot quantity becomes produce")
    func produce() throws {
        let event = try Self.event(
            #""type":"ObjectEvent","action":"ADD","bizStep":"commissioning","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":600.5,"uom":"KGM"}]"#
        )
        guard case .mapped(let records) = Self.mapper.map(event), case .produce(let body)? = records.first?.body else {
            Issue.record("not mapped to produce")
            return
        }
        #expect(body.batch == Self.mapper.identifiers.traceCode(for: "urn:epc:class:lgtin:4012345.012345.998877"))
        #expect(body.quantity == Quantity(try #require(Amount("600.5")), .kilogram))
        #expect(body.product.code == "04012345123456")
        #expect(
            records[0].at == event.eventTime && records[0].hashID == event.hashID
                && records[0].originalEvent == event.json)
        #expect(records[0].signedRecord == nil)
    }

    @Test(
        "UN/ECE Rec 20 counts of pieces (EA, C62, NAR, H87, no uom) are pieces; an unknown unit is skipped by name",
        arguments: [("EA", true), ("C62", true), ("NAR", true), ("H87", true), ("KGM", true), ("MTR", false)])
    func units(code: String, mapped: Bool) throws {
        let event = try Self.event(
            #""type":"ObjectEvent","action":"ADD","bizStep":"commissioning","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.E1","quantity":24,"uom":""#
                + code + #""}]"#)
        switch Self.mapper.map(event) {
        case .mapped(let records):
            guard case .produce(let body)? = records.first?.body else {
                Issue.record("\(code): not produce")
                return
            }
            #expect(mapped, "\(code) was mapped")
            #expect(body.quantity.unit == (code == "KGM" ? .kilogram : .piece), "\(code)")
        case .skipped(let reason):
            #expect(!mapped, "\(code): \(reason)")
            #expect(reason.contains("unit \(code)"))
        }
        #expect(ImportIdentifiers.unit(uneceCode: nil) == .piece)
    }

    @Test("shipping, receiving, selling, destroying and transforming events map to their kinds")
    func custodyKinds() throws {
        let lot =
            #""quantityList":[{"epcClass":"https://id.gs1.org/01/04012345123456/10/L1","quantity":12,"uom":"KGM"}]"#
        let cases: [(String, RecordKind)] = [
            (
                #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","destinationList":[{"type":"owning_party","destination":"urn:epc:id:pgln:4012345.00000"}],"bizTransactionList":[{"type":"desadv","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:ASN1099"}],"#
                    + lot, .ship
            ),
            (
                #""type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving","disposition":"non_conformant","sourceList":[{"type":"possessing_party","source":"urn:epc:id:pgln:4012345.00000"}],"#
                    + lot, .receive
            ),
            (#""type":"ObjectEvent","action":"OBSERVE","bizStep":"retail_selling","# + lot, .sell),
            (#""type":"ObjectEvent","action":"DELETE","bizStep":"destroying","# + lot, .dispose),
            (
                #""type":"TransformationEvent","bizStep":"killing","inputQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.A","quantity":100,"uom":"KGM"}],"outputQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.B","quantity":70.25,"uom":"KGM"}]"#,
                .transform
            ),
        ]
        for (fields, kind) in cases {
            let outcome = Self.mapper.map(try Self.event(fields))
            guard case .mapped(let records) = outcome else {
                Issue.record("\(kind): \(outcome)")
                continue
            }
            #expect(records.map(\.kind) == [kind])
            switch records[0].body {
            case .ship(let b):
                #expect(b.shipment == "urn:epcglobal:cbv:bt:4012345000009:ASN1099" && b.to.hasPrefix("EXT-"))
            case .receive(let b):
                #expect(!b.accepted && b.from == Self.mapper.identifiers.partyID(for: "urn:epc:id:pgln:4012345.00000"))
            case .transform(let b): #expect(b.process == .slaughter && b.outputs[0].quantity.value == Amount("70.25"))
            case .dispose(let b): #expect(b.method == "destroyed")
            case .sell(let b): #expect(b.amount == .zero && b.quantity.value == Amount(12))
            default: Issue.record("unexpected body \(records[0].body)")
            }
        }
    }

    @Test("events the graph cannot use are reported with a reason")
    func skipsWithReasons() throws {
        let cases: [(String, String)] = [
            (
                #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","epcList":["urn:epc:id:sgtin:0614141.107346.2017"]"#,
                "no owning_party, possessing_party or location in destinationList"
            ),
            (
                #""type":"AssociationEvent","action":"ADD","parentID":"urn:epc:id:grai:4012345.55555.987","childEPCs":["urn:epc:id:giai:4000001.12345"]"#,
                "AssociationEvent links objects"
            ),
            (
                #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":5,"uom":"KGM"}]"#,
                "no owning_party, possessing_party or location in destinationList"
            ),
            (
                #""type":"ObjectEvent","action":"ADD","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1"}]"#,
                "has no quantity"
            ),
            (
                #""type":"ObjectEvent","action":"ADD","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":1.1234567,"uom":"KGM"}]"#,
                "not an exact amount"
            ),
            (
                #""type":"ObjectEvent","action":"ADD","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":3,"uom":"MTR"}]"#,
                "unit MTR"
            ),
            (
                #""type":"ObjectEvent","action":"ADD","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":0,"uom":"KGM"}]"#,
                "must be greater than zero"
            ),
            (
                #""type":"ObjectEvent","action":"OBSERVE","bizStep":"storing","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":3,"uom":"KGM"}]"#,
                "bizStep storing"
            ),
            (
                #""type":"ObjectEvent","action":"ADD","errorDeclaration":{"declarationTime":"2020-03-05T00:00:00Z"},"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":3,"uom":"KGM"}]"#,
                "errorDeclaration"
            ),
        ]
        for (fields, reason) in cases {
            let outcome = Self.mapper.map(try Self.event(fields))
            guard case .skipped(let text) = outcome else {
                Issue.record("not skipped: \(fields)")
                continue
            }
            #expect(text.contains(reason), "\(text)")
        }
    }
}

@Suite("EPCIS import: the origin a foreign record keeps")
struct EPCISOriginTests {
    @Test("a foreign event's body carries its hash ID and canonical JSON, which re-hashes to the same ID")
    func originTravels() throws {
        let event = try EPCISImportMapperTests.event(
            #""type":"ObjectEvent","action":"ADD","bizStep":"commissioning","ilmd":{"example:temp":12.10},"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":600.5,"uom":"KGM"}]"#
        )
        guard case .mapped(let records) = EPCISImportMapperTests.mapper.map(event),
            case .produce(let body)? = records.first?.body
        else {
            Issue.record("not mapped to produce")
            return
        }
        let origin = try #require(body.epcis)
        #expect(origin.eventID == event.hashID)
        #expect(origin.event == (try CanonicalJSON.string(event.json)))
        #expect(origin.event.contains(#""example:temp":12.1"#))
        #expect(EPCISEventHash.hashID(event: try JSONParser.parse(Array(origin.event.utf8))) == event.hashID)
        let record = try Record(
            kind: .produce, issuer: "MKT-510104-001", seq: 1, prev: nil, at: event.eventTime, body: body)
        #expect(try Record.parse(record.canonicalBytes).decodedBody() == .produce(body))
    }

    @Test("an event too long for a record to keep is skipped with the reason")
    func oversizedEvent() throws {
        let padding = String(repeating: "x", count: 9000)
        let event = try EPCISImportMapperTests.event(
            #""type":"ObjectEvent","action":"ADD","example:note":"\#(padding)","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.1","quantity":3,"uom":"KGM"}]"#
        )
        guard case .skipped(let reason) = EPCISImportMapperTests.mapper.map(event) else {
            Issue.record("not skipped")
            return
        }
        #expect(reason.contains("a record keeps events of at most 8192"))
    }
}
