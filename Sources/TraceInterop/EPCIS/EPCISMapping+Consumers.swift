import TraceModel

extension EPCISMapping {
    static func sell(_ b: SellBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.quantity)]))
        e.set("action", "OBSERVE")
        e.set("bizStep", "retail_selling")
        e.set("disposition", "retail_sold")
        e.set("readPoint", places.readPoint)
        e.set(
            "bizTransactionList",
            EventBuilder.entries("bizTransaction", [(FoodTraceURI.slipTransactionType, FoodTraceURI.lot(b.slip))]))
        return e
    }

    /// A meal: every ingredient batch (quantities summed per batch and unit) into the meal's code.
    static func use(_ b: UseBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var totals: [(batch: TraceCode, quantity: Quantity)] = []
        for ingredient in b.dishes.flatMap(\.ingredients) {
            if let index = totals.firstIndex(where: {
                $0.batch == ingredient.batch && $0.quantity.unit == ingredient.quantity.unit
            }) {
                totals[index].quantity.value += ingredient.quantity.value
            } else {
                totals.append((ingredient.batch, ingredient.quantity))
            }
        }
        var e = EventBuilder(type: "TransformationEvent", at: at)
        e.set("inputQuantityList", EventBuilder.quantityList(totals.map { ($0.batch, $0.quantity) }))
        e.set("outputQuantityList", EventBuilder.quantityList([(b.meal, nil)]))
        e.set("bizStep", "commissioning")
        e.set("readPoint", places.readPoint)
        e.set("bizLocation", places.bizLocation)
        var ilmd: [(key: String, value: JSONValue)] = [
            ("ft:service", .string(b.service)), ("ft:servedAt", .string(b.servedAt.text)),
        ]
        if let diners = b.diners { ilmd.append(("ft:diners", .number(String(diners)))) }
        e.set("ilmd", .object(ilmd))
        return e
    }

    static func recall(_ b: RecallBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, nil)]))
        e.set("action", "OBSERVE")
        e.set("disposition", "recalled")
        e.set("readPoint", places.readPoint)
        e.set("ft:recallNotice", b.recall)
        e.set("ft:recallLevel", .number(String(b.level)))
        e.set("ft:reason", b.reason)
        return e
    }

    static func dispose(_ b: DisposeBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        let destroyed = b.method == "destroyed"
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.quantity)]))
        e.set("action", destroyed ? "DELETE" : "OBSERVE")
        if destroyed { e.set("bizStep", "destroying") }
        e.set("disposition", destroyed ? "destroyed" : "returned")
        e.set("readPoint", places.readPoint)
        e.set("ft:recallNotice", b.recall)
        e.set("ft:note", b.note)
        return e
    }

    /// A stock count: the quantity found of the batch, observed where it is held (CBV `cycle_counting`).
    static func count(_ b: CountBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.counted)]))
        e.set("action", "OBSERVE")
        e.set("bizStep", "cycle_counting")
        e.set("readPoint", places.readPoint)
        e.set("bizLocation", places.bizLocation)
        e.set("ft:note", b.note)
        return e
    }

    /// A voided sale: the slip's lot is taken out of existence (`DELETE`); its goods are back on hand.
    static func void(_ b: VoidBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.slip, nil)]))
        e.set("action", "DELETE")
        e.set("readPoint", places.readPoint)
        e.set("ft:voidReason", b.reason)
        return e
    }
}
