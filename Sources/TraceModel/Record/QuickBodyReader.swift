/// Reads the bodies most records carry (sales, shipments, receipts, transforms, meals, lots, disposals) straight
/// from their ``JSONValue``, member by member, without the `Decoder` machinery: the quickest way for a body that
/// is exactly right.
///
/// It accepts only what ``BodyValueDecoder`` accepts, with the same result: each member of the type's kind
/// (strings, `true`/`false`, exact decimals, trace codes, times, units and other names from their lists), no
/// member the type does not have, none `null`. It says nothing about what is wrong: on any mismatch it gives
/// `nil`, and the caller takes the slower ways, which name the field and the reason.
///
/// Readers ask for the members a type requires in canonical order (by name), then for the optional ones: in a
/// canonical body each is then found where the last one read stood, and an optional one is known missing once
/// every member has been read.
struct QuickObject {
    private let members: [(key: String, value: JSONValue)]
    /// How many members were read; as names are unique, all were read when this is their count.
    private var taken = 0
    /// Where the next member is looked for first.
    private var next = 0

    /// The members of `value`, when it is an object.
    init?(_ value: JSONValue) {
        guard case .object(let members) = value else { return nil }
        self.members = members
    }

    /// Whether every member was read.
    var isComplete: Bool { taken == members.count }

    /// Where member `key` stands, if anywhere.
    private mutating func position(_ key: String) -> Int? {
        if next < members.count, members[next].key == key { return next }
        return members.firstIndex { $0.key == key }
    }

    /// The value of member `key`; `nil` when it is missing or `null`.
    mutating func required(_ key: String) -> JSONValue? {
        guard let position = position(key), !members[position].value.isNull else { return nil }
        taken += 1
        next = position + 1
        return members[position].value
    }

    /// Member `key` read by `read`: `.some(nil)` when it is missing; `nil` when it is `null` or `read` refuses it.
    mutating func optional<T>(_ key: String, _ read: (JSONValue) -> T?) -> T?? {
        guard taken < members.count, let position = position(key) else { return .some(nil) }
        let value = members[position].value
        guard !value.isNull, let read = read(value) else { return nil }
        taken += 1
        next = position + 1
        return .some(read)
    }

    /// Member `key` read by `read`; `nil` when it is missing, `null` or refused.
    mutating func required<T>(_ key: String, _ read: (JSONValue) -> T?) -> T? {
        required(key).flatMap(read)
    }
}

/// Readers of single values for ``QuickObject``: each gives `nil` where the `Decodable` conformance would fail.
enum QuickValue {
    static func string(_ value: JSONValue) -> String? {
        guard case .string(let text) = value else { return nil }
        return text
    }

    static func bool(_ value: JSONValue) -> Bool? {
        guard case .bool(let flag) = value else { return nil }
        return flag
    }

    /// An integer as ``BodyValueDecoder`` reads one: at most 15 digits.
    static func integer(_ value: JSONValue) -> Int? {
        try? BodyValueDecoder.integer(value)
    }

    static func traceCode(_ value: JSONValue) -> TraceCode? {
        guard case .string(let text) = value else { return nil }
        return try? TraceCode(validating: text)
    }

    static func amount(_ value: JSONValue) -> Amount? {
        guard case .string(let text) = value else { return nil }
        return Amount(text)
    }

    static func timestamp(_ value: JSONValue) -> Timestamp? {
        guard case .string(let text) = value else { return nil }
        return Timestamp(text)
    }

    /// A name from an enumeration's list (units, categories, processes, document types).
    static func named<T: RawRepresentable>(_ value: JSONValue) -> T? where T.RawValue == String {
        guard case .string(let text) = value else { return nil }
        return T(rawValue: text)
    }

    /// An array whose every element `read` accepts.
    static func array<T>(_ value: JSONValue, _ read: (JSONValue) -> T?) -> [T]? {
        guard case .array(let elements) = value else { return nil }
        var out: [T] = []
        out.reserveCapacity(elements.count)
        for element in elements {
            guard let item = read(element) else { return nil }
            out.append(item)
        }
        return out
    }
}

extension JSONValue {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
