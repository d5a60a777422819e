import TraceModel

extension DemoGenerator {
    /// Farms raise lots, slaughterhouses kill and certify them, and the carcasses go to the wholesale markets.
    func supplyLivestock(day: Int) throws {
        var lotNumber = 0
        for live in [ProductCategory.livePig, .liveCattle, .liveSheep, .livePoultry] {
            guard let farms = livestockFarms[live], !farms.isEmpty else { continue }
            let meat = DemoProducts.meatCategory(of: live)
            var deficits = wholesale.map { deficit($0, meat) }
            var total = deficits.reduce(.zero, +)
            let (kgPerHead, lotSizes) = DemoProducts.carcassRange(live)
            var lots = 0
            while total.micros > 0, lots < 40 {
                let farm = farms[(day + lots) % farms.count]
                let slaughterhouse = slaughterhouseFor(live, farmIndex: (day + lots) % farms.count)
                let averageKg = Int64((kgPerHead.lowerBound + kgPerHead.upperBound) / 2)
                let needed = Int((total.micros / 1_000_000) / averageKg) + 1
                let heads = min(max(needed + needed / 10, lotSizes.lowerBound), lotSizes.upperBound)
                lots += 1
                lotNumber += 1
                guard
                    let carcass = try raiseAndSlaughter(
                        day: day, lot: lotNumber, farm: farm, slaughterhouse: slaughterhouse,
                        live: live, heads: heads)
                else { continue }
                var remaining = slaughterhouse.stock[carcass].onHand
                for (index, market) in wholesale.enumerated() where remaining.micros > 0 && deficits[index].micros > 0 {
                    let share =
                        index == wholesale.count - 1 || deficits[index] >= remaining ? remaining : deficits[index]
                    let at = time(day, 4, 30 + min(29, lotNumber / 2), index)
                    try transfer(from: slaughterhouse, stock: carcass, to: market, quantity: share, at: at)
                    deficits[index] = deficits[index] >= share ? deficits[index] - share : .zero
                    remaining -= share
                }
                total = deficits.reduce(.zero, +)
                if remaining.micros > 0 { total = .zero }
            }
        }
        for slaughterhouse in slaughterhouses { prune(slaughterhouse) }
    }

    func slaughterhouseFor(_ live: ProductCategory, farmIndex: Int) -> DemoActor {
        if live == .livePig || slaughterhouses.count == 1 {
            let pigHouses = max(1, slaughterhouses.count - 1)
            return slaughterhouses[farmIndex % pigHouses]
        }
        return slaughterhouses[slaughterhouses.count - 1]
    }

    /// One lot from farm to carcass; returns the carcass's index in the slaughterhouse's stock, or
    /// `nil` when a positive test sent the lot to destruction.
    func raiseAndSlaughter(
        day: Int, lot: Int, farm: DemoActor, slaughterhouse: DemoActor, live: ProductCategory, heads: Int,
        certificateDefects: Bool = true
    ) throws -> Int? {
        let t = time(day, 0, min(59, lot))
        let product = DemoProducts.live[live]!
        let lotCode = farm.nextCode(at: t)
        let origin = Place(area: farm.area, name: Self.areaNames[farm.area] ?? farm.area)
        try writer.emit(
            farm,
            ProduceBody(batch: lotCode, product: product, quantity: Quantity(Amount(heads), .head), origin: origin),
            at: t)
        farmLots.append((lotCode.digits, farm.id))
        let quarantine = DocumentRef(type: .animalQuarantine, number: nextDocumentNumber("A51"))
        let certifier = certificateDefects && due(.issuerNotEntitled, day) ? farm : vet!
        let certificateID = try writer.emit(
            certifier,
            CertifyBody(
                type: .animalQuarantine, number: quarantine.number, subject: farm.id, batch: lotCode, product: product,
                quantity: Quantity(Amount(heads), .head), origin: origin, destination: slaughterhouse.id,
                validFrom: t.adding(milliseconds: 20 * 60_000), validUntil: t.adding(milliseconds: 48 * 3_600_000),
                vehicle: "川A·\(rng.int(10000...99999))"), at: t.adding(milliseconds: 20 * 60_000))
        if certifier === farm { addDefect(.issuerNotEntitled, primary: certificateID, codes: [lotCode.digits]) }
        farm.stock.append(
            Stock(
                code: lotCode, product: product, unit: .head, onHand: Amount(heads), expires: nil,
                documents: [quarantine]))
        guard
            let received = try transfer(
                from: farm, stock: farm.stock.count - 1, to: slaughterhouse, quantity: Amount(heads),
                at: t.adding(milliseconds: 60 * 60_000))
        else { return nil }
        prune(farm)
        return try slaughter(
            day: day, lot: lot, slaughterhouse: slaughterhouse, received: received, live: live, heads: heads,
            certificateDefects: certificateDefects)
    }

    private func slaughter(
        day: Int, lot: Int, slaughterhouse: DemoActor, received: Int, live: ProductCategory, heads: Int,
        certificateDefects: Bool
    ) throws -> Int? {
        let t = time(day, 2, min(59, lot))
        let input = slaughterhouse.stock[received]
        var positiveDefect = false
        if live != .livePoultry {
            positiveDefect = certificateDefects && due(.clenbuterolPositive, day)
            let positive = positiveDefect || rng.chance(1)
            let testID = try writer.emit(
                slaughterhouse,
                TestBody(
                    batch: input.code, analyte: "clenbuterol", method: "rapid",
                    result: positive ? "positive" : "negative"), at: t)
            if positive && !positiveDefect {
                try writer.emit(
                    slaughterhouse,
                    DisposeBody(
                        batch: input.code, quantity: Quantity(input.onHand, .head), method: "destroyed",
                        note: "瘦肉精快检阳性，无害化处理"),
                    at: t.adding(milliseconds: 30 * 60_000))
                slaughterhouse.stock[received].onHand = .zero
                return nil
            }
            if positiveDefect {
                pendingPositive = addDefect(.clenbuterolPositive, primary: testID, codes: [input.code.digits])
            }
        }
        let (kgPerHead, _) = DemoProducts.carcassRange(live)
        let yieldDefect = certificateDefects && due(.yieldExceeded, day)
        var kilograms = Amount(
            micros: Int64(heads) * Int64(rng.int(kgPerHead)) * 1_000_000 + Int64(rng.int(0...9)) * 100_000)
        if yieldDefect { kilograms = Amount(heads * (kgPerHead.upperBound * 2)) }
        let carcass = slaughterhouse.nextCode(at: t)
        let meat = DemoProducts.meat[live]!
        let expires = t.adding(milliseconds: 5 * 86_400_000)
        let transformID = try writer.emit(
            slaughterhouse,
            TransformBody(
                process: .slaughter,
                inputs: [BatchQuantity(batch: input.code, quantity: Quantity(Amount(heads), .head))],
                outputs: [
                    TransformOutput(
                        batch: carcass, product: meat, quantity: Quantity(kilograms, .kilogram), expires: expires)
                ]),
            at: t.adding(milliseconds: 60 * 60_000))
        slaughterhouse.stock[received].onHand = .zero
        link(input.code, carcass)
        if yieldDefect { addDefect(.yieldExceeded, primary: transformID, codes: [carcass.digits]) }
        var taints: [Int] = []
        if let positive = pendingPositive {
            taints.append(positive)
            defects[positive].records.append(transformID)
            pendingPositive = nil
        }
        let documents = try certifyCarcass(
            day: day, slaughterhouse: slaughterhouse, carcass: carcass, meat: meat,
            kilograms: kilograms, at: t.adding(milliseconds: 90 * 60_000),
            defects: certificateDefects, taints: &taints)
        slaughterhouse.stock.append(
            Stock(
                code: carcass, product: meat, unit: .kilogram, onHand: kilograms, expires: expires,
                documents: documents, taints: taints))
        return slaughterhouse.stock.count - 1
    }

    /// Meat inspection (pork) and product quarantine certificates for a carcass batch.
    private func certifyCarcass(
        day: Int, slaughterhouse: DemoActor, carcass: TraceCode, meat: Product, kilograms: Amount,
        at t: Timestamp, defects allowDefects: Bool, taints: inout [Int]
    ) throws -> [DocumentRef] {
        if allowDefects, let earlier = lastCertificates[slaughterhouse.id], due(.certificateReused, day) {
            let index = addDefect(.certificateReused, primary: "", codes: [carcass.digits])
            taints.append(index)
            defects[index].records.removeAll()
            reusedDefect = index
            return earlier
        }
        var documents: [DocumentRef] = []
        let validity: Int64 = allowDefects && due(.expiredQuarantine, day) ? 3_600_000 : 3 * 86_400_000
        let quarantine = DocumentRef(type: .productQuarantine, number: nextDocumentNumber("P51"))
        try writer.emit(
            vet,
            CertifyBody(
                type: .productQuarantine, number: quarantine.number, subject: slaughterhouse.id, batch: carcass,
                product: meat,
                quantity: Quantity(kilograms, .kilogram), validFrom: t, validUntil: t.adding(milliseconds: validity)),
            at: t)
        documents.append(quarantine)
        if meat.category == .pork {
            let inspection = DocumentRef(type: .meatInspection, number: nextDocumentNumber("MI"))
            try writer.emit(
                slaughterhouse,
                CertifyBody(
                    type: .meatInspection, number: inspection.number, subject: slaughterhouse.id, batch: carcass,
                    product: meat,
                    quantity: Quantity(kilograms, .kilogram), validFrom: t,
                    validUntil: t.adding(milliseconds: 3 * 86_400_000),
                    result: "pass"), at: t.adding(milliseconds: 60_000))
            documents.append(inspection)
        }
        if validity < 86_400_000 {
            let index = addDefect(.expiredQuarantine, primary: "", codes: [carcass.digits])
            defects[index].records.removeAll()
            taints.append(index)
        }
        lastCertificates[slaughterhouse.id] = documents
        return documents
    }
}
