// The bodies and values ``QuickObject`` reads: each `init?(quickly:)` takes exactly the members its type's
// `Decodable` conformance reads (optional ones may be missing), and gives `nil` on anything else. Members are
// asked for in canonical order, required ones first.

extension Quantity {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let unit: QuantityUnit = object.required("unit", QuickValue.named),
            let value = object.required("value", QuickValue.amount),
            object.isComplete
        else { return nil }
        self.init(value, unit)
    }
}

extension DocumentRef {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let number = object.required("number", QuickValue.string),
            let type: DocumentType = object.required("type", QuickValue.named),
            object.isComplete
        else { return nil }
        self.init(type: type, number: number)
    }
}

extension EPCISOrigin {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let event = object.required("event", QuickValue.string),
            let eventID = object.required("eventID", QuickValue.string),
            object.isComplete
        else { return nil }
        self.init(eventID: eventID, event: event)
    }
}

extension Product {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let category: ProductCategory = object.required("category", QuickValue.named),
            let code = object.required("code", QuickValue.string),
            let name = object.required("name", QuickValue.string),
            object.isComplete
        else { return nil }
        self.init(code: code, name: name, category: category)
    }
}

extension Place {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let area = object.required("area", QuickValue.string),
            let name = object.required("name", QuickValue.string),
            object.isComplete
        else { return nil }
        self.init(area: area, name: name)
    }
}

extension BatchQuantity {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let batch = object.required("batch", QuickValue.traceCode),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            object.isComplete
        else { return nil }
        self.init(batch: batch, quantity: quantity)
    }
}

extension TransformOutput {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let batch = object.required("batch", QuickValue.traceCode),
            let product = object.required("product", Product.init(quickly:)),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let expires = object.optional("expires", QuickValue.timestamp),
            object.isComplete
        else { return nil }
        self.init(batch: batch, product: product, quantity: quantity, expires: expires)
    }
}

extension Sample {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let grams = object.required("grams", QuickValue.amount),
            let keptBy = object.required("keptBy", QuickValue.string),
            let keptUntil = object.required("keptUntil", QuickValue.timestamp),
            object.isComplete
        else { return nil }
        self.init(grams: grams, keptUntil: keptUntil, keptBy: keptBy)
    }
}

extension Dish {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let ingredients = object.required("ingredients", { QuickValue.array($0, BatchQuantity.init(quickly:)) }),
            let name = object.required("name", QuickValue.string),
            let sample = object.optional("sample", Sample.init(quickly:)),
            object.isComplete
        else { return nil }
        self.init(name: name, ingredients: ingredients, sample: sample)
    }
}

extension SellBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let amount = object.required("amount", QuickValue.amount),
            let batch = object.required("batch", QuickValue.traceCode),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let slip = object.required("slip", QuickValue.traceCode),
            let unitPrice = object.required("unitPrice", QuickValue.amount),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            let pricedIn: MarketUnit? = object.optional("pricedIn", QuickValue.named),
            object.isComplete
        else { return nil }
        self.init(
            slip: slip, batch: batch, quantity: quantity, unitPrice: unitPrice, amount: amount, pricedIn: pricedIn,
            epcis: epcis)
    }
}

extension ShipBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let batch = object.required("batch", QuickValue.traceCode),
            let documents = object.required("documents", { QuickValue.array($0, DocumentRef.init(quickly:)) }),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let shipment = object.required("shipment", QuickValue.string),
            let to = object.required("to", QuickValue.string),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            let vehicle = object.optional("vehicle", QuickValue.string),
            object.isComplete
        else { return nil }
        self.init(
            shipment: shipment, batch: batch, quantity: quantity, to: to, documents: documents, vehicle: vehicle,
            epcis: epcis)
    }
}

extension ReceiveBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let accepted = object.required("accepted", QuickValue.bool),
            let local = object.required("as", QuickValue.traceCode),
            let batch = object.required("batch", QuickValue.traceCode),
            let documents = object.required("documents", { QuickValue.array($0, DocumentRef.init(quickly:)) }),
            let from = object.required("from", QuickValue.string),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let shipment = object.required("shipment", QuickValue.string),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            let expires = object.optional("expires", QuickValue.timestamp),
            let inspectors = object.optional("inspectors", { QuickValue.array($0, QuickValue.string) }),
            object.isComplete
        else { return nil }
        self.init(
            shipment: shipment, from: from, batch: batch, as: local, quantity: quantity, documents: documents,
            accepted: accepted, inspectors: inspectors, expires: expires, epcis: epcis)
    }
}

extension TransformBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let inputs = object.required("inputs", { QuickValue.array($0, BatchQuantity.init(quickly:)) }),
            let outputs = object.required("outputs", { QuickValue.array($0, TransformOutput.init(quickly:)) }),
            let process: Process = object.required("process", QuickValue.named),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            object.isComplete
        else { return nil }
        self.init(process: process, inputs: inputs, outputs: outputs, epcis: epcis)
    }
}

extension UseBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let dishes = object.required("dishes", { QuickValue.array($0, Dish.init(quickly:)) }),
            let meal = object.required("meal", QuickValue.traceCode),
            let servedAt = object.required("servedAt", QuickValue.timestamp),
            let service = object.required("service", QuickValue.string),
            let diners = object.optional("diners", QuickValue.integer),
            object.isComplete
        else { return nil }
        self.init(meal: meal, service: service, servedAt: servedAt, diners: diners, dishes: dishes)
    }
}

extension ProduceBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let batch = object.required("batch", QuickValue.traceCode),
            let origin = object.required("origin", Place.init(quickly:)),
            let product = object.required("product", Product.init(quickly:)),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            let expires = object.optional("expires", QuickValue.timestamp),
            object.isComplete
        else { return nil }
        self.init(batch: batch, product: product, quantity: quantity, origin: origin, expires: expires, epcis: epcis)
    }
}

extension DisposeBody {
    init?(quickly json: JSONValue) {
        guard var object = QuickObject(json),
            let batch = object.required("batch", QuickValue.traceCode),
            let method = object.required("method", QuickValue.string),
            let quantity = object.required("quantity", Quantity.init(quickly:)),
            let epcis = object.optional("epcis", EPCISOrigin.init(quickly:)),
            let note = object.optional("note", QuickValue.string),
            let recall = object.optional("recall", QuickValue.string),
            object.isComplete
        else { return nil }
        self.init(batch: batch, quantity: quantity, method: method, recall: recall, note: note, epcis: epcis)
    }
}
