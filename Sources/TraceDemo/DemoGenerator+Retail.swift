import TraceModel

extension DemoGenerator {
    /// Every stall sells its day's slips from its oldest batches.
    func sell(day: Int) throws {
        let oversoldStall = due(.oversold, day) ? stalls.firstIndex { !$0.stock.isEmpty } : nil
        for (stallIndex, stall) in stalls.enumerated() {
            let category = stallKind[stall.id]!
            var secondOfDay = 8 * 3600 + stallIndex % 60
            let step = max(1, 12 * 3600 / max(1, scale.salesPerStallDay))
            for _ in 0..<scale.salesPerStallDay {
                guard let index = stall.stock.firstIndex(of: [category], atLeast: Amount(micros: 100_000)) else {
                    break
                }
                let wanted = Amount(micros: Int64(rng.int(3...25)) * 100_000)
                let available = stall.stock[index].onHand
                let quantity = available >= wanted ? wanted : roundTenths(available)
                guard quantity.micros > 0 else { break }
                secondOfDay += step
                try recordSale(stall, stock: index, quantity: quantity, at: time(day, 0, 0, secondOfDay))
            }
            if stallIndex == oversoldStall, let index = stall.stock.indices.last {
                let batch = stall.stock[index]
                let quantity = batch.onHand + Amount(3)
                let saleID = try recordSale(stall, stock: index, quantity: quantity, at: time(day, 20, 30))
                addDefect(.oversold, primary: batch.receipt ?? saleID, records: [saleID], codes: [batch.code.digits])
            }
            prune(stall)
        }
    }

    /// One slip: the stall's signed `sell` record.
    @discardableResult
    func recordSale(_ stall: DemoActor, stock index: Int, quantity: Amount, at t: Timestamp) throws -> String {
        let batch = stall.stock[index]
        let price = DemoProducts.price(batch.product.category, &rng)
        let amount = Amount(roundingToCents: quantity.multiplied(by: price) ?? .zero)
        let slip = stall.nextCode(at: t)
        let id = try writer.emit(
            stall,
            SellBody(
                slip: slip, batch: batch.code, quantity: Quantity(quantity, batch.unit),
                unitPrice: price, amount: amount), at: t)
        stall.stock[index].onHand = batch.onHand >= quantity ? batch.onHand - quantity : .zero
        link(batch.code, slip)
        slipCodes.append(slip.digits)
        return id
    }

    /// Lunch in every school and enterprise canteen: three or four dishes with retained samples.
    func serveMeals(day: Int) throws {
        for (index, canteen) in (schools + canteens).enumerated() {
            let servedAt = time(day, 11, 30, index % 60)
            try destroyExpired(canteen, before: servedAt, at: time(day, 10, 0, index % 60))
            var dishes: [Dish] = []
            var usedSpecial: [DefectType] = []
            func take(_ categories: Set<ProductCategory>, _ kilograms: Int) -> BatchQuantity? {
                guard let stockIndex = canteen.stock.firstIndex(of: categories, atLeast: Amount(1)) else { return nil }
                let stock = canteen.stock[stockIndex]
                let quantity = roundTenths(stock.onHand >= Amount(kilograms) ? Amount(kilograms) : stock.onHand)
                canteen.stock[stockIndex].onHand -= quantity
                link(stock.code, mealPlaceholder)
                return BatchQuantity(batch: stock.code, quantity: Quantity(quantity, stock.unit))
            }
            if let pork = take([.pork], 8) {
                dishes.append(
                    Dish(name: "回锅肉", ingredients: [pork] + (take([.vegetable], 4).map { [$0] } ?? []), sample: nil))
            }
            if let chicken = take([.poultryMeat, .beef], 5) {
                dishes.append(
                    Dish(
                        name: "土豆烧鸡块", ingredients: [chicken] + (take([.vegetable], 4).map { [$0] } ?? []), sample: nil)
                )
            }
            if let greens = take([.vegetable], 6) {
                dishes.append(Dish(name: "清炒时蔬", ingredients: [greens], sample: nil))
            }
            for (type, code) in specialIngredients[canteen.id] ?? [] {
                guard let stockIndex = canteen.stock.firstIndex(where: { $0.code == code }) else { continue }
                let quantity = canteen.stock[stockIndex].onHand
                canteen.stock[stockIndex].onHand = .zero
                link(code, mealPlaceholder)
                let name = type == .bannedFood ? "干煸四季豆" : "凉拌配菜"
                dishes.append(
                    Dish(
                        name: name, ingredients: [BatchQuantity(batch: code, quantity: Quantity(quantity, .kilogram))],
                        sample: nil))
                usedSpecial.append(type)
            }
            specialIngredients[canteen.id] = nil
            guard !dishes.isEmpty else { continue }
            let missingSample = canteen.role == .schoolCanteen && due(.missingSample, day)
            for dishIndex in dishes.indices where !(missingSample && dishIndex == 0) {
                dishes[dishIndex].sample = Sample(
                    grams: Amount(rng.int(150...200)), keptUntil: servedAt.adding(milliseconds: 50 * 3_600_000),
                    keptBy: "食堂留样员")
            }
            let meal = canteen.nextCode(at: servedAt)
            let useID = try writer.emit(
                canteen,
                UseBody(
                    meal: meal, service: "lunch", servedAt: servedAt,
                    diners: rng.int(200...900), dishes: dishes), at: servedAt)
            resolveMealPlaceholder(meal)
            if missingSample { addDefect(.missingSample, primary: useID, codes: [meal.digits]) }
            for type in usedSpecial { addDefect(type, primary: useID, codes: [meal.digits]) }
            prune(canteen)
        }
    }

    /// A canteen destroys what expires before the meal (the defect's own short-dated ingredient excepted).
    private func destroyExpired(_ canteen: DemoActor, before servedAt: Timestamp, at time: Timestamp) throws {
        let keep = Set((specialIngredients[canteen.id] ?? []).map(\.1))
        for index in canteen.stock.indices {
            let stock = canteen.stock[index]
            guard stock.onHand.micros > 0, let expires = stock.expires, expires <= servedAt, !keep.contains(stock.code)
            else { continue }
            try writer.emit(
                canteen,
                DisposeBody(
                    batch: stock.code, quantity: Quantity(stock.onHand, stock.unit), method: "destroyed",
                    note: "过期销毁"), at: time)
            canteen.stock[index].onHand = .zero
        }
    }

    /// Meals get their code after their ingredients are chosen; edges are linked to a placeholder first.
    var mealPlaceholder: TraceCode { TraceCode(payload: "0000000000000000000")! }

    private func resolveMealPlaceholder(_ meal: TraceCode) {
        let placeholder = mealPlaceholder.digits
        guard let parentCodes = parents.removeValue(forKey: placeholder) else { return }
        for parent in parentCodes {
            children[parent] = children[parent]?.map { $0 == placeholder ? meal.digits : $0 }
        }
        parents[meal.digits] = parentCodes
    }
}

extension Amount {
    /// Rounded half up to whole fen (two places).
    init(roundingToCents amount: Amount) {
        self.init(micros: (amount.micros + 5_000) / 10_000 * 10_000)
    }
}
