import FoodTraceKit
import MarketSupervision

/// An in-memory market area for the rules: parties, receipts, tests and documents, served as an ``AuditQuery``.
struct MarketFixture: AuditQuery {
    static let market = "MKT-510104-001"
    static let supplier = "WHS-510100-001"
    static let regulator = "REG-510100"
    /// 2026-11-28T00:00:00+08:00.
    static let day0: Int64 = 1_795_795_200_000
    static let hour: Int64 = 3_600_000

    var partyList: [AuditParty] = []
    var receiptList: [AuditReceipt] = []
    var testRecords: [AuditRecord] = []
    var certifyRecords: [AuditRecord] = []
    var documentList: [AuditDocument] = []
    var serial = 0
    var nodes: [String: GraphNode] = [:]

    /// A market with `stalls` stalls (ids `STALL-…-0001` …), and a wholesale supplier.
    init(stalls: Int) {
        partyList.append(party(Self.market, .retailMarket, parent: nil))
        partyList.append(party(Self.supplier, .wholesaleMarket, parent: nil))
        for index in stride(from: 1, through: stalls, by: 1) {
            partyList.append(party(Self.stall(index), .stall, parent: Self.market))
        }
    }

    static func stall(_ index: Int) -> String { "STALL-510104-001-\(index)" }

    private func party(_ id: String, _ role: Role, parent: String?) -> AuditParty {
        AuditParty(
            id: id, name: "名称 \(id)", role: role, area: "510104", parent: parent, creditCode: "91510104MA6CXXXX1X",
            licences: [], record: Self.recordID("register \(id)"))
    }

    static func recordID(_ seed: String) -> String {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let hex = String(hash, radix: 16)
        return "sha256:" + String(repeating: "0", count: 64 - hex.count) + hex
    }

    mutating func code() -> String {
        serial += 1
        return TraceCode(area: "510104", node: "001", date: "261128", serial: serial)!.digits
    }

    /// A receipt of pork by `receiver` from `sender` at `at`; returns the receiver's new batch.
    @discardableResult
    mutating func receive(by receiver: String, from sender: String = supplier, at: Int64, accepted: Bool = true)
        -> String
    {
        let local = code()
        let record = Self.recordID("receipt \(receiptList.count)")
        let pork = Product(code: "01010101", name: "白条猪肉", category: .pork)
        receiptList.append(
            AuditReceipt(
                record: record, at: at, receiver: receiver,
                receiverRole: receiver == Self.market ? .retailMarket : .stall,
                sender: sender, senderRole: .wholesaleMarket, batch: code(), local: accepted ? local : nil,
                product: pork, quantity: Quantity(Amount(10), .kilogram), documents: [], accepted: accepted,
                expires: nil, shipRecord: nil))
        nodes[local] = GraphNode(
            code: local, type: .batch, holder: receiver, record: record, kind: .receive, atMilliseconds: at,
            product: pork, productName: nil, quantity: Quantity(Amount(10), .kilogram), expiresMilliseconds: nil,
            origin: nil)
        return local
    }

    /// A test of `batch` issued by `issuer`.
    mutating func test(
        _ batch: String, by issuer: String = market, at: Int64, analyte: String = "clenbuterol",
        method: String = "rapid", result: String = "negative"
    ) {
        testRecords.append(
            AuditRecord(
                id: Self.recordID("test \(testRecords.count)"), issuer: issuer, kind: .test, at: at,
                bodyJSON:
                    #"{"analyte":"\#(analyte)","batch":"\#(batch)","method":"\#(method)","result":"\#(result)"}"#))
    }

    /// A `certify` of `type` about `subject`, issued by `issuer`, valid from `from`; vendor files state product and
    /// origin unless told not to.
    mutating func certify(
        _ type: DocumentType, subject: String, by issuer: String, from: Int64, until: Int64? = nil,
        revoked: Int64? = nil, product: Bool = true, origin: Bool = true
    ) {
        let id = Self.recordID("certify \(documentList.count)")
        documentList.append(
            AuditDocument(
                record: id, issuer: issuer, issuerRole: nil, type: type,
                number: "\(type.rawValue)-\(documentList.count)",
                subject: subject, batch: nil, quantity: nil, validFrom: from, validUntil: until, result: nil,
                revokedFrom: revoked, at: from))
        var body =
            #"{"number":"\#(type.rawValue)-\#(documentList.count - 1)","subject":"\#(subject)","type":"\#(type.rawValue)","validFrom":"\#(Timestamp(epochMilliseconds: from).text)""#
        if product { body += #","product":{"category":"pork","code":"01010101","name":"白条猪肉"}"# }
        if origin { body += #","origin":{"area":"510181","name":"都江堰"}"# }
        certifyRecords.append(
            AuditRecord(id: id, issuer: issuer, kind: .certify, at: from, bodyJSON: body + "}"))
    }

    /// The plugin's findings over this fixture, in the window `[since, until)`.
    func run(since: Int64? = nil, until: Int64? = nil, parameters: [String: String] = [:]) throws -> [Finding] {
        try MarketSupervisionPlugin().run(
            AuditContext(
                query: self, now: Self.day0 + 10 * 24 * Self.hour, scope: AuditScope(since: since, until: until),
                parameters: parameters))
    }

    /// The findings of one rule at warning or above.
    func reported(_ rule: String, parameters: [String: String] = [:]) throws -> [Finding] {
        try run(parameters: parameters).filter { $0.rule == "market-supervision/\(rule)" && $0.severity >= .warning }
    }

    func parties() throws -> [AuditParty] { partyList }
    func documents() throws -> [AuditDocument] { documentList }
    func receipts(_ scope: AuditScope) throws -> [AuditReceipt] { receiptList.filter { scope.contains($0.at) } }
    func records(kind: RecordKind, _ scope: AuditScope) throws -> [AuditRecord] {
        (kind == .test ? testRecords : kind == .certify ? certifyRecords : []).filter { scope.contains($0.at) }
    }
    func node(_ code: String) throws -> GraphNode? { nodes[code] }
    func parents(of code: String) throws -> [GraphEdge] { [] }
    func nodesWithoutInputs(createdBy kinds: [RecordKind], _ scope: AuditScope) throws -> [GraphNode] { [] }
    func children(of code: String) throws -> [GraphEdge] { [] }
    func ancestors(of code: String) throws -> [String] { [code] }
    func descendants(of code: String) throws -> [String] { [code] }
    func movements(of code: String) throws -> [Movement] { [] }
    func documentsQuoted(creating code: String) throws -> [DocumentRef]? { nil }
    func overdrawnBatches(outflows: [String], through: Int64) throws -> [String] { [] }
    func shipments(of code: String) throws -> [Shipment] { [] }
    func shipments(_ scope: AuditScope) throws -> [Shipment] { [] }
    func traceUp(_ code: String) throws -> TraceResult { throw PluginCallError("no traces in this fixture") }
}
