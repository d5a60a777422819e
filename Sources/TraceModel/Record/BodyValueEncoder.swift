/// Encodes a body straight into a ``JSONValue`` through its `Encodable` conformance, without writing JSON text
/// and reading it back.
///
/// Bodies hold strings, whole numbers, booleans, objects and arrays; for those the result is what `JSONEncoder`
/// followed by ``JSONParser`` gives, with members in the order they were encoded. Anything else (a floating-point
/// number, a super encoder) gives `nil`, and the caller takes the `JSONEncoder` way.
enum BodyValueEncoder {
    static func encode(_ value: some Encodable) -> JSONValue? {
        let root = Node()
        do { try value.encode(to: NodeEncoder(node: root)) } catch { return nil }
        guard !root.sawSuperEncoder else { return nil }
        return root.value
    }

    /// Something the JSON form cannot hold here.
    struct Unsupported: Error {}

    /// A value under construction: containers fill it in as the value encodes itself.
    final class Node {
        enum Content {
            case empty
            case scalar(JSONValue)
            case object([(key: String, node: Node)])
            case array([Node])
        }

        var content = Content.empty
        /// Set on the root when some value asked for a super encoder, which this encoder does not support.
        var sawSuperEncoder = false
        /// The root of the tree this node belongs to.
        unowned(unsafe) var root: Node?

        init(root: Node? = nil) {
            self.root = root
        }

        /// Notes that the value cannot be encoded here.
        func unsupported() { (root ?? self).sawSuperEncoder = true }

        var value: JSONValue {
            switch content {
            case .empty: return .object([])
            case .scalar(let value): return value
            case .object(let members): return .object(members.map { ($0.key, $0.node.value) })
            case .array(let elements): return .array(elements.map(\.value))
            }
        }

        /// This node as an object (made one if still empty); `false` when it is something else already.
        func becomeObject() -> Bool {
            switch content {
            case .empty: content = .object([])
            case .object: break
            default: return false
            }
            return true
        }

        func becomeArray() -> Bool {
            switch content {
            case .empty: content = .array([])
            case .array: break
            default: return false
            }
            return true
        }

        /// The child under `key`, replacing an earlier one.
        func child(_ key: String) -> Node {
            let node = Node(root: root ?? self)
            guard case .object(var members) = content else { return node }
            content = .empty
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].node = node
            } else {
                members.append((key, node))
            }
            content = .object(members)
            return node
        }

        func appendChild() -> Node {
            let node = Node(root: root ?? self)
            guard case .array(var elements) = content else { return node }
            content = .empty
            elements.append(node)
            content = .array(elements)
            return node
        }
    }

    static func number(_ value: some BinaryInteger) -> JSONValue { .number(String(value)) }
}

extension BodyValueEncoder {
    struct NodeEncoder: Encoder {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(ObjectContainer<Key>(node: node, valid: node.becomeObject()))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            ArrayContainer(node: node, valid: node.becomeArray())
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node) }
    }

    struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        /// `false` when the node was already something other than an object: every encode then fails.
        let valid: Bool
        var codingPath: [any CodingKey] { [] }

        private func set(_ value: JSONValue, _ key: Key) throws {
            guard valid else { throw Unsupported() }
            node.child(key.stringValue).content = .scalar(value)
        }

        mutating func encodeNil(forKey key: Key) throws { try set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { try set(.string(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { try set(number(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try set(number(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard valid else { throw Unsupported() }
            try value.encode(to: NodeEncoder(node: node.child(key.stringValue)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = node.child(key.stringValue)
            return KeyedEncodingContainer(ObjectContainer<NestedKey>(node: child, valid: valid && child.becomeObject()))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.child(key.stringValue)
            return ArrayContainer(node: child, valid: valid && child.becomeArray())
        }

        mutating func superEncoder() -> any Encoder {
            node.unsupported()
            return NodeEncoder(node: Node())
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            node.unsupported()
            return NodeEncoder(node: Node())
        }
    }

    struct ArrayContainer: UnkeyedEncodingContainer {
        let node: Node
        let valid: Bool
        var codingPath: [any CodingKey] { [] }
        var count: Int {
            if case .array(let elements) = node.content { return elements.count }
            return 0
        }

        private func append(_ value: JSONValue) throws {
            guard valid else { throw Unsupported() }
            node.appendChild().content = .scalar(value)
        }

        mutating func encodeNil() throws { try append(.null) }
        mutating func encode(_ value: Bool) throws { try append(.bool(value)) }
        mutating func encode(_ value: String) throws { try append(.string(value)) }
        mutating func encode(_ value: Int) throws { try append(number(value)) }
        mutating func encode(_ value: Int64) throws { try append(number(value)) }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }

        mutating func encode<T: Encodable>(_ value: T) throws {
            guard valid else { throw Unsupported() }
            try value.encode(to: NodeEncoder(node: node.appendChild()))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
            NestedKey
        > {
            let child = node.appendChild()
            return KeyedEncodingContainer(ObjectContainer<NestedKey>(node: child, valid: valid && child.becomeObject()))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = node.appendChild()
            return ArrayContainer(node: child, valid: valid && child.becomeArray())
        }

        mutating func superEncoder() -> any Encoder {
            node.unsupported()
            return NodeEncoder(node: Node())
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        private func set(_ value: JSONValue) throws {
            guard case .empty = node.content else { throw Unsupported() }
            node.content = .scalar(value)
        }

        mutating func encodeNil() throws { try set(.null) }
        mutating func encode(_ value: Bool) throws { try set(.bool(value)) }
        mutating func encode(_ value: String) throws { try set(.string(value)) }
        mutating func encode(_ value: Int) throws { try set(number(value)) }
        mutating func encode(_ value: Int64) throws { try set(number(value)) }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }

        mutating func encode<T: Encodable>(_ value: T) throws {
            guard case .empty = node.content else { throw Unsupported() }
            try value.encode(to: NodeEncoder(node: node))
        }
    }
}
