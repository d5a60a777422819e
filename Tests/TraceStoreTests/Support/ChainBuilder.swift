import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// A party of a test chain and the key it signs with.
struct TestParty {
    let id: String
    let name: String
    let role: Role
    let area: String
    let node: String
    let key: PrivateKey

    var keyID: String { key.publicKey.keyID }

    var registeredKey: RegisteredKey {
        RegisteredKey(id: keyID, alg: key.algorithm.rawValue, spki: Data(key.publicKey.spkiDER).base64EncodedString())
    }
}

/// Builds signed records for a small food chain and feeds them to a store.
///
/// The builder keeps each issuer's chain head (`seq`, id of the last record it made) and a clock that
/// moves one minute per record, so records come out with correct `seq`/`prev` and increasing times.
/// Making a record does not ingest it; ``ingest(_:partial:)`` does. A test that makes a record it
/// expects to be refused passes `advance: false` so the next record still continues the real chain.
final class ChainBuilder {
    static let regulatorID = "REG-510100"
    /// 2026-11-28T06:00:00+08:00, the start of the builder's clock.
    static let start = Timestamp("2026-11-28T06:00:00+08:00")!

    let regulator: TestParty
    /// The builder's store on its engine (the conformance suite's tests read it through this).
    let target: TestStore
    /// The builder's SQLite store; a test on the PostgreSQL engine that reads it has a SQLite-only check.
    var store: TraceStore {
        guard let sqlite = target.sqlite else { fatalError("this check reads the SQLite store only") }
        return sqlite
    }
    private(set) var parties: [String: TestParty] = [:]
    private var heads: [String: (seq: Int, id: String)] = [:]
    private var clock: Int64
    private var serials: [String: Int] = [:]
    private var lastIngest: Int64

    /// A builder over a new store trusting a fresh regulator key: in memory, or a file at `path`.
    convenience init(storeAt path: String? = nil) throws {
        let key = try PrivateKey.generate(.ed25519)
        let regulator = TestParty(
            id: Self.regulatorID, name: "成都市市场监督管理局", role: .regulator, area: "510100", node: "000", key: key)
        let anchors = [Self.anchor(for: regulator)]
        let store =
            try path.map { try TraceStore.create(path: $0, anchors: anchors) } ?? TraceStore.inMemory(anchors: anchors)
        self.init(regulator: regulator, target: TestStore(sqlite: store))
    }

    /// A builder over a new store of `engine` (in memory for SQLite; a new database for PostgreSQL).
    convenience init(engine: StoreEngine) throws {
        let key = try PrivateKey.generate(.ed25519)
        let regulator = TestParty(
            id: Self.regulatorID, name: "成都市市场监督管理局", role: .regulator, area: "510100", node: "000", key: key)
        self.init(regulator: regulator, target: try TestStore(engine, anchors: [Self.anchor(for: regulator)]))
    }

    convenience init(regulator: TestParty, store: TraceStore) {
        self.init(regulator: regulator, target: TestStore(sqlite: store))
    }

    init(regulator: TestParty, target: TestStore) {
        self.regulator = regulator
        self.target = target
        self.clock = Self.start.epochMilliseconds
        self.lastIngest = Self.start.epochMilliseconds
        parties[regulator.id] = regulator
    }

    static func anchor(for regulator: TestParty) -> TrustAnchor {
        TrustAnchor(party: regulator.id, name: regulator.name, area: regulator.area, key: regulator.key.publicKey)
    }

    /// The trust anchors of this builder's store: another store made with them accepts the same records.
    var anchors: [TrustAnchor] { [Self.anchor(for: regulator)] }

    /// A new in-memory store with the same trust anchors and nothing else.
    func freshStore() throws -> TraceStore { try TraceStore.inMemory(anchors: anchors) }

    func party(_ id: String) -> TestParty {
        guard let party = parties[id] else { fatalError("test party \(id) was never registered") }
        return party
    }

    // MARK: Time and codes

    /// An ingest clock `offset` milliseconds after 30 days past the builder's start: later than any record a test
    /// makes (a store refuses records dated after its clock), and ordered as the offsets are.
    static func ingestClock(_ offset: Int64) -> Int64 { start.epochMilliseconds + 30 * 86_400_000 + offset }

    /// The clock's next time (one minute after the last one handed out).
    func tick() -> Timestamp {
        clock += 60_000
        return Timestamp(epochMilliseconds: clock)
    }

    /// The time `minutes` after the clock's current time, without moving the clock.
    func later(minutes: Int64) -> Timestamp { Timestamp(epochMilliseconds: clock + minutes * 60_000) }

    /// The clock's current time.
    var now: Timestamp { Timestamp(epochMilliseconds: clock) }

    /// A fresh trace code under `party`'s area and node, dated on the builder's start day.
    func code(_ party: TestParty) -> TraceCode {
        let serial = (serials[party.id] ?? 0) + 1
        serials[party.id] = serial
        return TraceCode(area: party.area, node: party.node, date: Self.start.localDateDigits, serial: serial)!
    }

    // MARK: Records

    /// The `seq` and `prev` the issuer's next record carries.
    func next(_ issuer: TestParty) -> (seq: Int, prev: String?) {
        guard let head = heads[issuer.id] else { return (1, nil) }
        return (head.seq + 1, head.id)
    }

    /// A record by `issuer`, signed by `signer` (default: the issuer's key).
    ///
    /// `seq`, `prev` and `at` default to the chain's next values; `advance: false` leaves the chain head
    /// where it was (for a record the test expects to be refused).
    func make(
        _ issuer: TestParty, _ body: some RecordBody, at: Timestamp? = nil, seq: Int? = nil, prev: String?? = nil,
        signer: PrivateKey? = nil, advance: Bool = true
    ) throws -> Record {
        let next = next(issuer)
        let record = try Record(
            kind: type(of: body).kind, issuer: issuer.id, seq: seq ?? next.seq, prev: prev ?? next.prev,
            at: at ?? tick(),
            body: body
        ).signed(by: signer ?? issuer.key)
        if advance { heads[issuer.id] = (record.seq, record.id) }
        return record
    }

    /// Sets the builder's idea of an issuer's chain head (after a test made records out of order).
    func setHead(_ issuer: TestParty, to record: Record) { heads[issuer.id] = (record.seq, record.id) }

    /// A new party with a fresh key and the regulator's `register` record for it (not ingested).
    func registration(
        _ id: String, role: Role, area: String, node: String, name: String? = nil, parent: String? = nil,
        alg: SignatureAlgorithm = .ed25519
    ) throws -> (TestParty, Record) {
        let party = TestParty(
            id: id, name: name ?? id, role: role, area: area, node: node, key: try PrivateKey.generate(alg))
        parties[id] = party
        let body = RegisterBody(
            party: id, name: party.name, role: role, area: area, node: node, parent: parent, keys: [party.registeredKey]
        )
        return (party, try make(regulator, body))
    }

    /// Registers a party in the store (the regulator's `register` record, ingested and required to pass).
    @discardableResult
    func register(
        _ id: String, role: Role, area: String = "510100", node: String, parent: String? = nil,
        alg: SignatureAlgorithm = .ed25519
    ) throws -> TestParty {
        let (party, record) = try registration(id, role: role, area: area, node: node, parent: parent, alg: alg)
        try ingestAll([record])
        return party
    }

    // MARK: Ingest

    /// The records as numbered input lines (line 1 first), each its canonical signed JSON.
    static func lines(_ records: [Record]) -> [IngestLine] {
        records.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element.canonicalBytes) }
    }

    /// Ingests `records` as one input into `store` (default: the builder's store).
    func ingest(_ records: [Record], into store: TraceStore? = nil, partial: Bool = false) throws -> IngestReport {
        // The ingest clock is never behind the records' times (a store refuses records from its future).
        lastIngest = max(lastIngest + 1_000, clock, records.map(\.at.epochMilliseconds).max() ?? 0)
        if let store { return try store.ingest(Self.lines(records), source: "test", partial: partial, now: lastIngest) }
        return try target.ingest(Self.lines(records), source: "test", partial: partial, now: lastIngest)
    }

    /// Ingests `records` and requires every one to be accepted.
    @discardableResult
    func ingestAll(
        _ records: [Record], into store: TraceStore? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> IngestReport {
        let report = try ingest(records, into: store)
        #expect(report.rejected.isEmpty, "unexpected rejections: \(report.rejected)", sourceLocation: sourceLocation)
        try #require(report.accepted == records.count, sourceLocation: sourceLocation)
        return report
    }
}

// MARK: - Body helpers

extension Quantity {
    static func kg(_ text: String) -> Quantity { Quantity(Amount(text)!, .kilogram) }
    static func head(_ count: Int) -> Quantity { Quantity(Amount(count), .head) }
}

extension Product {
    static let livePig = Product(code: "01030101", name: "生猪", category: .livePig)
    static let porkCarcass = Product(code: "01010101", name: "白条猪肉", category: .pork)
}

extension ChainBuilder {
    /// The body of a new farm lot of `quantity` live pigs (default 10 head) under a fresh code.
    func lotBody(
        _ farm: TestParty, _ quantity: Quantity = .head(10), code: TraceCode? = nil, product: Product = .livePig
    ) -> ProduceBody {
        ProduceBody(
            batch: code ?? self.code(farm), product: product, quantity: quantity,
            origin: Place(area: farm.area, name: "龙泉驿区"))
    }

    /// A farm lot of `quantity` live pigs (default 10 head).
    func produce(
        _ farm: TestParty, _ quantity: Quantity = .head(10), code: TraceCode? = nil, product: Product = .livePig,
        advance: Bool = true
    ) throws -> (Record, TraceCode) {
        let body = lotBody(farm, quantity, code: code, product: product)
        return (try make(farm, body, advance: advance), body.batch)
    }

    func ship(
        _ from: TestParty, _ batch: TraceCode, _ quantity: Quantity, to: String, shipment: String,
        documents: [DocumentRef] = [], advance: Bool = true
    ) throws -> Record {
        try make(
            from, ShipBody(shipment: shipment, batch: batch, quantity: quantity, to: to, documents: documents),
            advance: advance)
    }

    func receive(
        _ receiver: TestParty, shipment: String, from: String, batch: TraceCode, _ quantity: Quantity,
        as local: TraceCode? = nil, documents: [DocumentRef] = [], advance: Bool = true
    ) throws -> (Record, TraceCode) {
        let lot = local ?? code(receiver)
        let body = ReceiveBody(
            shipment: shipment, from: from, batch: batch, as: lot, quantity: quantity, documents: documents,
            accepted: true)
        return (try make(receiver, body, advance: advance), lot)
    }

    func slaughter(_ house: TestParty, _ input: TraceCode, _ heads: Int, into weight: Quantity) throws -> (
        Record, TraceCode
    ) {
        let carcass = code(house)
        let body = TransformBody(
            process: .slaughter, inputs: [BatchQuantity(batch: input, quantity: .head(heads))],
            outputs: [TransformOutput(batch: carcass, product: .porkCarcass, quantity: weight)])
        return (try make(house, body), carcass)
    }

    func sell(_ stall: TestParty, _ batch: TraceCode, _ quantity: Quantity, slip: TraceCode? = nil) throws -> (
        Record, TraceCode
    ) {
        let code = slip ?? self.code(stall)
        let body = SellBody(
            slip: code, batch: batch, quantity: quantity, unitPrice: Amount("28")!,
            amount: quantity.value.multiplied(by: Amount("28")!)!)
        return (try make(stall, body), code)
    }

    func certify(_ issuer: TestParty, _ type: DocumentType, number: String, batch: TraceCode?, subject: String? = nil)
        throws -> Record
    {
        let from = now
        let body = CertifyBody(
            type: type, number: number, subject: subject, batch: batch, validFrom: from,
            validUntil: from.adding(milliseconds: 7 * 86_400_000), result: "pass")
        return try make(issuer, body)
    }
}
