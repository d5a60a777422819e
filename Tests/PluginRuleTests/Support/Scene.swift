import Testing
import TraceModel

/// A clean little food chain to bend one thing at a time: a pig farm and a vegetable farm, a designated
/// slaughterhouse, a wholesale market and a retail market with one stall (both with supply agreements
/// with the slaughterhouse), and a school canteen that has approved the wholesale market.
final class Scene {
    let chain: Chain
    let vet: Actor
    let lab: Actor
    let pigFarm: Actor
    let vegFarm: Actor
    let house: Actor
    let wholesale: Actor
    let market: Actor
    let stall: Actor
    let school: Actor

    /// Pork from one farm lot, up to the wholesale market.
    struct Pork {
        var lot: TraceCode
        var animalQuarantine: DocumentRef
        var carcass: TraceCode
        var documents: [DocumentRef]
        var quarantineRecord: String
        var inspectionRecord: String
        var testRecord: String
        var slaughterRecord: String
        var wholesaleReceipt: String
        var wholesaleBatch: TraceCode
        var expires: Timestamp
    }

    /// Vegetables from the vegetable farm, up to `receiver` (default: the wholesale market).
    struct Vegetables {
        var lot: TraceCode
        var proof: DocumentRef
        var receipt: String
        var batch: TraceCode
        var expires: Timestamp
    }

    /// `houseLicences` replaces the slaughterhouse's registered licences (default: a business licence).
    init(designated: Bool = true, houseLicences: [Licence]? = nil) throws {
        chain = try Chain()
        vet = try chain.party("VET", .vetAuthority, name: "动物卫生监督所")
        lab = try chain.party("LAB", .lab, name: "食品检验研究院")
        pigFarm = try chain.party("FARM", .farm, name: "生猪养殖场")
        vegFarm = try chain.party("FARM", .farm, name: "蔬菜基地")
        house = try chain.party("SH", .slaughterhouse, name: "定点屠宰厂", licences: houseLicences)
        wholesale = try chain.party("WM", .wholesaleMarket, name: "农产品批发市场")
        market = try chain.party("RM", .retailMarket, name: "农贸市场")
        stall = try chain.party("ST", .stall, name: "1号摊位", parent: market)
        school = try chain.party("SC", .schoolCanteen, name: "第一中学食堂")
        let from = Chain.at(hours: -20)
        let until = Chain.at(hours: 5000)
        if designated {
            try chain.certify(chain.regulator, .slaughterDesignation, subject: house, from: from, until: until)
        }
        try chain.certify(wholesale, .supplyAgreement, subject: house, from: from, until: until)
        try chain.certify(market, .supplyAgreement, subject: house, from: from, until: until)
        try chain.certify(school, .approvedSupplier, subject: wholesale, from: from, until: until)
    }

    /// A pig lot of `heads` raised at hour `hour`, quarantined, slaughtered into `kilograms` of pork,
    /// certified and delivered whole to the wholesale market. `result` is the slaughterhouse's rapid test.
    func pork(
        heads: Int = 10, kilograms: Int = 800, hour: Double = 0, result: String = "negative",
        quarantineHours: Double = 72
    ) throws -> Pork {
        var pork = try slaughtered(
            heads: heads, kilograms: kilograms, hour: hour, result: result, quarantineHours: quarantineHours)
        let delivery = try chain.transfer(
            house, pork.carcass, .kg(kilograms), to: wholesale, documents: pork.documents,
            at: Chain.at(hours: hour + 4), expires: pork.expires)
        pork.wholesaleReceipt = delivery.receipt
        pork.wholesaleBatch = delivery.code
        return pork
    }

    /// As ``pork(heads:kilograms:hour:result:quarantineHours:)`` at `slaughterhouse` (default: the scene's),
    /// without the delivery: the carcass stays at the slaughterhouse.
    func slaughtered(
        heads: Int = 10, kilograms: Int = 800, hour: Double = 0, result: String = "negative",
        quarantineHours: Double = 72, at slaughterhouse: Actor? = nil
    ) throws -> Pork {
        let house = slaughterhouse ?? self.house
        let lot = try chain.produce(pigFarm, .livePig, .head(heads), at: Chain.at(hours: hour))
        let animal = try chain.certify(
            vet, .animalQuarantine, subject: pigFarm, batch: lot.code, product: .livePig,
            quantity: .head(heads), from: Chain.at(hours: hour + 0.2), until: Chain.at(hours: hour + 48))
        let arrival = try chain.transfer(
            pigFarm, lot.code, .head(heads), to: house, documents: [animal.ref], at: Chain.at(hours: hour + 1))
        let test = try chain.add(
            house, TestBody(batch: arrival.code, analyte: "clenbuterol", method: "rapid", result: result),
            at: Chain.at(hours: hour + 2))
        let carcass = house.code()
        let expires = Chain.at(hours: hour + 123)
        let slaughter = try chain.add(
            house,
            TransformBody(
                process: .slaughter, inputs: [BatchQuantity(batch: arrival.code, quantity: .head(heads))],
                outputs: [TransformOutput(batch: carcass, product: .pork, quantity: .kg(kilograms), expires: expires)]),
            at: Chain.at(hours: hour + 3))
        let quarantine = try chain.certify(
            vet, .productQuarantine, subject: house, batch: carcass, product: .pork, quantity: .kg(kilograms),
            from: Chain.at(hours: hour + 3.5), until: Chain.at(hours: hour + 3.5 + quarantineHours))
        let inspection = try chain.certify(
            house, .meatInspection, subject: house, batch: carcass, product: .pork, quantity: .kg(kilograms),
            from: Chain.at(hours: hour + 3.5), until: Chain.at(hours: hour + 75.5), result: "pass")
        return Pork(
            lot: lot.code, animalQuarantine: animal.ref, carcass: carcass, documents: [quarantine.ref, inspection.ref],
            quarantineRecord: quarantine.id, inspectionRecord: inspection.id, testRecord: test,
            slaughterRecord: slaughter,
            wholesaleReceipt: "", wholesaleBatch: carcass, expires: expires)
    }

    /// A vegetable lot with its compliance proof, delivered whole to `receiver` (default: the wholesale market).
    func vegetables(
        _ product: Product = .cabbage, kilograms: Int = 300, hour: Double = 0, shelfHours: Double = 96,
        from farm: Actor? = nil, to receiver: Actor? = nil
    ) throws -> Vegetables {
        let farm = farm ?? vegFarm
        let expires = Chain.at(hours: hour + shelfHours)
        let lot = try chain.produce(farm, product, .kg(kilograms), at: Chain.at(hours: hour), expires: expires)
        let proof = try chain.certify(
            farm, .complianceProof, subject: farm, batch: lot.code, product: product, quantity: .kg(kilograms),
            from: Chain.at(hours: hour), until: expires, result: "pass", at: Chain.at(hours: hour + 0.1))
        let delivery = try chain.transfer(
            farm, lot.code, .kg(kilograms), to: receiver ?? wholesale, documents: [proof.ref],
            at: Chain.at(hours: hour + 0.5), expires: expires)
        return Vegetables(
            lot: lot.code, proof: proof.ref, receipt: delivery.receipt, batch: delivery.code, expires: expires)
    }

    /// Delivers `kilograms` of a wholesale batch to a customer with the documents it came with (or `documents`).
    @discardableResult
    func deliver(
        _ batch: TraceCode, kilograms: Int, to customer: Actor, documents: [DocumentRef], hour: Double,
        receiptDocuments: [DocumentRef]? = nil, expires: Timestamp? = nil,
        inspectors: [String]? = ["王敏", "李强"]
    ) throws -> (receipt: String, ship: String, code: TraceCode) {
        try chain.transfer(
            wholesale, batch, .kg(kilograms), to: customer, documents: documents, receiptDocuments: receiptDocuments,
            at: Chain.at(hours: hour), expires: expires, inspectors: inspectors)
    }

    /// A school lunch at hour `hour`: one dish per ingredient batch, each with a sample of `grams` kept `keptHours`.
    @discardableResult
    func lunch(
        _ dishes: [(name: String, batch: TraceCode, kilograms: Int)], hour: Double, grams: Int = 150,
        keptHours: Double = 50, sample: Bool = true
    ) throws -> (id: String, meal: TraceCode) {
        let served = Chain.at(hours: hour)
        let meal = school.code()
        let body = UseBody(
            meal: meal, service: "lunch", servedAt: served, diners: 300,
            dishes: dishes.map { dish in
                Dish(
                    name: dish.name, ingredients: [BatchQuantity(batch: dish.batch, quantity: .kg(dish.kilograms))],
                    sample: sample
                        ? Sample(grams: Amount(grams), keptUntil: Chain.at(hours: hour + keptHours), keptBy: "留样员")
                        : nil)
            })
        return (try chain.add(school, body, at: served), meal)
    }
}
