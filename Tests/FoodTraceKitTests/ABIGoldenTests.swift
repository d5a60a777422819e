import FoodTraceKit
import Foundation
import Testing

/// The messages of plugin ABI 1 against the golden files in `schemas/plugin-abi/examples/`: each value encodes to its
/// file byte for byte, and each file decodes to the value. A refactor that changes what crosses the ABI (a renamed
/// member, a changed type, a new required member) fails here before it breaks a plugin built earlier.
/// `scripts/check-schemas` validates the same files against the JSON Schemas beside them.
/// `RECORD_SNAPSHOTS=1` writes the files instead (a deliberate change of the ABI, which needs a new ABI version
/// unless it only adds optional members).
@Suite("ABI 1 messages: golden files")
struct ABIGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas/plugin-abi/examples")

    static let record = "sha256:8f4c2b1a9d3e7f6051a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708"
    static let ship = "sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"
    static let kg = Quantity(Amount("120.5")!, .kilogram)
    static let pork = Product(code: "pork-carcass", name: "白条猪", category: .pork)

    static let rule = AuditRule(
        id: "large-sale", title: "单笔销售过大", titleEnglish: "Sale too large", severity: .warning,
        source: "食品经营许可和备案管理办法 (2023) 第十条",
        parameters: [
            RuleParameter(
                name: "max-kg", defaultValue: "100", description: "Largest sale in kilograms.", type: .decimal),
            RuleParameter(
                name: "roles", defaultValue: "stall", description: "Roles checked.", type: .list,
                choices: ["stall", "retail-market"]),
            RuleParameter(name: "note", defaultValue: "", description: "Free text."),
        ])

    static let finding = Finding(
        rule: "sample/large-sale", severity: .warning, subject: "51010400226112800013",
        message: "销售 120.5 kg，超过 100 kg",
        evidence: [record, ship])

    static let node = GraphNode(
        code: "51010400226112800013", type: .batch, holder: "STALL-510104-001-A12", record: record, kind: .receive,
        atMilliseconds: 1_764_288_000_000, product: pork, productName: nil, quantity: kg,
        expiresMilliseconds: 1_764_547_200_000, origin: Place(area: "510181", name: "都江堰"))

    /// Every golden file, with the value it holds.
    static let messages:
        [(file: String, value: any Codable & Sendable, decode: @Sendable (Data) throws -> any Sendable)] = [
            message("manifest", ManifestFixture.manifest),
            message(
                "run-request",
                PluginRunRequest(
                    now: 1_764_547_200_000,
                    scope: AuditScope(
                        party: "STALL-510104-001-A12", since: 1_764_259_200_000, until: 1_764_604_800_000),
                    parameters: ["large-sale.max-kg": "150"])),
            message("run-response", PluginRunResponse(findings: [finding])),
            message(
                "run-error",
                PluginRunResponse(error: "parameter large-sale.max-kg=lots: expected an exact decimal number")),
            message(
                "query-records",
                PluginQueryRequest(method: .records, scope: AuditScope(party: "STALL-510104-001-A12"), kind: .sell)),
            message(
                "query-overdrawn-batches",
                PluginQueryRequest(
                    method: .overdrawnBatches, movementKinds: ["sell", "ship"], through: 1_764_547_200_000)),
            message(
                "query-nodes-without-inputs",
                PluginQueryRequest(method: .nodesWithoutInputs, kinds: [.receive, .transform])),
            message("query-node", PluginQueryRequest(method: .node, code: "51010400226112800013")),
            message(
                "answer-parties",
                PluginQueryResponse(result: [
                    AuditParty(
                        id: "STALL-510104-001-A12", name: "A12 鲜肉摊", role: .stall, area: "510104",
                        parent: "MKT-510104-001", creditCode: "91510104MA61XXXX0X",
                        licences: [
                            Licence(
                                type: .businessLicence, number: "JY15101040001234",
                                validFrom: Timestamp("2025-01-01T00:00:00+08:00")!,
                                validUntil: Timestamp("2030-01-01T00:00:00+08:00")!)
                        ], record: record)
                ])),
            message(
                "answer-documents",
                PluginQueryResponse(result: [
                    AuditDocument(
                        record: record, issuer: "VET-510100", issuerRole: .vetAuthority, type: .productQuarantine,
                        number: "5101000012345", subject: "SH-510185-001", batch: "51018500126112800011", quantity: kg,
                        validFrom: 1_764_201_600_000, validUntil: 1_764_460_800_000, result: nil, revokedFrom: nil,
                        at: 1_764_201_600_000)
                ])),
            message(
                "answer-receipts",
                PluginQueryResponse(result: [
                    AuditReceipt(
                        record: record, at: 1_764_288_000_000, receiver: "STALL-510104-001-A12", receiverRole: .stall,
                        sender: "MKT-510104-001", senderRole: .retailMarket, batch: "51010400126112800019",
                        local: "51010400226112800013", product: pork, quantity: kg,
                        documents: [DocumentRef(type: .productQuarantine, number: "5101000012345")], accepted: true,
                        expires: nil, shipRecord: ship)
                ])),
            message(
                "answer-records",
                PluginQueryResponse(result: [
                    AuditRecord(
                        id: record, issuer: "STALL-510104-001-A12", kind: .sell, at: 1_764_295_200_000,
                        bodyJSON: #"{"batch":"51010400226112800013","quantity":{"unit":"kg","value":"1.5"}}"#)
                ])),
            message("answer-node", PluginQueryResponse(result: NodeMessage(node))),
            message("answer-no-node", PluginQueryResponse<NodeMessage>(result: nil)),
            message(
                "answer-parents",
                PluginQueryResponse(result: [
                    EdgeMessage(
                        GraphEdge(
                            parent: "51010400126112800019", child: "51010400226112800013", kind: .receive,
                            record: record,
                            quantity: kg))
                ])),
            message("answer-ancestors", PluginQueryResponse(result: ["51010400226112800013", "51010400126112800019"])),
            message(
                "answer-movements",
                PluginQueryResponse(result: [
                    MovementMessage(
                        Movement(
                            kind: "sell", record: record, delta: Amount(micros: -2_500_000),
                            atMilliseconds: 1_764_295_200_000,
                            counterparty: nil))
                ])),
            message(
                "answer-shipments",
                PluginQueryResponse(result: [
                    ShipmentMessage(
                        Shipment(
                            record: ship, shipment: "DN-20261128-0007", sender: "MKT-510104-001",
                            receiver: "STALL-510104-001-A12", batch: "51010400126112800019", quantity: kg,
                            atMilliseconds: 1_764_280_800_000, receivedBy: record))
                ])),
            message(
                "answer-documents-quoted",
                PluginQueryResponse(result: [DocumentRef(type: .meatInspection, number: "MI-2026-000123")])),
            message("answer-overdrawn-batches", PluginQueryResponse(result: ["51010400226112800013"])),
            message("answer-error", PluginQueryResponse<[String]>(error: "records needs \"kind\"")),
        ]

    static func message<T: Codable & Sendable>(_ file: String, _ value: T)
        -> (file: String, value: any Codable & Sendable, decode: @Sendable (Data) throws -> any Sendable)
    {
        (file, value, { data in try JSONDecoder().decode(T.self, from: data) })
    }

    @Test("each message encodes to its golden file and the file decodes to it", arguments: 0..<messages.count)
    func golden(index: Int) throws {
        let (file, value, decode) = Self.messages[index]
        let url = Self.folder.appendingPathComponent("\(file).json")
        let encoded = try PluginJSON.encode(value) + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(encoded.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(encoded == golden, "\(file).json")
        let decoded = try decode(Data(golden.utf8))
        #expect(String(describing: decoded) == String(describing: value), "\(file).json decodes to the value")
    }

    @Test("every query method has a request golden file or appears in the schema's method list")
    func methodsCovered() throws {
        let schema = try String(
            contentsOf: Self.folder.deletingLastPathComponent().appendingPathComponent("query-request.schema.json"),
            encoding: .utf8)
        for method in PluginQueryMethod.allCases {
            #expect(schema.contains("\"\(method.rawValue)\""), "query-request.schema.json lists \(method.rawValue)")
        }
    }
}

/// The manifest golden file's value.
enum ManifestFixture {
    static let manifest: PluginManifest = {
        var manifest = PluginManifest(SamplePlugin())
        manifest.abi = 1
        return manifest
    }()

    struct SamplePlugin: AuditPlugin {
        let name = "sample"
        let version = "1.2.0"
        var rules: [AuditRule] { [ABIGoldenTests.rule] }
        func run(_ context: AuditContext) throws -> [Finding] { [] }
    }
}
