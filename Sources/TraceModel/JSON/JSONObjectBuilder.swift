/// Where ``JSONParser`` puts an object's members as it reads them.
protocol JSONObjectBuilder {
    /// Whether a member named `name` was taken before. Asked before the member's value is read, and only once the
    /// names are not known to be in increasing order (in which none can repeat).
    mutating func repeats(_ name: String) -> Bool
    /// Takes the next member; `range` is where it stands in the text, from its name's opening quote to the end of
    /// its value. The value is handed over (consumed), so that keeping it costs no second reference.
    mutating func take(_ name: String, _ value: consuming JSONValue, at range: Range<Int>)

    /// Where members of a member's object value go when this builder takes them one by one (``object(for:)``).
    associatedtype Nested: JSONObjectBuilder = MemberList
    /// A builder for member `name`'s value, asked once the value is known to be an object; `nil` to take the value
    /// as a whole (``take(_:_:at:)``).
    mutating func object(for name: String) -> Nested?
    /// Takes the next member, whose object value was read into `object`; `range` as for ``take(_:_:at:)``.
    mutating func take(_ name: String, object: consuming Nested, at range: Range<Int>)
}

extension JSONObjectBuilder where Nested == MemberList {
    func object(for name: String) -> MemberList? { nil }

    func take(_ name: String, object: consuming MemberList, at range: Range<Int>) {
        // Never asked for: `object(for:)` hands out no builder.
    }
}

/// An object's members in document order: what a ``JSONValue/object(_:)`` holds.
struct MemberList: JSONObjectBuilder {
    private(set) var members: [(key: String, value: JSONValue)] = []
    /// Names taken so far, once there are too many to compare with each (records' objects are small).
    private var seen: Set<String>?

    /// Objects up to this many members look for a repeated name by comparing with each.
    private static let linearNameLimit = 16

    mutating func repeats(_ name: String) -> Bool {
        if seen != nil { return !seen!.insert(name).inserted }
        if members.count < Self.linearNameLimit { return members.contains { $0.key == name } }
        seen = Set(members.map(\.key))
        return !seen!.insert(name).inserted
    }

    mutating func take(_ name: String, _ value: consuming JSONValue, at range: Range<Int>) {
        // Room for a record's envelope at once, rather than growing 1, 2, 4, 8.
        if members.isEmpty { members.reserveCapacity(8) }
        members.append((name, value))
    }
}
