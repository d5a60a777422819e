import TraceModel

extension DemoGenerator {
    /// Suppliers that exist to carry defects: a blacklisted farm, one with a malformed credit code,
    /// an undesignated slaughterhouse without a supply agreement, farms delivering straight to schools.
    func injectOneOffSuppliers(day: Int) throws {
        guard let market = wholesale.first else { return }
        let (product, shelfDays) = DemoProducts.vegetables[day % DemoProducts.vegetables.count]
        if due(.blacklistedSupplier, day) {
            let farm = try newFarm("黑名单蔬菜合作社", day: day)
            try writer.emit(
                regulator,
                CertifyBody(
                    type: .blacklist, number: nextDocumentNumber("BLK"), subject: farm.id, validFrom: time(day, 0, 30),
                    result: "严重违法失信"), at: time(day, 0, 30))
            try harvestAndDeliver(
                farm: farm, market: market, product: product, kilograms: Amount(300), shelfDays: shelfDays,
                at: time(day, 1, 5))
            addDefect(.blacklistedSupplier, primary: lastReceipt)
        }
        if due(.malformedLicence, day) {
            var bad = makeCreditCode(area: "510131")
            let last = bad.removeLast()
            bad.append(last == "0" ? "1" : "0")
            let farm = try newFarm("无证蔬菜商行", day: day, creditCode: bad)
            try harvestAndDeliver(
                farm: farm, market: market, product: product, kilograms: Amount(250), shelfDays: shelfDays,
                at: time(day, 1, 10))
            addDefect(.malformedLicence, primary: lastReceipt)
        }
        let agreement = due(.noSupplyAgreement, day)
        let designation = due(.undesignatedSlaughterhouse, day)
        if agreement || designation, let pigFarm = livestockFarms[.livePig]?.first {
            if rogueSlaughterhouse == nil {
                let house = try makeActor("SH", "未挂钩屠宰点", .slaughterhouse, area: "510182")
                try register(house, day: day)
                rogueSlaughterhouse = house
            }
            let house = rogueSlaughterhouse!
            if let carcass = try raiseAndSlaughter(
                day: day, lot: 59, farm: pigFarm, slaughterhouse: house, live: .livePig,
                heads: 3, certificateDefects: false)
            {
                try transfer(
                    from: house, stock: carcass, to: market, quantity: house.stock[carcass].onHand, at: time(day, 4, 59)
                )
                prune(house)
                // The rogue house is both without agreement and undesignated: every delivery is both defects.
                addDefect(.noSupplyAgreement, primary: lastReceipt)
                addDefect(.undesignatedSlaughterhouse, primary: lastReceipt)
            }
        }
        if !schools.isEmpty, due(.unapprovedSupplier, day) {
            try harvestAndDeliver(
                farm: vegetableFarms[0], market: schools[day % schools.count], product: product,
                kilograms: Amount(40), shelfDays: shelfDays, at: time(day, 1, 20))
            addDefect(.unapprovedSupplier, primary: lastReceipt)
        }
        if !schools.isEmpty, due(.redCardSupplier, day) {
            let school = schools[(day + 1) % schools.count]
            let farm = try newFarm("红牌配送蔬菜场", day: day)
            try writer.emit(
                school,
                CertifyBody(
                    type: .approvedSupplier, number: nextDocumentNumber("AS"), subject: farm.id,
                    validFrom: time(day, 0, 30),
                    validUntil: time(day + 365, 0)), at: time(day, 0, 30))
            try writer.emit(
                regulator,
                CertifyBody(
                    type: .redCard, number: nextDocumentNumber("RC"), subject: farm.id, validFrom: time(day, 0, 40),
                    result: "学校食堂供应商红牌"), at: time(day, 0, 40))
            try harvestAndDeliver(
                farm: farm, market: school, product: product, kilograms: Amount(30), shelfDays: shelfDays,
                at: time(day, 1, 30))
            addDefect(.redCardSupplier, primary: lastReceipt)
        }
    }

    private func newFarm(_ title: String, day: Int, creditCode: String? = nil) throws -> DemoActor {
        let farm = try makeActor("FARM", "蒲江县\(title)", .farm, area: "510131", creditCode: creditCode)
        try register(farm, day: day)
        return farm
    }

    /// A recall of a recent carcass batch: holders return what they have, except one stall that keeps selling.
    func recallIfDue(day: Int) throws {
        guard due(.saleAfterRecall, day) else { return }
        let holders = stalls.filter { stall in
            stall.stock.contains { $0.onHand >= Amount(2) && $0.product.category == .pork && $0.taints.isEmpty }
        }
        guard let stall = holders.first,
            let batch = stall.stock.first(where: {
                $0.onHand >= Amount(2) && $0.product.category == .pork && $0.taints.isEmpty
            }),
            // The slaughterhouse's last batch upstream (its carcass, not the live lot it received), picked from the
            // codes in order: a set's order changes from run to run, and the demo must not.
            let carcass = ancestors(of: batch.code.digits).sorted().last(where: { code in
                slaughterhouses.contains { code.hasPrefix($0.area + $0.node) }
            }),
            let carcassCode = try? TraceCode(validating: carcass)
        else { return }
        let notice = nextDocumentNumber("RECALL-")
        let recallAt = time(day, 20, 40)
        let recallID = try writer.emit(
            regulator,
            RecallBody(
                recall: notice, batch: carcassCode, level: 2, reason: "同批次产品抽检不合格，主动召回"), at: recallAt)
        let scope = descendants(of: carcass)
        let defect = addDefect(.saleAfterRecall, primary: recallID, codes: Array(scope))
        var minute = 0
        for holder in actors where holder !== stall {
            for index in holder.stock.indices
            where scope.contains(holder.stock[index].code.digits) && holder.stock[index].onHand.micros > 0 {
                minute += 1
                let stock = holder.stock[index]
                try writer.emit(
                    holder,
                    DisposeBody(
                        batch: stock.code, quantity: Quantity(stock.onHand, stock.unit), method: "returned",
                        recall: notice), at: time(day, 21, min(59, minute)))
                holder.stock[index].onHand = .zero
                holder.stock[index].recalled = true
            }
        }
        for index in stall.stock.indices where scope.contains(stall.stock[index].code.digits) {
            while stall.stock[index].onHand >= Amount(1), defects[defect].records.count < 3 {
                let saleID = try recordSale(
                    stall, stock: index, quantity: Amount(1), at: time(day, 22, defects[defect].records.count))
                defects[defect].records.append(saleID)
            }
            let rest = stall.stock[index].onHand
            if rest.micros > 0 {
                try writer.emit(
                    stall,
                    DisposeBody(
                        batch: stall.stock[index].code, quantity: Quantity(rest, stall.stock[index].unit),
                        method: "returned", recall: notice), at: time(day, 23))
                stall.stock[index].onHand = .zero
            }
            stall.stock[index].recalled = true
        }
        for holder in actors { prune(holder) }
    }
}
