/// Decodes a body straight from its ``JSONValue`` through the body's own `Decodable` conformance: the quick way
/// for bodies that are exactly right.
///
/// It accepts only what the strict path in ``BodyDecoding`` accepts (through `JSONDecoder`, the unknown-field
/// check and the number checks), with the same result: strings, `true`/`false`, integers of at most 15 digits
/// (which a double holds exactly), objects and arrays, each where the type asks for one; every member must be
/// read, with a value other than `null`. It says nothing about what is wrong: on any mismatch it gives `nil` and
/// the caller takes the strict path, which names the field and the reason.
enum BodyValueDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from json: JSONValue) -> T? {
        let usage = MemberUsage()
        guard let value = try? T(from: ValueDecoder(value: json, usage: usage)), usage.everyMemberRead else {
            return nil
        }
        return value
    }

    /// The shape did not match what the type asked for.
    struct Mismatch: Error {}

    /// Which members of each object read so far were taken, one bit per member.
    final class MemberUsage {
        /// Per object: the members taken, and every member.
        private var objects: [(taken: UInt64, all: UInt64)] = []

        init() { objects.reserveCapacity(8) }

        /// Registers an object with `count` members; `nil` when it is too large to track (the strict path takes it).
        func register(count: Int) -> Int? {
            guard count <= 64 else { return nil }
            objects.append((0, count == 64 ? .max : (1 << UInt64(count)) - 1))
            return objects.count - 1
        }

        func take(_ member: Int, of slot: Int) { objects[slot].taken |= 1 << UInt64(member) }

        var everyMemberRead: Bool { objects.allSatisfy { $0.taken == $0.all } }
    }

    static func string(_ value: JSONValue) throws(Mismatch) -> String {
        guard case .string(let text) = value else { throw Mismatch() }
        return text
    }

    static func bool(_ value: JSONValue) throws(Mismatch) -> Bool {
        guard case .bool(let flag) = value else { throw Mismatch() }
        return flag
    }

    /// An integer written with at most 15 digits: the strict path reads the double it denotes, which is then exact.
    static func integer(_ value: JSONValue) throws(Mismatch) -> Int {
        guard case .number(let text) = value, text.utf8.count <= 16, let number = Int(text),
            abs(number) < 1_000_000_000_000_000
        else { throw Mismatch() }
        return number
    }

    static func fixedWidth<T: FixedWidthInteger>(_ value: JSONValue) throws(Mismatch) -> T {
        guard let number = T(exactly: try integer(value)) else { throw Mismatch() }
        return number
    }
}

extension BodyValueDecoder {
    struct ValueDecoder: Decoder {
        let value: JSONValue
        let usage: MemberUsage
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let members) = value, let slot = usage.register(count: members.count) else {
                throw Mismatch()
            }
            return KeyedDecodingContainer(ObjectContainer<Key>(members: members, usage: usage, slot: slot))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = value else { throw Mismatch() }
            return ArrayContainer(elements: elements, usage: usage)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(value: value) }
    }

    /// Decodes `T` from `value` through its `init(from:)`. A string, number or boolean gets a decoder small enough
    /// to be passed without an allocation; only objects and arrays need the member usage.
    static func decodeValue<T: Decodable>(_ type: T.Type, _ value: JSONValue, _ usage: MemberUsage) throws -> T {
        switch value {
        case .object, .array: return try T(from: ValueDecoder(value: value, usage: usage))
        default: return try T(from: ScalarDecoder(value: value))
        }
    }

    /// A decoder for a string, number, boolean or `null`.
    struct ScalarDecoder: Decoder {
        let value: JSONValue
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw Mismatch()
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Mismatch() }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(value: value) }
    }

    struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [(key: String, value: JSONValue)]
        let usage: MemberUsage
        let slot: Int
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        func contains(_ key: Key) -> Bool { position(key) != nil }

        private func position(_ key: Key) -> Int? {
            let name = key.stringValue
            return members.firstIndex { $0.key == name }
        }

        /// The member's value, marked as read; `null` counts as absent (and stays unread).
        private func present(_ key: Key) -> JSONValue? {
            guard let index = position(key) else { return nil }
            let value = members[index].value
            if case .null = value { return nil }
            usage.take(index, of: slot)
            return value
        }

        private func required(_ key: Key) throws -> JSONValue {
            guard let value = present(key) else { throw Mismatch() }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let index = position(key) else { throw Mismatch() }
            if case .null = members[index].value { return true }
            return false
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try bool(try required(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try string(try required(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(try required(key)) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try fixedWidth(try required(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw Mismatch() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw Mismatch() }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try decodeValue(type, try required(key), usage)
        }

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try present(key).map { value throws(Mismatch) in try string(value) }
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try present(key).map { value throws(Mismatch) in try integer(value) }
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try present(key).map { value throws(Mismatch) in try bool(value) }
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let value = present(key) else { return nil }
            return try decodeValue(type, value, usage)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try ValueDecoder(value: try required(key), usage: usage).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(value: try required(key), usage: usage).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw Mismatch() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw Mismatch() }
    }

    struct ArrayContainer: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        let usage: MemberUsage
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [JSONValue], usage: MemberUsage) {
            self.elements = elements
            self.usage = usage
        }

        private mutating func next() throws -> JSONValue {
            guard currentIndex < elements.count else { throw Mismatch() }
            defer { currentIndex += 1 }
            return elements[currentIndex]
        }

        /// Arrays in bodies never hold `null`: reading one is a mismatch, so that the strict path judges it.
        mutating func decodeNil() throws -> Bool {
            guard currentIndex < elements.count else { throw Mismatch() }
            if case .null = elements[currentIndex] { throw Mismatch() }
            return false
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try bool(try next()) }
        mutating func decode(_ type: String.Type) throws -> String { try string(try next()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try integer(try next()) }
        mutating func decode(_ type: Double.Type) throws -> Double { throw Mismatch() }
        mutating func decode(_ type: Float.Type) throws -> Float { throw Mismatch() }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try decodeValue(type, try next(), usage)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try ValueDecoder(value: try next(), usage: usage).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(value: try next(), usage: usage).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { throw Mismatch() }
    }

    /// A single value; small enough to be passed as `any SingleValueDecodingContainer` without an allocation.
    struct SingleValue: SingleValueDecodingContainer {
        let value: JSONValue
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }

        func decode(_ type: Bool.Type) throws -> Bool { try bool(value) }
        func decode(_ type: String.Type) throws -> String { try string(value) }
        func decode(_ type: Int.Type) throws -> Int { try integer(value) }
        func decode(_ type: Double.Type) throws -> Double { throw Mismatch() }
        func decode(_ type: Float.Type) throws -> Float { throw Mismatch() }
        /// Bodies' single values are strings, numbers and booleans (and enumerations of those), read above; any
        /// other type here is left to the strict path.
        func decode<T: Decodable>(_ type: T.Type) throws -> T { throw Mismatch() }
    }
}
