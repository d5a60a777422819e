import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// A party of a test chain with its key and the node part of its trace codes.
struct MiniParty {
    let id: String
    let role: Role
    let area: String
    let node: String
    let key: PrivateKey
}

/// A small signed food chain in an in-memory store: each call signs one record and ingests it (it must pass).
///
/// Times are explicit, so a test can put a sale just before or just after a recall notice.
final class MiniChain {
    /// Friday 2026-11-27 08:00 +08:00, the chain's day zero.
    static let day0 = Timestamp("2026-11-27T08:00:00+08:00")!

    let store: TraceStore
    let regulator: MiniParty
    private var heads: [String: (seq: Int, id: String)] = [:]
    private var serials: [String: Int] = [:]
    private var ingestClock: Int64 = 0

    init() throws {
        regulator = MiniParty(
            id: "REG-510100", role: .regulator, area: "510100", node: "000", key: try PrivateKey.generate(.ed25519))
        store = try TraceStore.inMemory(anchors: [
            TrustAnchor(party: regulator.id, name: "成都市市场监督管理局", area: regulator.area, key: regulator.key.publicKey)
        ])
    }

    /// `minutes` after day zero.
    static func at(_ minutes: Int64) -> Timestamp { day0.adding(milliseconds: minutes * 60_000) }

    /// Signs and ingests one record; it must be accepted. Returns its id.
    @discardableResult
    func emit(_ issuer: MiniParty, _ body: some RecordBody, at minutes: Int64) throws -> String {
        let head = heads[issuer.id]
        let record = try Record(
            kind: type(of: body).kind, issuer: issuer.id, seq: (head?.seq ?? 0) + 1, prev: head?.id,
            at: Self.at(minutes), body: body
        ).signed(by: issuer.key)
        // The store's clock is never behind the record (a store refuses records from its future).
        ingestClock = max(ingestClock + 1, record.at.epochMilliseconds)
        let report = try store.ingest(
            [IngestLine(number: 1, bytes: record.canonicalBytes)], source: "test", now: ingestClock)
        guard report.rejected.isEmpty else {
            throw ChainError("\(type(of: body).kind.rawValue) refused: \(report.rejected)")
        }
        heads[issuer.id] = (record.seq, record.id)
        return record.id
    }

    /// Registers a party (the regulator's `register` record).
    func register(_ id: String, _ role: Role, area: String = "510104", node: String, parent: String? = nil) throws
        -> MiniParty
    {
        let party = MiniParty(id: id, role: role, area: area, node: node, key: try PrivateKey.generate(.ed25519))
        let key = RegisteredKey(
            id: party.key.publicKey.keyID, alg: "ed25519", spki: Data(party.key.publicKey.spkiDER).base64EncodedString()
        )
        try emit(
            regulator,
            RegisterBody(
                party: id, name: "\(id) 名称", role: role, area: area, node: node, parent: parent,
                contact: "028-8000\(node)", keys: [key]), at: 0)
        return party
    }

    /// A fresh trace code of `party`.
    func code(_ party: MiniParty) -> TraceCode {
        let serial = (serials[party.id] ?? 0) + 1
        serials[party.id] = serial
        return TraceCode(area: party.area, node: party.node, date: Self.day0.localDateDigits, serial: serial)!
    }

    func produce(_ farm: MiniParty, _ quantity: Quantity, product: Product, at minutes: Int64) throws -> TraceCode {
        let lot = code(farm)
        try emit(
            farm,
            ProduceBody(batch: lot, product: product, quantity: quantity, origin: Place(area: farm.area, name: "龙泉驿区")),
            at: minutes)
        return lot
    }

    /// Ships and (unless `receive` is false) receives; returns the ship record and the receiver's batch.
    @discardableResult
    func transfer(
        _ batch: TraceCode, _ quantity: Quantity, from: MiniParty, to: MiniParty, at minutes: Int64,
        receive: Bool = true,
        received: Quantity? = nil
    ) throws -> (ship: String, local: TraceCode?) {
        let shipment = "SHP-\(batch.digits.suffix(6))-\(minutes)"
        let ship = try emit(
            from, ShipBody(shipment: shipment, batch: batch, quantity: quantity, to: to.id, documents: []), at: minutes)
        guard receive else { return (ship, nil) }
        let local = code(to)
        try emit(
            to,
            ReceiveBody(
                shipment: shipment, from: from.id, batch: batch, as: local, quantity: received ?? quantity,
                documents: [],
                accepted: true), at: minutes + 30)
        return (ship, local)
    }

    func transform(
        _ house: MiniParty, _ input: TraceCode, _ taken: Quantity, into output: Quantity, product: Product,
        at minutes: Int64
    ) throws -> (record: String, output: TraceCode) {
        let out = code(house)
        let record = try emit(
            house,
            TransformBody(
                process: .slaughter, inputs: [BatchQuantity(batch: input, quantity: taken)],
                outputs: [TransformOutput(batch: out, product: product, quantity: output)]), at: minutes)
        return (record, out)
    }

    func sell(_ stall: MiniParty, _ batch: TraceCode, _ quantity: Quantity, at minutes: Int64) throws -> (
        record: String, slip: TraceCode
    ) {
        let slip = code(stall)
        let record = try emit(
            stall,
            SellBody(
                slip: slip, batch: batch, quantity: quantity, unitPrice: Amount(30),
                amount: quantity.value.multiplied(by: Amount(30))!), at: minutes)
        return (record, slip)
    }

    func use(_ canteen: MiniParty, _ ingredients: [BatchQuantity], at minutes: Int64) throws -> (
        record: String, meal: TraceCode
    ) {
        let meal = code(canteen)
        let sample = Sample(grams: Amount(150), keptUntil: Self.at(minutes + 49 * 60), keptBy: "留样员")
        let record = try emit(
            canteen,
            UseBody(
                meal: meal, service: "lunch", servedAt: Self.at(minutes), diners: 100,
                dishes: [Dish(name: "回锅肉", ingredients: ingredients, sample: sample)]), at: minutes)
        return (record, meal)
    }
}

struct ChainError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Quantity {
    static func kg(_ text: String) -> Quantity { Quantity(Amount(text)!, .kilogram) }
    static func head(_ count: Int) -> Quantity { Quantity(Amount(count), .head) }
}

extension Product {
    static let livePig = Product(code: "01030101", name: "生猪", category: .livePig)
    static let pork = Product(code: "01010101", name: "白条猪肉", category: .pork)
    static let cabbage = Product(code: "02010101", name: "白菜", category: .vegetable)
}

/// A farm, a slaughterhouse, a wholesale market, a stall and a school canteen.
struct MiniCity {
    let chain: MiniChain
    let farm: MiniParty
    let house: MiniParty
    let market: MiniParty
    let stall: MiniParty
    let canteen: MiniParty

    init() throws {
        chain = try MiniChain()
        farm = try chain.register("FARM-510112-001", .farm, area: "510112", node: "001")
        house = try chain.register("SH-510112-002", .slaughterhouse, area: "510112", node: "002")
        market = try chain.register("WM-510104-001", .wholesaleMarket, node: "001")
        stall = try chain.register("ST-510104-002", .stall, node: "002", parent: market.id)
        canteen = try chain.register("SC-510104-003", .schoolCanteen, node: "003")
    }
}
