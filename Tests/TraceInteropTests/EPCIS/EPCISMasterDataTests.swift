import Foundation
import Testing
import TraceModel

@testable import TraceInterop

/// `register` and `revoke` records travel in the master data and come back where they stood.
@Suite("EPCIS master data: trust records")
struct EPCISMasterDataTests {
    static let farmKey = RegisteredKey(id: "k-0123456789abcdef", alg: "ed25519", spki: "AA==")

    /// Registrations and a revocation interleaved with events, and regulator events between them, so
    /// only the ledger order satisfies every issuer's chain.
    static func ledger() throws -> Chain {
        let pigs = try code("510112", "003", "261127", 1)
        var chain = Chain()
        try chain.add(
            "REG-510100", "2026-11-01T00:00:00+08:00",
            RegisterBody(
                party: "FARM-510112-003", name: "龙泉驿生猪养殖场",
                role: .farm, area: "510112", node: "003", keys: [farmKey]))
        try chain.add(
            "FARM-510112-003", "2026-11-27T08:00:00+08:00",
            ProduceBody(
                batch: pigs, product: SampleChain.pig,
                quantity: try kg("1250.5"), origin: Place(area: "510112", name: "龙泉驿区")))
        try chain.add(
            "REG-510100", "2026-11-27T09:00:00+08:00",
            TestBody(batch: pigs, analyte: "clenbuterol", method: "rapid", result: "negative"))
        try chain.add(
            "REG-510100", "2026-11-27T09:30:00+08:00",
            RegisterBody(
                party: "SH-510112-001", name: "成都定点屠宰厂",
                role: .slaughterhouse, area: "510112", node: "001",
                keys: [RegisteredKey(id: "k-fedcba9876543210", alg: "ed25519", spki: "AA==")]))
        try chain.add(
            "FARM-510112-003", "2026-11-27T10:00:00+08:00",
            ShipBody(
                shipment: "S-1", batch: pigs, quantity: try kg("1250.5"),
                to: "SH-510112-001", documents: []))
        try chain.add(
            "REG-510100", "2026-11-28T00:00:00+08:00",
            RevokeBody(
                key: farmKey.id, from: try time("2026-11-28T00:00:00+08:00"),
                reason: "key lost"))
        try chain.add(
            "SH-510112-001", "2026-11-28T10:00:00+08:00",
            ReceiveBody(
                shipment: "S-1", from: "FARM-510112-003", batch: pigs,
                as: pigs, quantity: try kg("1250.5"), documents: [], accepted: true))
        try chain.add(
            "REG-510100", "2026-11-29T00:00:00+08:00",
            RevokeBody(
                party: "FARM-510112-003",
                from: try time("2026-11-29T00:00:00+08:00"), reason: "closed"))
        return chain
    }

    static let mapper = EPCISImportMapper(
        importer: ImportingParty(id: "MKT-510104-001", area: "510104", node: "001"),
        defaults: .init(product: SampleChain.carcass, origin: Place(area: "510112", name: "龙泉驿区")))

    @Test("the document with master data validates against the EPCIS 2.0.1 JSON Schema")
    func validates() throws {
        let document = try exportDocument(try Self.ledger())
        let result = try schemaProblems(document.bytes)
        #expect(result.status == 0, "schema validation failed:\n\(result.output)")
        let json = try JSONParser.parse(document.bytes, limits: EPCISDocumentLayout.limits)
        guard case .array(let vocabularies)? = json["epcisHeader"]?["epcisMasterData"]?["vocabularyList"],
            case .array(let elements)? = vocabularies.first?["vocabularyElementList"]
        else {
            Issue.record("no master data")
            return
        }
        #expect(vocabularies.first?["type"]?.stringValue == "urn:foodtrace:vtype:TrustRecord")
        #expect(elements.count == 4)
        #expect(elements[0]["id"]?.stringValue == FoodTraceURI.record(try Self.ledger().records[0].id))
    }

    @Test("the import plan puts every record back in ledger order, ids and signatures unchanged")
    func ledgerOrder() throws {
        let chain = try Self.ledger()
        let document = try EPCISReader.read(document: try exportDocument(chain).bytes)
        #expect(document.events.count == 4)
        #expect(document.masterRecords.map(\.eventsBefore) == [0, 2, 3, 4])
        let plan = EPCISImportPlan(document: document, outcomes: Self.mapper.map(document))
        #expect(plan.skipped.isEmpty)
        var ids: [String] = []
        for step in plan.steps {
            guard case .signed(let record, let id, _) = step else {
                Issue.record("a foreign step: \(step)")
                continue
            }
            #expect(record.sig == chain.records[ids.count].record.sig)
            ids.append(id)
        }
        #expect(ids == chain.records.map(\.id))
        #expect(plan.steps[0].path == "$.epcisHeader.epcisMasterData.vocabularyList[0].vocabularyElementList[0]")
        #expect(plan.steps[1].path == "$.epcisBody.eventList[0]")
    }

    @Test("master data without positions goes first; foreign vocabularies are ignored")
    func withoutPositions() throws {
        let chain = try Self.ledger()
        let register = chain.records[0]
        let text = String(decoding: register.record.canonicalBytes, as: UTF8.self)
        let header: JSONValue = .object([
            (
                "epcisMasterData",
                .object([
                    (
                        "vocabularyList",
                        .array([
                            .object([
                                ("type", .string("urn:epcglobal:epcis:vtype:BusinessLocation")),
                                (
                                    "vocabularyElementList",
                                    .array([.object([("id", .string("urn:epc:id:sgln:0614141.00777.0"))])])
                                ),
                            ]),
                            .object([
                                ("type", .string(FoodTraceURI.trustRecordVocabulary)),
                                (
                                    "vocabularyElementList",
                                    .array([
                                        .object([
                                            ("id", .string(FoodTraceURI.record(register.id))),
                                            (
                                                "attributes",
                                                .array([
                                                    .object([
                                                        ("id", .string("urn:foodtrace:epcis:record")),
                                                        ("attribute", .string(text)),
                                                    ])
                                                ])
                                            ),
                                        ])
                                    ])
                                ),
                            ]),
                        ])
                    )
                ])
            )
        ])
        let document = try EPCISReader.read(document: Self.document(header: header, events: ""))
        #expect(document.masterRecords.map(\.id) == [register.id])
        #expect(document.masterRecords.first?.eventsBefore == nil)
    }

    static func document(header: JSONValue, events: String) -> [UInt8] {
        Array(
            (#"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ft":"urn:foodtrace:epcis:"}],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2020-01-01T10:00:00Z","epcisHeader":"#
                + String(decoding: JSONWriter.bytes(header), as: UTF8.self) + #","epcisBody":{"eventList":["# + events
                + "]}}").utf8)
    }

    static func element(id: String, _ attributes: [(String, JSONValue)]) -> JSONValue {
        .object([
            (
                "epcisMasterData",
                .object([
                    (
                        "vocabularyList",
                        .array([
                            .object([
                                ("type", .string(FoodTraceURI.trustRecordVocabulary)),
                                (
                                    "vocabularyElementList",
                                    .array([
                                        .object([
                                            ("id", .string(id)),
                                            (
                                                "attributes",
                                                .array(
                                                    attributes.map {
                                                        .object([("id", .string($0.0)), ("attribute", $0.1)])
                                                    })
                                            ),
                                        ])
                                    ])
                                ),
                            ])
                        ])
                    )
                ])
            )
        ])
    }

    @Test("bad master data is refused with its JSON path")
    func refusesBadMasterData() throws {
        let chain = try Self.ledger()
        let register = chain.records[0]
        let produce = chain.records[1]
        let path = "$.epcisHeader.epcisMasterData.vocabularyList[0].vocabularyElementList[0]"
        let cases: [(JSONValue, String, String)] = [
            (
                Self.element(
                    id: FoodTraceURI.record(produce.id),
                    [("ft:record", .string(String(decoding: produce.record.canonicalBytes, as: UTF8.self)))]),
                path + ".attributes[0].attribute", "register and revoke records only"
            ),
            (
                Self.element(
                    id: FoodTraceURI.record(produce.id),
                    [("ft:record", .string(String(decoding: register.record.canonicalBytes, as: UTF8.self)))]),
                path + ".id", "has id \(register.id)"
            ),
            (
                Self.element(
                    id: FoodTraceURI.record(register.id),
                    [
                        ("ft:record", .string(String(decoding: register.record.canonicalBytes, as: UTF8.self))),
                        ("ft:eventsBefore", .number("1")),
                    ]),
                path + ".attributes[1].attribute", "from 0 to the number of events (0)"
            ),
            (
                Self.element(id: FoodTraceURI.record(register.id), [("ft:record", .string("{}"))]),
                path + ".attributes[0].attribute", "invalid"
            ),
            (.object([("epcisMasterData", .array([]))]), "$.epcisHeader.epcisMasterData", "must be an object"),
        ]
        for (header, expectedPath, reason) in cases {
            let error = #expect(throws: InteropError.self) {
                try EPCISReader.read(document: Self.document(header: header, events: ""))
            }
            #expect(error?.path == expectedPath)
            #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
        }
    }

    @Test("an event whose ft:recordID does not match its record is refused")
    func refusesMismatchedRecordID() throws {
        let chain = try SampleChain.chain()
        let text = String(decoding: try exportDocument(chain).bytes, as: UTF8.self)
            .replacingOccurrences(
                of: #""ft:recordID":"\#(chain.records[2].id)""#, with: #""ft:recordID":"\#(chain.records[1].id)""#)
        let error = #expect(throws: InteropError.self) { try EPCISReader.read(document: Array(text.utf8)) }
        #expect(error?.path == #"$.epcisBody.eventList[2]["ft:recordID"]"#)
        #expect(error?.reason.contains("does not match the embedded record") == true)
    }
}
