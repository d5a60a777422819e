import TraceModel

extension DemoGenerator {
    /// Wholesale markets deliver to their stalls and canteens, topping each up to a day and a half of demand.
    func distribute(day: Int) throws {
        var minute = 0
        for market in wholesale {
            for customer in customers(of: market) {
                let categories: [ProductCategory] =
                    customer.role == .stall
                    ? [stallKind[customer.id]!] : [.pork, .vegetable, .poultryMeat, .beef]
                for category in categories {
                    let demand = dailyDemand(customer, category)
                    guard demand.micros > 0 else { continue }
                    let target = demand + Amount(micros: demand.micros / 5)
                    var need = target - onHand(customer, category)
                    while need >= Amount(3), let index = market.stock.firstIndex(of: [category]) {
                        let available = market.stock[index].onHand
                        let quantity = roundTenths(available >= need ? need : available)
                        guard quantity.micros > 0 else { break }
                        minute += 1
                        try deliver(
                            from: market, stock: index, to: customer, quantity: quantity,
                            at: time(day, 6, 0, minute * 3), day: day)
                        need = need >= quantity ? need - quantity : .zero
                    }
                }
            }
            prune(market)
        }
        try deliverSchoolSpecials(day: day)
    }

    /// One delivery, with the receipt-level defects injected where planned.
    private func deliver(
        from market: DemoActor, stock index: Int, to customer: DemoActor, quantity: Amount, at t: Timestamp,
        day: Int
    ) throws {
        let stock = market.stock[index]
        if customer.role == .stall, stock.taints.isEmpty {
            if stock.product.category == .pork, due(.missingMeatInspection, day) {
                let documents = stock.documents.filter { $0.type != .meatInspection }
                if let received = try transfer(
                    from: market, stock: index, to: customer, quantity: quantity, at: t,
                    receiptDocuments: documents)
                {
                    addDefect(
                        .missingMeatInspection, primary: lastReceipt, codes: [customer.stock[received].code.digits])
                }
                return
            }
            if due(.missingReceipt, day) {
                try transfer(from: market, stock: index, to: customer, quantity: quantity, at: t, record: false)
                return
            }
        }
        try transfer(from: market, stock: index, to: customer, quantity: quantity, at: t)
    }

    /// Deliveries that exist to carry school-canteen defects: short-dated fresh-cut vegetables and green beans.
    private func deliverSchoolSpecials(day: Int) throws {
        guard !schools.isEmpty, !vegetableFarms.isEmpty else { return }
        for (type, product) in [
            (DefectType.expiredIngredient, DemoProducts.freshCut), (.bannedFood, DemoProducts.greenBeans),
        ]
        where due(type, day) {
            let school = schools[(day + (type == .bannedFood ? 1 : 0)) % schools.count]
            let market = supplier(of: school)
            let expires = type == .expiredIngredient ? time(day, 10, 30) : time(day + 4, 0)
            let index = try harvestAndDeliver(
                farm: vegetableFarms[day % vegetableFarms.count], market: market, product: product,
                kilograms: Amount(12), shelfDays: 4, at: time(day, 6, 10), expires: expires)
            guard
                let received = try transfer(
                    from: market, stock: index, to: school, quantity: Amount(12), at: time(day, 9, 50))
            else { continue }
            prune(market)
            specialIngredients[school.id, default: []].append((type, school.stock[received].code))
        }
    }

    func roundTenths(_ amount: Amount) -> Amount { Amount(micros: amount.micros / 100_000 * 100_000) }
}
