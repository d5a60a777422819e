import TraceModel

/// Builds one EPCIS event object member by member, in a readable order.
struct EventBuilder {
    private(set) var members: [(key: String, value: JSONValue)] = []

    /// `type`, `eventTime` (the record's `at`, as written) and `eventTimeZoneOffset`.
    init(type: String, at: Timestamp) {
        members.reserveCapacity(16)
        members += [
            ("type", .string(type)), ("eventTime", .string(at.text)),
            ("eventTimeZoneOffset", .string(EventBuilder.offset(at))),
        ]
    }

    /// An event that starts from members written elsewhere (a partner's event an attestation keeps).
    init(members: [(key: String, value: JSONValue)]) {
        self.members = members
    }

    var json: JSONValue { .object(members) }

    mutating func set(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        members.append((key, value))
    }

    mutating func set(_ key: String, _ text: String?) {
        guard let text else { return }
        members.append((key, .string(text)))
    }

    /// `+08:00` for a time written at UTC+8; `+00:00` for `Z`.
    static func offset(_ time: Timestamp) -> String {
        let magnitude = abs(time.offsetMinutes)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return (time.offsetMinutes < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
    }

    /// A quantity element: the lot as a class-level identifier, the amount as a JSON number and the
    /// UN/CEFACT unit code.
    static func quantityElement(_ batch: TraceCode, _ quantity: Quantity?) -> JSONValue {
        var element: [(key: String, value: JSONValue)] = [("epcClass", .string(FoodTraceURI.lot(batch)))]
        if let quantity {
            element.append(("quantity", .number(quantity.value.description)))
            element.append(("uom", .string(quantity.unit.uneceCode)))
        }
        return .object(element)
    }

    static func quantityList(_ items: [(TraceCode, Quantity?)]) -> JSONValue {
        .array(items.map { quantityElement($0.0, $0.1) })
    }

    static func location(_ id: String) -> JSONValue { .object([("id", .string(id))]) }

    static func entries(_ kind: String, _ items: [(type: String, value: String)]) -> JSONValue {
        .array(items.map { .object([("type", .string($0.type)), (kind, .string($0.value))]) })
    }

    static func text(_ value: String?) -> JSONValue? { value.map { .string($0) } }
}
