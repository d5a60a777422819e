import TraceModel

extension DemoGenerator {
    /// Vendor files (入市备案): each retail market files every one of its stalls on day 0, with the stall's main
    /// product and origin — except one stall of one market, the `missing-vendor-file` defect.
    func fileVendors() throws {
        let missing = markets.isEmpty ? nil : stalls.first { $0.parent == markets[markets.count > 2 ? 2 : 0].id }
        for market in markets {
            for stall in stalls where stall.parent == market.id && stall !== missing {
                let category = stallKind[stall.id] ?? .vegetable
                let product = DemoProducts.meat[category] ?? DemoProducts.vegetables[0].0
                try writer.emit(
                    market,
                    CertifyBody(
                        type: .vendorFile, number: nextDocumentNumber("VF"), subject: stall.id, product: product,
                        origin: Place(area: "510100", name: "成都市"), validFrom: time(0, 0, 20)),
                    at: time(0, 0, 20))
            }
        }
        if let missing, let registration = registrations[missing.id] {
            addDefect(.missingVendorFile, primary: registration)
        }
    }

    /// The market-supervision defects injected at the end of the period, each at a different market so that each
    /// market's credit grade stays B (one violation): a 200-stall market that skips a day of rapid tests, a market
    /// whose clenbuterol rapid tests run above 0.5% positive, and a red-carded supplier still supplying a market.
    /// Nothing here draws random numbers: the rest of the city is as it would be without them.
    func superviseMarkets() throws {
        guard scale.days >= 2, markets.count >= 2, let (large, farm, carded) = supervised,
            let vegetables = DemoProducts.vegetables.first
        else { return }
        let (product, shelfDays) = vegetables
        let lastDay = scale.days - 1

        // The 200-stall market's farm supplies it on the last two days; it tests on the first only.
        let first = try harvestAndDeliver(
            farm: farm, market: large, product: product, kilograms: Amount(400), shelfDays: shelfDays,
            at: time(lastDay - 1, 5))
        try writer.emit(
            large,
            TestBody(batch: large.stock[first].code, analyte: "organophosphate", method: "rapid", result: "negative"),
            at: time(lastDay - 1, 7))
        try harvestAndDeliver(
            farm: farm, market: large, product: product, kilograms: Amount(350), shelfDays: shelfDays,
            at: time(lastDay, 5))
        addDefect(.underTestedMarket, primary: lastReceipt)

        // Forty clenbuterol rapid tests of the pork a market's stalls hold at the end, one positive: 2.5%.
        let market = markets[0]
        let pork = stalls.filter { $0.parent == market.id }.flatMap { stall in
            stall.stock.filter { $0.product.category == .pork }.map { (stall, $0.code) }
        }
        if !pork.isEmpty {
            var positive = ""
            for sample in 0..<40 {
                let (stall, code) = pork[sample % pork.count]
                let id = try writer.emit(
                    market,
                    TestBody(
                        batch: code, analyte: "clenbuterol", method: "rapid",
                        result: sample == 0 ? "positive" : "negative"),
                    at: time(lastDay, 23, sample))
                if sample == 0 { positive = id }
                _ = stall
            }
            addDefect(.positiveRateAboveTarget, primary: positive)
        }

        // A supplier red-carded by the regulator delivers to a market the next day, and the market accepts.
        try writer.emit(
            regulator,
            CertifyBody(
                type: .redCard, number: nextDocumentNumber("RC"), subject: carded.id, validFrom: time(lastDay - 1, 9),
                result: "市场供应商红牌清退"), at: time(lastDay - 1, 9))
        try harvestAndDeliver(
            farm: carded, market: markets[1], product: product, kilograms: Amount(120), shelfDays: shelfDays,
            at: time(lastDay, 6))
        addDefect(.redCardedSupplierSupplying, primary: lastReceipt)
    }

    /// The parties of the market-supervision defects, registered with everyone on day 0: a market of 200 stalls,
    /// the farm that supplies it, and a supplier that will be red-carded.
    func registerSupervisedParties() throws {
        guard scale.days >= 2, markets.count >= 2 else { return }
        let large = try supervisionActor("RM", "温江区大型农贸市场", .retailMarket, node: 700)
        try register(large, day: 0)
        for index in 1...200 {
            try register(
                try supervisionActor("ST", "温江区大型农贸市场\(index)号摊位", .stall, node: 700 + index, parent: large.id),
                day: 0)
        }
        let farm = try supervisionActor("FARM", "温江区蔬菜合作社", .farm, node: 950)
        try register(farm, day: 0)
        let carded = try supervisionActor("FARM", "温江区红牌果蔬商行", .farm, node: 951)
        try register(carded, day: 0)
        supervised = (large, farm, carded)
    }

    /// A party for these defects, in Wenjiang (510115) at node `node` (700 and up, beyond the city's own nodes), with
    /// a credit code derived from its id.
    private func supervisionActor(
        _ prefix: String, _ name: String, _ role: Role, node: Int, parent: String? = nil
    ) throws -> DemoActor {
        let area = "510115"
        let nodeText = String(node)
        let id = "\(prefix)-\(area)-\(nodeText)"
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var code = "91" + area
        var number = stableNumber(id)
        for _ in 0..<9 {
            code.append(alphabet[Int(number % UInt64(alphabet.count))])
            number /= UInt64(alphabet.count)
        }
        supervisionParties += 1
        return try DemoActor(
            id: id, name: name, role: role, area: area, node: nodeText, parent: parent, seed: seed,
            creditCode: code + String(LicenceNumbers.creditCodeCheck(code)!))
    }
}
