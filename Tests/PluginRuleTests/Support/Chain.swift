import Foundation
import Testing
import TraceAudit
import TraceCrypto
import TraceModel
import TraceStore
import TraceStoreAudit

/// A party of a test chain, with its key, chain head and trace-code serial.
final class Actor {
    let id: String
    let name: String
    let role: Role
    let area: String
    let node: String
    let key: PrivateKey
    var seq = 0
    var prev: String?
    var serial = 0
    /// The time of the actor's last record.
    var lastAt: Timestamp?
    /// The register record.
    var record = ""

    init(id: String, name: String, role: Role, area: String, node: String) throws {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.node = node
        key = try PrivateKey.generate(.ed25519)
    }

    var registeredKey: RegisteredKey {
        RegisteredKey(
            id: key.publicKey.keyID, alg: key.algorithm.rawValue,
            spki: Data(key.publicKey.spkiDER).base64EncodedString())
    }

    /// A fresh trace code of this party (dated on the chain's start day).
    func code() -> TraceCode {
        serial += 1
        return TraceCode(area: area, node: node, date: Chain.start.localDateDigits, serial: serial)!
    }
}

/// Builds a small signed chain in an in-memory store, one record at a time, each ingested at once
/// (and required to be accepted).
final class Chain {
    /// 2026-11-28T06:00:00+08:00.
    static let start = Timestamp("2026-11-28T06:00:00+08:00")!
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    let regulator: Actor
    let store: TraceStore
    private var nodes = 0
    private var ingestClock: Int64 = 1_800_000_000_000
    private var documentSerial = 0

    init() throws {
        regulator = try Actor(id: "REG-510100", name: "成都市市场监督管理局", role: .regulator, area: "510100", node: "000")
        store = try TraceStore.inMemory(anchors: [
            TrustAnchor(party: regulator.id, name: regulator.name, area: regulator.area, key: regulator.key.publicKey)
        ])
    }

    /// The time `hours` after the chain's start.
    static func at(hours: Double) -> Timestamp {
        start.adding(milliseconds: Int64(hours * 3_600_000))
    }

    /// Signs `body` as `actor` at `time` and ingests it; returns the record id.
    @discardableResult
    func add(
        _ actor: Actor, _ body: some RecordBody, at time: Timestamp, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        // A party's records never go back in time (a store refuses that): a record a scenario dates before the
        // actor's last one is dated with the last one's time.
        let time = actor.lastAt.map { max($0, time) } ?? time
        actor.lastAt = time
        actor.seq += 1
        let record = try Record(
            kind: type(of: body).kind, issuer: actor.id, seq: actor.seq, prev: actor.prev, at: time, body: body
        )
        .signed(by: actor.key)
        actor.prev = record.id
        ingestClock += 1_000
        let report = try store.ingest(
            [IngestLine(number: 1, bytes: record.canonicalBytes)], source: "test", now: ingestClock)
        try #require(report.rejected.isEmpty, "refused: \(report.rejected)", sourceLocation: sourceLocation)
        return record.id
    }

    /// A valid unified social credit code in `area`, distinct per call.
    func creditCode(area: String = "510100") -> String {
        documentSerial += 1
        let body = "91" + area + String(String(1_000_000_000 + documentSerial).dropFirst())
        return body + String(LicenceNumbers.creditCodeCheck(body)!)
    }

    /// A document number with `prefix`, distinct per call.
    func number(_ prefix: String) -> String {
        documentSerial += 1
        return "\(prefix)\(100_000 + documentSerial)"
    }

    /// Registers a party (by the regulator, a day before the start); suppliers get a business licence
    /// valid for years unless `licences` says otherwise.
    func party(
        _ prefix: String, _ role: Role, name: String? = nil, parent: Actor? = nil, creditCode: String?? = nil,
        licences: [Licence]? = nil
    ) throws -> Actor {
        nodes += 1
        let node = String(String(1000 + nodes).dropFirst())
        let actor = try Actor(
            id: "\(prefix)-510104-\(node)", name: name ?? "\(prefix)\(node)", role: role, area: "510104", node: node)
        let code: String? = creditCode ?? ([.stall, .vetAuthority, .lab].contains(role) ? nil : self.creditCode())
        let supplier: Set<Role> = [.farm, .slaughterhouse, .processor, .distributor, .wholesaleMarket, .retailMarket]
        let standard =
            supplier.contains(role)
            ? [
                Licence(
                    type: .businessLicence, number: "BL\(code ?? actor.id)", validFrom: Self.at(hours: -9000),
                    validUntil: Self.at(hours: 90000))
            ]
            : nil
        actor.record = try add(
            regulator,
            RegisterBody(
                party: actor.id, name: actor.name, role: role, area: actor.area, node: node, parent: parent?.id,
                address: "成都市",
                contact: "028-80000000", creditCode: code, keys: [actor.registeredKey], licences: licences ?? standard),
            at: Self.at(hours: -24))
        return actor
    }

    /// A `certify` record; returns (record id, the reference receipts quote).
    @discardableResult
    func certify(
        _ issuer: Actor, _ type: DocumentType, number: String? = nil, subject: Actor? = nil, batch: TraceCode? = nil,
        product: Product? = nil, quantity: Quantity? = nil, from: Timestamp, until: Timestamp? = nil,
        result: String? = nil, at: Timestamp? = nil
    ) throws -> (id: String, ref: DocumentRef) {
        let ref = DocumentRef(type: type, number: number ?? self.number(String(type.rawValue.prefix(2)).uppercased()))
        let id = try add(
            issuer,
            CertifyBody(
                type: type, number: ref.number, subject: subject?.id, batch: batch, product: product,
                quantity: quantity,
                validFrom: from, validUntil: until, result: result), at: at ?? from)
        return (id, ref)
    }

    /// A farm lot; returns (record id, code).
    func produce(_ farm: Actor, _ product: Product, _ quantity: Quantity, at: Timestamp, expires: Timestamp? = nil)
        throws -> (id: String, code: TraceCode)
    {
        let code = farm.code()
        let id = try add(
            farm,
            ProduceBody(
                batch: code, product: product, quantity: quantity,
                origin: Place(area: "510131", name: "蒲江县"), expires: expires), at: at)
        return (id, code)
    }

    /// Ships and receives; returns (receive record id, ship record id, the receiver's new batch).
    @discardableResult
    func transfer(
        _ from: Actor, _ batch: TraceCode, _ quantity: Quantity, to receiver: Actor, documents: [DocumentRef],
        receiptDocuments: [DocumentRef]? = nil, at: Timestamp, expires: Timestamp? = nil,
        inspectors: [String]? = ["王敏", "李强"], accepted: Bool = true
    ) throws -> (receipt: String, ship: String, code: TraceCode) {
        let shipment = number("SHP")
        let ship = try add(
            from, ShipBody(shipment: shipment, batch: batch, quantity: quantity, to: receiver.id, documents: documents),
            at: at)
        let local = receiver.code()
        let receipt = try add(
            receiver,
            ReceiveBody(
                shipment: shipment, from: from.id, batch: batch, as: local, quantity: quantity,
                documents: receiptDocuments ?? documents,
                accepted: accepted, inspectors: inspectors, expires: expires), at: at.adding(milliseconds: 30 * 60_000))
        return (receipt, ship, local)
    }

    /// Runs `plugin` with `now` (default: ten days after the start) over `scope`.
    func run(
        _ plugin: some AuditPlugin, now: Timestamp = Chain.at(hours: 240), scope: AuditScope = AuditScope(),
        parameters: [String: String] = [:]
    ) throws -> [Finding] {
        try store.withAuditQuery { query in
            try plugin.run(AuditContext(query: query, now: now.epochMilliseconds, scope: scope, parameters: parameters))
        }
    }
}

extension Quantity {
    static func kg(_ value: Int) -> Quantity { Quantity(Amount(value), .kilogram) }
    static func head(_ count: Int) -> Quantity { Quantity(Amount(count), .head) }
}

extension Product {
    static let livePig = Product(code: "0101", name: "生猪", category: .livePig)
    static let pork = Product(code: "010101", name: "白条猪肉", category: .pork)
    static let beef = Product(code: "010201", name: "牛肉", category: .beef)
    static let cabbage = Product(code: "0201", name: "大白菜", category: .vegetable)
    static let greenBeans = Product(code: "0206", name: "四季豆", category: .vegetable)
}

extension [Finding] {
    /// The findings of one rule (`plugin/rule`).
    func of(_ rule: String) -> [Finding] { filter { $0.rule == rule } }
}
