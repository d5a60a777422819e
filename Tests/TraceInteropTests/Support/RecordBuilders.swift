import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceInterop

/// Small builders for FoodTrace records: unsigned records chained per issuer, with a fake signature.
struct Chain {
    private var last: [String: (seq: Int, id: String)] = [:]
    private(set) var records: [(record: Record, id: String)] = []

    /// Appends a record of `issuer`, chained to its previous one, signed with a fake signature.
    mutating func add<Body: RecordBody>(_ issuer: String, _ at: String, _ body: Body) throws {
        let previous = last[issuer]
        let unsigned = try Record(
            kind: Body.kind, issuer: issuer, seq: (previous?.seq ?? 0) + 1, prev: previous?.id, at: time(at), body: body
        )
        let id = Chain.id(of: unsigned)
        let record = unsigned.signed(with: Signature(alg: "ed25519", key: "k-0123456789abcdef", value: "c2lnbmF0dXJl"))
        last[issuer] = (unsigned.seq, id)
        records.append((record, id))
    }

    static func id(of record: Record) -> String { record.id }
}

func time(_ text: String) throws -> Timestamp { try #require(Timestamp(text), "bad time \(text)") }

func code(_ area: String, _ node: String, _ date: String, _ serial: Int) throws -> TraceCode {
    try #require(TraceCode(area: area, node: node, date: date, serial: serial))
}

func kg(_ value: String) throws -> Quantity { Quantity(try #require(Amount(value)), .kilogram) }

/// A small supply chain: farm → slaughterhouse → market stall and canteen, one record of every kind.
enum SampleChain {
    static let parties = StaticPartyLookup(parties: [
        PartyInfo(id: "FARM-510112-003", name: "龙泉驿生猪养殖场", role: .farm, area: "510112"),
        PartyInfo(id: "SH-510112-001", name: "成都定点屠宰厂, \"一号\"", role: .slaughterhouse, area: "510112"),
        PartyInfo(id: "MKT-510104-001", name: "锦江农贸市场", role: .retailMarket, area: "510104"),
        PartyInfo(id: "STALL-510104-017", name: "17号摊位", role: .stall, area: "510104", parent: "MKT-510104-001"),
        PartyInfo(id: "SCH-510104-002", name: "实验小学食堂", role: .schoolCanteen, area: "510104"),
        PartyInfo(id: "LAB-510100-001", name: "成都检测中心", role: .lab, area: "510100"),
        PartyInfo(id: "VET-510112-001", name: "龙泉驿动物卫生监督所", role: .vetAuthority, area: "510112"),
    ])

    static let pig = Product(code: "01010000", name: "生猪", category: .livePig)
    static let carcass = Product(code: "01010101", name: "白条猪肉", category: .pork)

    static func chain() throws -> Chain {
        let pigs = try code("510112", "003", "261127", 1)
        let side = try code("510112", "001", "261128", 7)
        let offal = try code("510112", "001", "261128", 8)
        let stallLot = try code("510104", "017", "261128", 3)
        let canteenLot = try code("510104", "002", "261128", 1)
        var chain = Chain()
        try chain.add(
            "FARM-510112-003", "2026-11-27T08:00:00+08:00",
            ProduceBody(
                batch: pigs, product: pig, quantity: try kg("1250.5"),
                origin: Place(area: "510112", name: "龙泉驿区"), expires: try time("2026-12-27T00:00:00+08:00")))
        try chain.add(
            "VET-510112-001", "2026-11-27T09:00:00+08:00",
            CertifyBody(
                type: .animalQuarantine, number: "川A 0012345",
                subject: "FARM-510112-003", batch: pigs, product: pig, quantity: try kg("1250.5"),
                destination: "SH-510112-001",
                validFrom: try time("2026-11-27T09:00:00+08:00"), result: "pass"))
        try chain.add(
            "FARM-510112-003", "2026-11-27T10:00:00+08:00",
            ShipBody(
                shipment: "S-2026/11-01", batch: pigs, quantity: try kg("1250.5"),
                to: "SH-510112-001", documents: [DocumentRef(type: .animalQuarantine, number: "川A 0012345")],
                vehicle: "川A12345"))
        try chain.add(
            "SH-510112-001", "2026-11-27T14:30:00+08:00",
            ReceiveBody(
                shipment: "S-2026/11-01", from: "FARM-510112-003", batch: pigs,
                as: pigs, quantity: try kg("1250.5"),
                documents: [DocumentRef(type: .animalQuarantine, number: "川A 0012345")], accepted: true))
        try chain.add(
            "SH-510112-001", "2026-11-28T02:15:30.250+08:00",
            TransformBody(
                process: .slaughter,
                inputs: [BatchQuantity(batch: pigs, quantity: try kg("1250.5"))],
                outputs: [
                    TransformOutput(batch: side, product: carcass, quantity: try kg("900")),
                    TransformOutput(
                        batch: offal, product: Product(code: "01010201", name: "猪内脏", category: .pork),
                        quantity: try kg("120.25")),
                ]))
        try chain.add(
            "LAB-510100-001", "2026-11-28T03:00:00+08:00",
            TestBody(
                batch: side, analyte: "clenbuterol", method: "lab",
                result: "negative", value: "<0.1 µg/kg", report: DocumentRef(type: .testReport, number: "R-2026-0042")))
        try chain.add(
            "SH-510112-001", "2026-11-28T04:00:00+08:00",
            ShipBody(
                shipment: "SH-0042", batch: side, quantity: try kg("60"),
                to: "STALL-510104-017", documents: [DocumentRef(type: .meatInspection, number: "ZJ-2026-001")]))
        try chain.add(
            "STALL-510104-017", "2026-11-28T05:10:00+08:00",
            ReceiveBody(
                shipment: "SH-0042", from: "SH-510112-001", batch: side,
                as: stallLot, quantity: try kg("60"),
                documents: [DocumentRef(type: .meatInspection, number: "ZJ-2026-001")], accepted: true))
        try chain.add(
            "STALL-510104-017", "2026-11-28T09:41:07+08:00",
            SellBody(
                slip: try code("510104", "017", "261128", 101), batch: stallLot,
                quantity: try kg("1.25"), unitPrice: try #require(Amount("28")), amount: try #require(Amount("35"))))
        try chain.add(
            "SH-510112-001", "2026-11-28T04:30:00+08:00",
            ShipBody(
                shipment: "SH-0043", batch: side, quantity: try kg("40"),
                to: "SCH-510104-002", documents: []))
        try chain.add(
            "SCH-510104-002", "2026-11-28T06:00:00+08:00",
            ReceiveBody(
                shipment: "SH-0043", from: "SH-510112-001", batch: side,
                as: canteenLot, quantity: try kg("40"), documents: [], accepted: false, inspectors: ["王芳", "李强"]))
        try chain.add(
            "SCH-510104-002", "2026-11-28T11:30:00+08:00",
            UseBody(
                meal: try code("510104", "002", "261128", 900), service: "lunch",
                servedAt: try time("2026-11-28T11:30:00+08:00"), diners: 420,
                dishes: [
                    Dish(
                        name: "红烧肉", ingredients: [BatchQuantity(batch: canteenLot, quantity: try kg("12.5"))],
                        sample: TraceModel.Sample(
                            grams: try #require(Amount("125")), keptUntil: try time("2026-11-30T11:30:00+08:00"),
                            keptBy: "王芳")),
                    Dish(
                        name: "回锅肉", ingredients: [BatchQuantity(batch: canteenLot, quantity: try kg("7.5"))],
                        sample: nil),
                ]))
        try chain.add(
            "SH-510112-001", "2026-11-29T08:00:00+08:00",
            RecallBody(recall: "RC-2026-007", batch: side, level: 2, reason: "标签错误"))
        try chain.add(
            "SCH-510104-002", "2026-11-29T09:00:00+08:00",
            DisposeBody(batch: canteenLot, quantity: try kg("20"), method: "returned", recall: "RC-2026-007"))
        try chain.add(
            "STALL-510104-017", "2026-11-29T09:30:00Z",
            DisposeBody(batch: stallLot, quantity: try kg("3.75"), method: "destroyed", note: "变质"))
        try chain.add(
            "STALL-510104-017", "2026-11-29T10:00:00+08:00",
            CountBody(batch: stallLot, counted: try kg("0"), note: "收市盘点"))
        try chain.add(
            "STALL-510104-017", "2026-11-29T10:05:00+08:00",
            VoidBody(slip: try code("510104", "017", "261128", 101), reason: "称重录错"))
        return chain
    }
}
