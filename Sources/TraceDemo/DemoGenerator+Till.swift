import TraceModel

extension DemoGenerator {
    /// The till's defects, injected once each at the end of the period (after the markets' supervision, so the
    /// city's other defects and random draws stay as they were):
    ///
    /// - a stock count (盘点) at a stall that finds a quarter of a batch missing: shrinkage, which the drill of its
    ///   farm lot reports as a `count-shortfall` gap;
    /// - a sale rung up wrong and voided by its stall five minutes later: `trace` flags the slip, the stock is back;
    /// - a sale the till must refuse: the batch the market's rapid test found clenbuterol-positive, still at its stall
    ///   (`foodtrace sell` of it exits 2 naming the test; `scripts/demo` attempts it and logs the refusal).
    func injectTillDefects() throws {
        guard scale.days >= 2, !stalls.isEmpty else { return }
        let lastDay = scale.days - 1
        // The refusal: the first pork batch at a stall of the first market, which the supervision tested positive.
        var refusedStall: DemoActor?
        if let market = markets.first,
            let positive = defects.last(where: { $0.type == DefectType.positiveRateAboveTarget.rawValue }),
            let stall = stalls.first(where: {
                $0.parent == market.id && $0.stock.contains { $0.product.category == .pork }
            }),
            let batch = stall.stock.first(where: { $0.product.category == .pork })
        {
            refusedStall = stall
            let index = addDefect(.tillRefusal, primary: positive.primary, codes: [batch.code.digits])
            defects[index].party = stall.id
        }
        /// A stall batch no other defect touches, with stock to count or sell, not at the refusal's stall.
        func clean(after used: String?) -> (DemoActor, Int)? {
            for stall in stalls where stall !== refusedStall {
                for (index, stock) in stall.stock.enumerated()
                where stock.onHand >= Amount(8) && stock.taints.isEmpty && !stock.recalled
                    && stock.code.digits != used && !defectiveCodes.contains(stock.code.digits)
                    && stock.expires.map({ $0.epochMilliseconds > time(scale.days, 0).epochMilliseconds }) ?? true
                {
                    return (stall, index)
                }
            }
            return nil
        }
        if let (stall, index) = clean(after: nil) {
            let stock = stall.stock[index]
            let missing = roundTenths(Amount(micros: stock.onHand.micros / 4))
            let counted = stock.onHand - missing
            let id = try writer.emit(
                stall, CountBody(batch: stock.code, counted: Quantity(counted, stock.unit), note: "收市盘点"),
                at: time(lastDay, 23, 45))
            stall.stock[index].onHand = counted
            let defect = addDefect(.stockShortfall, primary: id, codes: [stock.code.digits])
            defects[defect].party = stall.id
        }
        if let (stall, index) = clean(after: defects.last?.codes.first) {
            let sale = try recordSale(stall, stock: index, quantity: Amount(1), at: time(lastDay, 23, 50))
            guard let slip = slipCodes.popLast(), let code = try? TraceCode(validating: slip) else { return }
            let id = try writer.emit(stall, VoidBody(slip: code, reason: "称重录错，重新开票"), at: time(lastDay, 23, 55))
            stall.stock[index].onHand += Amount(1)
            let defect = addDefect(.voidedSale, primary: id, records: [sale], codes: [slip])
            defects[defect].party = stall.id
        }
    }
}
