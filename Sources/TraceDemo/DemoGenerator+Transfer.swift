import TraceModel

extension DemoGenerator {
    /// Ships `quantity` of `from.stock[index]` to `to`, who receives it as a new local batch.
    /// Returns the receiver's stock index, or `nil` when no receipt is recorded.
    @discardableResult
    func transfer(
        from sender: DemoActor, stock index: Int, to receiver: DemoActor, quantity: Amount, at time: Timestamp,
        receiptDocuments: [DocumentRef]? = nil, record: Bool = true
    ) throws -> Int? {
        var stock = sender.stock[index]
        let shipment = nextDocumentNumber("SHP")
        let shipID = try writer.emit(
            sender,
            ShipBody(
                shipment: shipment, batch: stock.code, quantity: Quantity(quantity, stock.unit), to: receiver.id,
                documents: stock.documents, vehicle: "川A·\(rng.int(10000...99999))"), at: time)
        stock.onHand -= quantity
        sender.stock[index] = stock
        guard record else {
            addDefect(.missingReceipt, primary: shipID, codes: Array(ancestors(of: stock.code.digits)))
            return nil
        }
        let local = receiver.nextCode(at: time)
        let documents = receiptDocuments ?? stock.documents
        let receiveID = try writer.emit(
            receiver,
            ReceiveBody(
                shipment: shipment, from: sender.id, batch: stock.code, as: local,
                quantity: Quantity(quantity, stock.unit),
                documents: documents, accepted: true, inspectors: ["王敏", "李强"], expires: stock.expires),
            at: time.adding(milliseconds: 40 * 60_000))
        link(stock.code, local)
        for taint in stock.taints {
            if defects[taint].primary.isEmpty { defects[taint].primary = receiveID }
            defects[taint].records.append(receiveID)
            defects[taint].codes.append(local.digits)
            defectiveCodes.insert(local.digits)
        }
        receiver.stock.append(
            Stock(
                code: local, product: stock.product, unit: stock.unit, onHand: quantity, expires: stock.expires,
                documents: documents, upstream: stock.code, supplier: sender.id, recalled: stock.recalled,
                taints: stock.taints,
                receipt: receiveID))
        lastReceipt = receiveID
        return receiver.stock.count - 1
    }

    /// Drops empty batches from the front of a party's stock.
    func prune(_ actor: DemoActor) {
        actor.stock.removeAll { $0.onHand.micros == 0 }
    }

    /// Kilograms a customer uses per day of a category.
    func dailyDemand(_ customer: DemoActor, _ category: ProductCategory) -> Amount {
        switch customer.role {
        case .stall:
            return stallKind[customer.id] == category
                ? Amount(scale.salesPerStallDay) + Amount(scale.salesPerStallDay / 3) : .zero
        case .schoolCanteen:
            return category == .pork
                ? Amount(12) : category == .vegetable ? Amount(30) : category == .poultryMeat ? Amount(5) : .zero
        case .canteen:
            return category == .pork
                ? Amount(10) : category == .vegetable ? Amount(20) : category == .beef ? Amount(5) : .zero
        default:
            return .zero
        }
    }

    func onHand(_ actor: DemoActor, _ category: ProductCategory) -> Amount {
        actor.stock.filter { $0.product.category == category && !$0.recalled }.reduce(.zero) { $0 + $1.onHand }
    }

    func customers(of market: DemoActor) -> [DemoActor] {
        (stalls + schools + canteens).filter { supplier(of: $0) === market }
    }

    /// What a wholesale market should buy today: its customers' demand plus a margin, less stock.
    func deficit(_ market: DemoActor, _ category: ProductCategory) -> Amount {
        let demand = customers(of: market).reduce(Amount.zero) { $0 + dailyDemand($1, category) }
        let target = demand + Amount(micros: demand.micros / 2)
        let have = onHand(market, category)
        return have >= target ? .zero : target - have
    }
}
