import Testing
import TraceModel

@testable import TraceInterop

/// Every event type and quantity form a partner sends, attested: mapped to the graph where it means something
/// (instances counted as pieces of their class, logistic units standing for their contents), otherwise kept as
/// evidence with the reason — never dropped. Built on the EPCIS standard's own examples, with near misses.
@Suite("EPCIS import: a partner's event types and quantity forms")
struct PartnerEventKindsTests {
    static let attesting = EPCISImportMapper.Attesting(
        document: "sha256:" + String(repeating: "ab", count: 32), from: "urn:epc:id:pgln:4012345.00000",
        at: Timestamp("2026-11-28T08:00:00+08:00")!, names: EPCISMasterNames())
    static let mapper = EPCISImportMapper(
        importer: EPCISImportMapperTests.importer, attesting: attesting,
        defaults: .init(
            product: Product(code: "00000000", name: "进口货物", category: .processed),
            origin: Place(area: "000000", name: "境外")))

    /// The attest bodies of each event of a document, in order.
    static func attestations(_ bytes: [UInt8]) throws -> [[AttestBody]] {
        let document = try EPCISReader.read(document: bytes)
        return try mapper.map(document).map { outcome in
            guard case .mapped(let records) = outcome else {
                Issue.record("an event was skipped: \(outcome)")
                return []
            }
            return try records.map { record in
                guard case .attest(let body) = record.body else { throw Failure("not an attestation") }
                return body
            }
        }
    }

    struct Failure: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    static func document(_ events: [String]) -> [UInt8] {
        Array(
            (#"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-20T10:00:00Z","epcisBody":{"eventList":["#
                + events.map { #"{"eventTime":"2026-11-20T11:00:00+08:00","eventTimeZoneOffset":"+08:00","# + $0 + "}" }
                .joined(separator: ",") + "]}}").utf8)
    }

    @Test(
        "every event of the standard's examples is attested: traced or kept with its reason, none skipped",
        arguments: [
            "epcis/examples/Example_9.6.1-ObjectEvent.jsonld", "epcis/examples/Example_9.6.3-AggregationEvent.jsonld",
            "epcis/examples/Example_9.6.4-TransformationEvent.jsonld",
            "epcis/examples/Example-TransactionEvents-2020_07_03y.jsonld",
            "epcis/examples/AssociationEvent/AssociationEvent-a.jsonld",
            "epcis/examples/PersistentDisposition-example.jsonld",
            "epcis/examples/WithErrorDeclaration/ErrorDeclarationAndCorrectiveEvent.jsonld",
            "epcis/examples-xml/WithExtension/AggregationEvent.xml",
            "epcis/examples-xml/WithExtension/TransactionEvent.xml",
            "epcis/examples-xml/AssociationEvent/AssociationEventExamples.xml",
            "epcis/examples-xml/WithErrorDeclaration/ErrorDeclarationAndCorrectiveEvent.xml",
        ])
    func standardExamples(path: String) throws {
        let document = try EPCISReader.read(document: Fixtures.bytes(path))
        let bodies = try Self.attestations(Fixtures.bytes(path))
        #expect(bodies.count == document.events.count)
        for (event, attests) in zip(document.events, bodies) {
            #expect(!attests.isEmpty, "\(path) \(event.path)")
            for body in attests {
                #expect((body.claim == nil) != (body.kept == nil), "\(path) \(event.path)")
                try body.validate()
                switch event.type {
                case "AggregationEvent": #expect(body.kept?.kind == .aggregation || event.declaresError)
                case "AssociationEvent": #expect(body.kept?.kind == .association || event.declaresError)
                case "TransactionEvent": #expect(body.kept?.kind == .transaction || event.declaresError)
                default: break
                }
                if event.declaresError {
                    #expect(body.kept?.kind == .errorDeclaration)
                    #expect(body.attestationKey == event.hashID + "#errorDeclaration")
                } else {
                    #expect(body.attestationKey == event.hashID)
                }
            }
        }
    }

    @Test("the error declaration names when, why and the corrective events; the corrective event is traced")
    func errorDeclaration() throws {
        let path = "epcis/examples/WithErrorDeclaration/ErrorDeclarationAndCorrectiveEvent.jsonld"
        let bodies = try Self.attestations(Fixtures.bytes(path))
        let declaration = try #require(bodies.first?.first?.kept)
        #expect(declaration.kind == .errorDeclaration)
        #expect(declaration.reason.contains("incorrect_data"), "\(declaration.reason)")
        #expect(declaration.reason.contains("urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8"), "\(declaration.reason)")
        // The corrective event: a commissioning transformation of a lot into a class of trade items.
        #expect(bodies.last?.first?.claim?.transform != nil, "\(String(describing: bodies.last))")
    }

    @Test("individual SGTINs are counted pieces of their GTIN; other instances pieces of themselves")
    func instancesAreCountedPieces() throws {
        let bodies = try Self.attestations(
            Self.document([
                #""type":"ObjectEvent","action":"ADD","bizStep":"commissioning","bizLocation":{"id":"urn:epc:id:sgln:4012345.00000.0"},"epcList":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.107346.2018","https://id.gs1.org/01/10614141073464/21/2019","urn:epc:id:sgtin:0614141.107347.1","urn:epc:id:grai:4012345.55555.987"]"#
            ]))
        let produced = try #require(bodies.first).compactMap { $0.claim?.produce }
        #expect(
            produced.map(\.quantity) == [
                Quantity(Amount(3), .piece), Quantity(Amount(1), .piece), Quantity(Amount(1), .piece),
            ])
        #expect(produced.map(\.product.code) == ["10614141073464", "10614141073471", "00000000"])
        #expect(Set(produced.map(\.batch)).count == 3)
        // A lot listed with quantities beside its pieces: counted apart only when the unit differs.
        #expect(
            LogisticUnits.merged([
                ImportedQuantity(epcClass: "https://id.gs1.org/01/10614141073464", quantity: "2", amount: Amount(2)),
                ImportedQuantity(epcClass: "urn:epc:idpat:sgtin:0614141.107346.*", quantity: "3", amount: Amount(3)),
                ImportedQuantity(
                    epcClass: "urn:epc:idpat:sgtin:0614141.107346.*", quantity: "1.5", amount: Amount("1.5"),
                    uom: "KGM"),
            ]).map(\.quantity) == ["5", "1.5"])
    }

    static let pack =
        #""type":"AggregationEvent","action":"ADD","bizStep":"packing","bizLocation":{"id":"urn:epc:id:sgln:4012345.00000.0"},"parentID":"urn:epc:id:sscc:4012345.0000000071","childEPCs":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.107346.2018"],"childQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L7","quantity":700,"uom":"KGM"}]"#
    static let unpack =
        #""type":"AggregationEvent","action":"DELETE","bizStep":"unpacking","bizLocation":{"id":"urn:epc:id:sgln:4012345.00000.0"},"parentID":"urn:epc:id:sscc:4012345.0000000071","childEPCs":["urn:epc:id:sgtin:0614141.107346.2017"]"#
    /// Shipping the pallet, named by its Digital Link (the AggregationEvents name it by its EPC URN).
    static let shipPallet =
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","epcList":[""#
        + (DigitalLink.canonical("urn:epc:id:sscc:4012345.0000000071") ?? "?")
        + #""],"sourceList":[{"type":"owning_party","source":"urn:epc:id:pgln:4012345.00000"}],"destinationList":[{"type":"owning_party","destination":"urn:epc:id:pgln:4023456.00000"}]"#

    @Test("a logistic unit stands for what the document's AggregationEvents put in it, at each event")
    func logisticUnitContents() throws {
        let bodies = try Self.attestations(
            Self.document([Self.shipPallet, Self.pack, Self.shipPallet, Self.unpack, Self.shipPallet]))
        func shipped(_ index: Int) -> [String] {
            bodies[index].compactMap { $0.claim?.ship.map { "\($0.quantity)" } }
        }
        // Before packing the pallet is one piece of itself; packed, its contents; unpacked in part, what is left.
        #expect(shipped(0) == ["1 piece"])
        #expect(bodies[1].first?.kept?.kind == .aggregation)
        #expect(bodies[1].first?.kept?.reason.contains("urn:epc:id:sscc:4012345.0000000071") == true)
        #expect(shipped(2) == ["2 piece", "700 kg"], "\(bodies[2])")
        #expect(bodies[3].first?.kept?.kind == .aggregation)
        #expect(shipped(4) == ["1 piece", "700 kg"], "\(bodies[4])")
        let lots = bodies[2].compactMap { $0.claim?.ship?.batch }
        let lot = try #require(
            ExternalIdentifiers.lotCode("urn:epc:class:lgtin:4012345.012345.L7", holder: "GLN-4012345000009"))
        #expect(lots.contains(lot))
    }

    @Test("an AssociationEvent and a TransactionEvent are kept, not traced, with what they link")
    func keptKinds() throws {
        let bodies = try Self.attestations(
            Self.document([
                #""type":"AssociationEvent","action":"ADD","parentID":"urn:epc:id:grai:4012345.55555.987","childEPCs":["urn:epc:id:giai:4000001.12345"],"bizLocation":{"id":"urn:epc:id:sgln:4012345.00000.0"}"#,
                #""type":"TransactionEvent","action":"ADD","bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:PO-7"}],"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L7","quantity":300,"uom":"KGM"}],"sourceList":[{"type":"owning_party","source":"urn:epc:id:pgln:4012345.00000"}],"destinationList":[{"type":"owning_party","destination":"urn:epc:id:pgln:4023456.00000"}]"#,
            ]))
        #expect(bodies[0].first?.kept?.kind == .association)
        #expect(bodies[0].first?.kept?.reason.contains("urn:epc:id:grai:4012345.55555.987") == true)
        let transaction = try #require(bodies[1].first?.kept)
        #expect(transaction.kind == .transaction)
        #expect(transaction.reason.contains("urn:epcglobal:cbv:bt:4012345000009:PO-7"), "\(transaction.reason)")
    }

    @Test("persistentDisposition set to destroyed disposes; any other OBSERVE without bizStep is kept, naming it")
    func persistentDisposition() throws {
        let lot =
            #""quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L7","quantity":5,"uom":"KGM"}],"bizLocation":{"id":"urn:epc:id:sgln:4012345.00000.0"}"#
        let bodies = try Self.attestations(
            Self.document([
                #""type":"ObjectEvent","action":"OBSERVE","persistentDisposition":{"set":["destroyed"]},"# + lot,
                #""type":"ObjectEvent","action":"OBSERVE","persistentDisposition":{"set":["completeness_inferred"],"unset":["completeness_verified"]},"#
                    + lot,
            ]))
        #expect(bodies[0].first?.claim?.dispose?.method == "destroyed")
        let kept = try #require(bodies[1].first?.kept)
        #expect(kept.kind == .other)
        #expect(kept.reason.contains("completeness_inferred"), "\(kept.reason)")
    }
}
