import TraceModel

/// Reads the body of a record a store already verified straight from its JSON, without the
/// `Codable` round trip (canonicalise, decode, re-encode, compare) that strict parsing makes.
///
/// An export reads every record of a ledger, so this is most of its time saved. Only the exact
/// shape strict decoding accepts is read: a missing or unknown member, a `null`, a value of the
/// wrong type or form gives `nil`, and the caller falls back to ``Record/decodedBody()``, which
/// says what is wrong. The result is then checked with the body's own `validate()`. `register` and
/// `revoke` records (few, and large) always take the strict path.
enum StoredBody {
    struct Mismatch: Error {}

    /// The body, or `nil` when it does not have the exact expected shape.
    static func decode(kind: RecordKind, _ json: JSONValue) -> AnyBody? {
        do throws(Mismatch) {
            let body = try read(kind: kind, json)
            do { try body?.value.validate() } catch { return nil }
            return body
        } catch {
            return nil
        }
    }

    private static func read(kind: RecordKind, _ json: JSONValue) throws(Mismatch) -> AnyBody? {
        var r = try Fields(json)
        let body: AnyBody
        switch kind {
        case .register, .revoke, .attest: return nil
        case .produce:
            body = .produce(
                ProduceBody(
                    batch: try code(r.required("batch")), product: try product(r.required("product")),
                    quantity: try quantity(r.required("quantity")), origin: try place(r.required("origin")),
                    expires: try r.optional("expires").map(time), epcis: try r.optional("epcis").map(origin)))
        case .transform:
            body = .transform(
                TransformBody(
                    process: try enumeration(r.required("process")),
                    inputs: try array(r.required("inputs"), batchQuantity),
                    outputs: try array(r.required("outputs"), output),
                    epcis: try r.optional("epcis").map(origin)))
        case .ship:
            body = .ship(
                ShipBody(
                    shipment: try string(r.required("shipment")), batch: try code(r.required("batch")),
                    quantity: try quantity(r.required("quantity")), to: try string(r.required("to")),
                    documents: try array(r.required("documents"), document),
                    vehicle: try r.optional("vehicle").map(string),
                    epcis: try r.optional("epcis").map(origin)))
        case .receive:
            body = .receive(
                ReceiveBody(
                    shipment: try string(r.required("shipment")), from: try string(r.required("from")),
                    batch: try code(r.required("batch")), as: try code(r.required("as")),
                    quantity: try quantity(r.required("quantity")),
                    documents: try array(r.required("documents"), document), accepted: try bool(r.required("accepted")),
                    inspectors: try r.optional("inspectors").map { v throws(Mismatch) in try array(v, string) },
                    expires: try r.optional("expires").map(time), epcis: try r.optional("epcis").map(origin)))
        case .test:
            body = .test(
                TestBody(
                    batch: try code(r.required("batch")), analyte: try string(r.required("analyte")),
                    method: try string(r.required("method")), result: try string(r.required("result")),
                    value: try r.optional("value").map(string), report: try r.optional("report").map(document),
                    clears: try r.optional("clears").map(string)))
        case .certify:
            body = .certify(
                CertifyBody(
                    type: try enumeration(r.required("type")), number: try string(r.required("number")),
                    subject: try r.optional("subject").map(string), batch: try r.optional("batch").map(code),
                    product: try r.optional("product").map(product), quantity: try r.optional("quantity").map(quantity),
                    origin: try r.optional("origin").map(place), destination: try r.optional("destination").map(string),
                    validFrom: try time(r.required("validFrom")), validUntil: try r.optional("validUntil").map(time),
                    result: try r.optional("result").map(string), vehicle: try r.optional("vehicle").map(string),
                    earTags: try r.optional("earTags").map { v throws(Mismatch) in try array(v, string) }))
        case .sell:
            body = .sell(
                SellBody(
                    slip: try code(r.required("slip")), batch: try code(r.required("batch")),
                    quantity: try quantity(r.required("quantity")), unitPrice: try amount(r.required("unitPrice")),
                    amount: try amount(r.required("amount")),
                    pricedIn: try r.optional("pricedIn").map { v throws(Mismatch) in try enumeration(v) },
                    epcis: try r.optional("epcis").map(origin)))
        case .use:
            body = .use(
                UseBody(
                    meal: try code(r.required("meal")), service: try string(r.required("service")),
                    servedAt: try time(r.required("servedAt")), diners: try r.optional("diners").map(int),
                    dishes: try array(r.required("dishes"), dish)))
        case .recall:
            body = .recall(
                RecallBody(
                    recall: try string(r.required("recall")), batch: try code(r.required("batch")),
                    level: try int(r.required("level")), reason: try string(r.required("reason"))))
        case .dispose:
            body = .dispose(
                DisposeBody(
                    batch: try code(r.required("batch")), quantity: try quantity(r.required("quantity")),
                    method: try string(r.required("method")), recall: try r.optional("recall").map(string),
                    note: try r.optional("note").map(string), epcis: try r.optional("epcis").map(origin)))
        case .count:
            body = .count(
                CountBody(
                    batch: try code(r.required("batch")), counted: try quantity(r.required("counted")),
                    note: try r.optional("note").map(string)))
        case .void:
            body = .void(VoidBody(slip: try code(r.required("slip")), reason: try string(r.required("reason"))))
        }
        try r.finish()
        return body
    }

    /// An object's members, each to be taken once; members left over at ``finish()`` are unknown.
    struct Fields {
        private let members: [(key: String, value: JSONValue)]
        private var taken = 0

        init(_ json: JSONValue) throws(Mismatch) {
            guard case .object(let members) = json else { throw Mismatch() }
            self.members = members
        }

        mutating func optional(_ key: String) throws(Mismatch) -> JSONValue? {
            guard let member = members.first(where: { $0.key == key }) else { return nil }
            if case .null = member.value { throw Mismatch() }
            taken += 1
            return member.value
        }

        mutating func required(_ key: String) throws(Mismatch) -> JSONValue {
            guard let value = try optional(key) else { throw Mismatch() }
            return value
        }

        func finish() throws(Mismatch) {
            guard taken == members.count else { throw Mismatch() }
        }
    }

    static func string(_ value: JSONValue) throws(Mismatch) -> String {
        guard case .string(let text) = value else { throw Mismatch() }
        return text
    }

    static func bool(_ value: JSONValue) throws(Mismatch) -> Bool {
        guard case .bool(let flag) = value else { throw Mismatch() }
        return flag
    }

    static func int(_ value: JSONValue) throws(Mismatch) -> Int {
        guard case .number(let text) = value, let number = Int(text) else { throw Mismatch() }
        return number
    }

    static func code(_ value: JSONValue) throws(Mismatch) -> TraceCode {
        do { return try TraceCode(validating: try string(value)) } catch { throw Mismatch() }
    }

    static func amount(_ value: JSONValue) throws(Mismatch) -> Amount {
        guard let amount = Amount(try string(value)) else { throw Mismatch() }
        return amount
    }

    static func time(_ value: JSONValue) throws(Mismatch) -> Timestamp {
        guard let time = Timestamp(try string(value)) else { throw Mismatch() }
        return time
    }

    static func enumeration<E: RawRepresentable>(_ value: JSONValue) throws(Mismatch) -> E where E.RawValue == String {
        guard let result = E(rawValue: try string(value)) else { throw Mismatch() }
        return result
    }

    static func array<T>(_ value: JSONValue, _ element: (JSONValue) throws(Mismatch) -> T) throws(Mismatch) -> [T] {
        guard case .array(let elements) = value else { throw Mismatch() }
        var out: [T] = []
        out.reserveCapacity(elements.count)
        for item in elements { out.append(try element(item)) }
        return out
    }

    static func quantity(_ value: JSONValue) throws(Mismatch) -> Quantity {
        var r = try Fields(value)
        let quantity = Quantity(try amount(r.required("value")), try enumeration(r.required("unit")))
        try r.finish()
        return quantity
    }

    static func product(_ value: JSONValue) throws(Mismatch) -> Product {
        var r = try Fields(value)
        let product = Product(
            code: try string(r.required("code")), name: try string(r.required("name")),
            category: try enumeration(r.required("category")))
        try r.finish()
        return product
    }

    static func place(_ value: JSONValue) throws(Mismatch) -> Place {
        var r = try Fields(value)
        let place = Place(area: try string(r.required("area")), name: try string(r.required("name")))
        try r.finish()
        return place
    }

    static func document(_ value: JSONValue) throws(Mismatch) -> DocumentRef {
        var r = try Fields(value)
        let document = DocumentRef(type: try enumeration(r.required("type")), number: try string(r.required("number")))
        try r.finish()
        return document
    }

    static func origin(_ value: JSONValue) throws(Mismatch) -> EPCISOrigin {
        var r = try Fields(value)
        let origin = EPCISOrigin(eventID: try string(r.required("eventID")), event: try string(r.required("event")))
        try r.finish()
        return origin
    }

    static func batchQuantity(_ value: JSONValue) throws(Mismatch) -> BatchQuantity {
        var r = try Fields(value)
        let item = BatchQuantity(batch: try code(r.required("batch")), quantity: try quantity(r.required("quantity")))
        try r.finish()
        return item
    }

    static func output(_ value: JSONValue) throws(Mismatch) -> TransformOutput {
        var r = try Fields(value)
        let item = TransformOutput(
            batch: try code(r.required("batch")), product: try product(r.required("product")),
            quantity: try quantity(r.required("quantity")), expires: try r.optional("expires").map(time))
        try r.finish()
        return item
    }

    static func dish(_ value: JSONValue) throws(Mismatch) -> Dish {
        var r = try Fields(value)
        let item = Dish(
            name: try string(r.required("name")), ingredients: try array(r.required("ingredients"), batchQuantity),
            sample: try r.optional("sample").map(sample))
        try r.finish()
        return item
    }

    static func sample(_ value: JSONValue) throws(Mismatch) -> TraceModel.Sample {
        var r = try Fields(value)
        let item = TraceModel.Sample(
            grams: try amount(r.required("grams")), keptUntil: try time(r.required("keptUntil")),
            keptBy: try string(r.required("keptBy")))
        try r.finish()
        return item
    }
}
