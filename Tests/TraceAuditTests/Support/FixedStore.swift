import Foundation
import TraceCrypto
import TraceModel
import TraceStore

/// A small pork chain in a store file, the same bytes on every run: keys come from fixed seeds and
/// times from a fixed clock, so record ids (and report snapshots) are stable.
///
/// What the fixture plugin finds in it (at ``auditNow``): the stall received 200 kg without any
/// document (violation), sold 120 kg in one sale (violation, above 100 kg), the 100 kg shipped to the
/// canteen was never received (warning), the meat inspection certificate (valid one day) has expired
/// (critical), plus the query digest (info).
enum FixedStore {
    static let regulatorID = "REG-510100"
    static let start = Timestamp("2026-11-28T06:00:00+08:00")!
    /// The audit clock the snapshots use (`FOODTRACE_NOW`).
    static let auditNow = "2026-12-01T08:00:00+08:00"

    struct Party {
        let id: String
        let role: Role
        let area: String
        let node: String
        let key: PrivateKey
    }

    /// Creates the store at `path`; returns one more valid record (a sale at the stall) left out of it.
    @discardableResult
    static func create(at path: String) throws -> Record {
        var builder = try Builder()
        var records = try builder.records()
        let extra = records.removeLast()
        let store = try TraceStore.create(path: path, anchors: [builder.anchor])
        let lines = records.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element.canonicalBytes) }
        let report = try store.ingest(
            lines, source: "fixed-store", now: start.adding(milliseconds: 86_400_000).epochMilliseconds)
        guard report.rejected.isEmpty, report.accepted == records.count else {
            throw FixtureError("fixed store refused records: \(report.rejected)")
        }
        return extra
    }

    /// A fresh temporary folder holding a fixed store; returns the store path.
    static func createInTemporaryFolder() throws -> String {
        try createWithExtraRecord().path
    }

    /// A fixed store in a fresh temporary folder, and the valid record left out of it.
    static func createWithExtraRecord() throws -> (path: String, extra: Record) {
        let folder = try TemporaryFolder.make("store")
        let path = folder.appendingPathComponent("fixed.sqlite").path
        return (path, try create(at: path))
    }

    private struct Builder {
        let regulator: Party
        var clock = FixedStore.start
        var heads: [String: (seq: Int, id: String)] = [:]
        var serials: [String: Int] = [:]

        init() throws {
            regulator = try Self.party(FixedStore.regulatorID, .regulator, "510100", "000")
        }

        var anchor: TrustAnchor {
            TrustAnchor(party: regulator.id, name: "成都市市场监督管理局", area: regulator.area, key: regulator.key.publicKey)
        }

        static func party(_ id: String, _ role: Role, _ area: String, _ node: String) throws -> Party {
            Party(
                id: id, role: role, area: area, node: node,
                key: try PrivateKey(ed25519Seed: Digest.sha256(Array("foodtrace-audit-fixture|\(id)".utf8))))
        }

        mutating func code(_ party: Party) -> TraceCode {
            let serial = serials[party.id, default: 0] + 1
            serials[party.id] = serial
            return TraceCode(
                area: party.area, node: party.node, date: FixedStore.start.localDateDigits, serial: serial)!
        }

        mutating func make(_ issuer: Party, _ body: some RecordBody) throws -> Record {
            clock = clock.adding(milliseconds: 60_000)
            let head = heads[issuer.id]
            let record = try Record(
                kind: type(of: body).kind, issuer: issuer.id, seq: (head?.seq ?? 0) + 1, prev: head?.id, at: clock,
                body: body
            ).signed(by: issuer.key)
            heads[issuer.id] = (record.seq, record.id)
            return record
        }

        mutating func register(_ party: Party, name: String, parent: String? = nil) throws -> Record {
            let key = RegisteredKey(
                id: party.key.publicKey.keyID, alg: party.key.algorithm.rawValue,
                spki: Data(party.key.publicKey.spkiDER).base64EncodedString())
            return try make(
                regulator,
                RegisterBody(
                    party: party.id, name: name, role: party.role, area: party.area, node: party.node,
                    parent: parent, keys: [key]))
        }

        mutating func records() throws -> [Record] {
            let vet = try Self.party("VET-510100", .vetAuthority, "510100", "900")
            let farm = try Self.party("FARM-510112-003", .farm, "510112", "003")
            let house = try Self.party("SH-510113-001", .slaughterhouse, "510113", "001")
            let market = try Self.party("MKT-510104-001", .retailMarket, "510104", "001")
            let stall = try Self.party("STALL-510104-001-A12", .stall, "510104", "112")
            let canteen = try Self.party("CANTEEN-510107-001", .schoolCanteen, "510107", "001")
            var records = [
                try register(vet, name: "成都市动物卫生监督所"),
                try register(farm, name: "龙泉驿区生猪养殖场"),
                try register(house, name: "青白江定点屠宰厂"),
                try register(market, name: "锦江农贸市场"),
                try register(stall, name: "A12 猪肉摊", parent: market.id),
                try register(canteen, name: "武侯实验小学食堂"),
            ]
            let day: Int64 = 86_400_000
            let livePig = Product(code: "01030101", name: "生猪", category: .livePig)
            let carcassProduct = Product(code: "01010101", name: "白条猪肉", category: .pork)
            let quarantine = DocumentRef(type: .animalQuarantine, number: "5101120260001")
            let inspection = DocumentRef(type: .meatInspection, number: "MI-510113-0001")

            let farmLot = code(farm)
            records.append(
                try make(
                    farm,
                    ProduceBody(
                        batch: farmLot, product: livePig, quantity: Quantity(Amount(10), .head),
                        origin: Place(area: farm.area, name: "龙泉驿区"))))
            records.append(
                try make(
                    vet,
                    CertifyBody(
                        type: .animalQuarantine, number: quarantine.number, subject: farm.id, batch: farmLot,
                        validFrom: clock, validUntil: clock.adding(milliseconds: 7 * day), result: "pass")))
            records.append(
                try make(
                    farm,
                    ShipBody(
                        shipment: "F-2026-001", batch: farmLot, quantity: Quantity(Amount(10), .head), to: house.id,
                        documents: [quarantine])))
            let liveLot = code(house)
            records.append(
                try make(
                    house,
                    ReceiveBody(
                        shipment: "F-2026-001", from: farm.id, batch: farmLot, as: liveLot,
                        quantity: Quantity(Amount(10), .head), documents: [quarantine], accepted: true)))
            let carcass = code(house)
            records.append(
                try make(
                    house,
                    TransformBody(
                        process: .slaughter,
                        inputs: [BatchQuantity(batch: liveLot, quantity: Quantity(Amount(10), .head))],
                        outputs: [
                            TransformOutput(
                                batch: carcass, product: carcassProduct, quantity: Quantity(Amount(900), .kilogram))
                        ])))
            records.append(
                try make(
                    house,
                    CertifyBody(
                        type: .meatInspection, number: inspection.number, subject: house.id, batch: carcass,
                        validFrom: clock, validUntil: clock.adding(milliseconds: day), result: "pass")))
            records.append(
                try make(
                    house,
                    ShipBody(
                        shipment: "S-2026-014", batch: carcass, quantity: Quantity(Amount(200), .kilogram),
                        to: stall.id, documents: [inspection])))
            let stallLot = code(stall)
            records.append(
                try make(
                    stall,
                    ReceiveBody(
                        shipment: "S-2026-014", from: house.id, batch: carcass, as: stallLot,
                        quantity: Quantity(Amount(200), .kilogram), documents: [], accepted: true)))
            for kilograms in ["2.5", "120"] {
                let quantity = Quantity(Amount(kilograms)!, .kilogram)
                records.append(
                    try make(
                        stall,
                        SellBody(
                            slip: code(stall), batch: stallLot, quantity: quantity, unitPrice: Amount("28")!,
                            amount: quantity.value.multiplied(by: Amount("28")!)!)))
            }
            records.append(
                try make(
                    house,
                    ShipBody(
                        shipment: "S-2026-015", batch: carcass, quantity: Quantity(Amount(100), .kilogram),
                        to: canteen.id, documents: [inspection])))
            // Not ingested: the record a read-only store must refuse.
            let oneKilogram = Quantity(Amount(1), .kilogram)
            records.append(
                try make(
                    stall,
                    SellBody(
                        slip: code(stall), batch: stallLot, quantity: oneKilogram, unitPrice: Amount("28")!,
                        amount: Amount("28")!)))
            return records
        }
    }
}

/// A failure of the test fixtures themselves.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
