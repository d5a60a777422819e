import TraceModel

extension DemoGenerator {
    /// Vegetable farms harvest lots with a compliance proof; the wholesale market receives and spot-tests them.
    func supplyVegetables(day: Int) throws {
        guard !vegetableFarms.isEmpty else { return }
        for (marketIndex, market) in wholesale.enumerated() {
            var needed = deficit(market, .vegetable)
            var lot = 0
            while needed.micros > 0, lot < 60 {
                let farm = vegetableFarms[(day * 7 + marketIndex * 3 + lot) % vegetableFarms.count]
                let (product, shelfDays) = DemoProducts.vegetables[(day + lot) % DemoProducts.vegetables.count]
                let kilograms = Amount(max(200, min(3000, Int(needed.micros / 1_000_000) / 2 + rng.int(50...400))))
                let t = time(day, 1, min(59, lot), marketIndex)
                let received = try harvestAndDeliver(
                    farm: farm, market: market, product: product, kilograms: kilograms,
                    shelfDays: shelfDays, at: t)
                if rng.chance(30) {
                    try writer.emit(
                        market,
                        TestBody(
                            batch: market.stock[received].code, analyte: "organophosphate", method: "rapid",
                            result: "negative"),
                        at: t.adding(milliseconds: 3 * 3_600_000))
                }
                needed = needed >= kilograms ? needed - kilograms : .zero
                lot += 1
            }
        }
    }

    /// A harvest with its compliance proof, shipped to `receiver`; returns the receiver's stock index.
    @discardableResult
    func harvestAndDeliver(
        farm: DemoActor, market receiver: DemoActor, product: Product, kilograms: Amount, shelfDays: Int,
        at t: Timestamp, expires: Timestamp? = nil
    ) throws -> Int {
        let lotCode = farm.nextCode(at: t)
        let expiry = expires ?? t.adding(milliseconds: Int64(shelfDays) * 86_400_000)
        let origin = Place(area: farm.area, name: Self.areaNames[farm.area] ?? farm.area)
        try writer.emit(
            farm,
            ProduceBody(
                batch: lotCode, product: product, quantity: Quantity(kilograms, .kilogram), origin: origin,
                expires: expiry), at: t)
        farmLots.append((lotCode.digits, farm.id))
        let proof = DocumentRef(type: .complianceProof, number: nextDocumentNumber("HG"))
        try writer.emit(
            farm,
            CertifyBody(
                type: .complianceProof, number: proof.number, subject: farm.id, batch: lotCode, product: product,
                quantity: Quantity(kilograms, .kilogram), validFrom: t, validUntil: expiry, result: "pass"),
            at: t.adding(milliseconds: 5 * 60_000))
        farm.stock.append(
            Stock(
                code: lotCode, product: product, unit: .kilogram, onHand: kilograms, expires: expiry,
                documents: [proof]))
        let index = try transfer(
            from: farm, stock: farm.stock.count - 1, to: receiver, quantity: kilograms,
            at: t.adding(milliseconds: 30 * 60_000))!
        prune(farm)
        return index
    }
}
