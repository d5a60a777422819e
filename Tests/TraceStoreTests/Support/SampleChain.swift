import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// A realistic pork chain of 19 signed records, made but not ingested:
///
/// regulator registers a vet authority, a farm, a slaughterhouse, a market, a stall in it and a school
/// canteen; the farm produces 10 live pigs (animal quarantine certificate from the vet), ships them to
/// the slaughterhouse, which receives and slaughters them into 900 kg of carcass (meat inspection and
/// product quarantine certificates), ships 200 kg to the stall and 100 kg to the canteen; the stall
/// sells 2.5 kg (a slip) and the canteen serves a lunch with 10 kg of it (a meal).
struct SampleChain {
    var records: [Record]
    var vet: TestParty
    var farm: TestParty
    var slaughterhouse: TestParty
    var market: TestParty
    var stall: TestParty
    var canteen: TestParty
    /// The farm lot (origin).
    var farmLot: TraceCode
    /// The live pigs as received by the slaughterhouse.
    var liveLot: TraceCode
    var carcass: TraceCode
    var stallLot: TraceCode
    var canteenLot: TraceCode
    var slip: TraceCode
    var meal: TraceCode

    /// Index in ``records`` of the register record of the farm, the ship to the stall and the sale.
    var registerFarmIndex: Int
    var shipToStallIndex: Int
    var sellIndex: Int

    /// Documents, by number.
    static let animalQuarantine = DocumentRef(type: .animalQuarantine, number: "5101120260001")
    static let meatInspection = DocumentRef(type: .meatInspection, number: "MI-510113-0001")
    static let productQuarantine = DocumentRef(type: .productQuarantine, number: "5101130260007")
}

extension ChainBuilder {
    /// Makes the ``SampleChain`` records with this builder's regulator (nothing is ingested).
    func sampleChain() throws -> SampleChain {
        var records: [Record] = []
        func add(_ record: Record) -> Int {
            records.append(record)
            return records.count - 1
        }
        func add(_ pair: (Record, TraceCode)) -> TraceCode {
            records.append(pair.0)
            return pair.1
        }
        let (vet, r1) = try registration(
            "VET-510100", role: .vetAuthority, area: "510100", node: "900", name: "成都市动物卫生监督所")
        let (farm, r2) = try registration(
            "FARM-510112-003", role: .farm, area: "510112", node: "003", name: "龙泉驿区生猪养殖场")
        let (house, r3) = try registration(
            "SH-510113-001", role: .slaughterhouse, area: "510113", node: "001", name: "青白江定点屠宰厂")
        let (market, r4) = try registration(
            "MKT-510104-001", role: .retailMarket, area: "510104", node: "001", name: "锦江农贸市场")
        let (stall, r5) = try registration(
            "STALL-510104-001-A12", role: .stall, area: "510104", node: "112", name: "A12 猪肉摊",
            parent: market.id)
        let (canteen, r6) = try registration(
            "CANTEEN-510107-001", role: .schoolCanteen, area: "510107", node: "001",
            name: "武侯实验小学食堂")
        _ = add(r1)
        let registerFarmIndex = add(r2)
        for record in [r3, r4, r5, r6] { _ = add(record) }

        let farmLot = add(try produce(farm))
        _ = add(
            try certify(
                vet, .animalQuarantine, number: SampleChain.animalQuarantine.number, batch: farmLot, subject: farm.id))
        _ = add(
            try ship(
                farm, farmLot, .head(10), to: house.id, shipment: "F-2026-001",
                documents: [SampleChain.animalQuarantine]))
        let liveLot = add(
            try receive(
                house, shipment: "F-2026-001", from: farm.id, batch: farmLot, .head(10),
                documents: [SampleChain.animalQuarantine]))
        let carcass = add(try slaughter(house, liveLot, 10, into: .kg("900")))
        _ = add(
            try certify(
                house, .meatInspection, number: SampleChain.meatInspection.number, batch: carcass, subject: house.id))
        _ = add(
            try certify(
                vet, .productQuarantine, number: SampleChain.productQuarantine.number, batch: carcass, subject: house.id
            ))
        let shipToStallIndex = add(
            try ship(
                house, carcass, .kg("200"), to: stall.id, shipment: "S-2026-014",
                documents: [SampleChain.productQuarantine, SampleChain.meatInspection]))
        let stallLot = add(
            try receive(
                stall, shipment: "S-2026-014", from: house.id, batch: carcass, .kg("200"),
                documents: [SampleChain.productQuarantine, SampleChain.meatInspection]))
        let slip = code(stall)
        let sellIndex = add(try sell(stall, stallLot, .kg("2.5"), slip: slip).0)
        _ = add(
            try ship(
                house, carcass, .kg("100"), to: canteen.id, shipment: "S-2026-015",
                documents: [SampleChain.productQuarantine, SampleChain.meatInspection]))
        let canteenLot = add(
            try receive(
                canteen, shipment: "S-2026-015", from: house.id, batch: carcass, .kg("100"),
                documents: [SampleChain.productQuarantine, SampleChain.meatInspection]))
        let meal = code(canteen)
        let lunch = UseBody(
            meal: meal, service: "lunch", servedAt: later(minutes: 30), diners: 320,
            dishes: [
                Dish(
                    name: "红烧肉", ingredients: [BatchQuantity(batch: canteenLot, quantity: .kg("10"))],
                    sample: Sample(grams: Amount(125), keptUntil: later(minutes: 48 * 60), keptBy: "王敏"))
            ])
        _ = add(try make(canteen, lunch))

        return SampleChain(
            records: records, vet: vet, farm: farm, slaughterhouse: house, market: market, stall: stall,
            canteen: canteen,
            farmLot: farmLot, liveLot: liveLot, carcass: carcass, stallLot: stallLot, canteenLot: canteenLot,
            slip: slip,
            meal: meal, registerFarmIndex: registerFarmIndex, shipToStallIndex: shipToStallIndex, sellIndex: sellIndex)
    }

    /// A second, different sale the stall signs at the seq of the sample's sale (an equivocation; not ingested).
    func conflictingSale(_ sample: SampleChain) throws -> Record {
        let sale = sample.records[sample.sellIndex]
        let receive = try #require(sample.records.first { $0.issuer == sample.stall.id && $0.kind == .receive })
        #expect(sale.seq == receive.seq + 1)
        return try make(
            sample.stall,
            SellBody(
                slip: code(sample.stall), batch: sample.stallLot, quantity: .kg("1"), unitPrice: Amount("28")!,
                amount: Amount("28")!),
            seq: sale.seq, prev: .some(receive.id), advance: false)
    }

    /// Makes the sample chain and ingests it into the builder's store, requiring every record to pass.
    @discardableResult
    func ingestSampleChain() throws -> SampleChain {
        let chain = try sampleChain()
        try ingestAll(chain.records)
        return chain
    }
}
