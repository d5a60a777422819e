import TraceModel

/// Turns a draft-07 schema into ``JSONSchema``'s node table, resolving `#/definitions/…` references.
struct JSONSchemaCompiler {
    let rootValue: JSONValue
    var nodes: [JSONSchema.Node] = []
    var patterns: [String] = []
    /// Definition name → node index, reserved before any definition is compiled (they refer to each other).
    private var definitions: [String: Int] = [:]

    init(root: JSONValue) { rootValue = root }

    mutating func compileRoot() throws(InteropError) -> Int {
        let rootIndex = reserve()
        if let members = rootValue["definitions"]?.objectMembers {
            for member in members { definitions[member.key] = reserve() }
            for member in members { try compile(member.value, into: definitions[member.key]!, at: member.key) }
        }
        try compile(rootValue, into: rootIndex, at: "#")
        return rootIndex
    }

    private mutating func reserve() -> Int {
        nodes.append(JSONSchema.Node())
        return nodes.count - 1
    }

    private mutating func child(_ value: JSONValue, at place: String) throws(InteropError) -> Int {
        let index = reserve()
        try compile(value, into: index, at: place)
        return index
    }

    private mutating func children(_ value: JSONValue?, at place: String) throws(InteropError) -> [Int] {
        guard let value else { return [] }
        guard case .array(let elements) = value else { throw bad(place, "must be an array of schemas") }
        var out: [Int] = []
        for (offset, element) in elements.enumerated() { out.append(try child(element, at: "\(place)/\(offset)")) }
        return out
    }

    private func bad(_ place: String, _ reason: String) -> InteropError {
        InteropError(path: "schema \(place)", reason: reason)
    }

    private func count(_ value: JSONValue?, at place: String) throws(InteropError) -> Int? {
        guard let value else { return nil }
        guard let number = value.intValue, number >= 0 else { throw bad(place, "must be a non-negative integer") }
        return number
    }

    private func number(_ value: JSONValue?, at place: String) throws(InteropError) -> Double? {
        guard let value else { return nil }
        guard case .number(let text) = value, let number = Double(text) else { throw bad(place, "must be a number") }
        return number
    }

    private mutating func pattern(_ text: String) -> Int {
        if let known = patterns.firstIndex(of: text) { return known }
        patterns.append(text)
        return patterns.count - 1
    }

    private mutating func compile(_ value: JSONValue, into index: Int, at place: String) throws(InteropError) {
        var node = JSONSchema.Node()
        switch value {
        case .bool(let flag):
            node.constant = flag
            nodes[index] = node
            return
        case .object: break
        default: throw bad(place, "a schema must be an object or a boolean")
        }
        if let ref = value["$ref"] {
            guard let text = ref.stringValue, text.hasPrefix("#/definitions/"),
                let target = definitions[String(text.dropFirst("#/definitions/".count))]
            else { throw bad(place, "$ref \(ref) is not a definition of this schema") }
            node.ref = target
            nodes[index] = node
            return
        }
        if let type = value["type"] {
            let names: [JSONValue] = if case .array(let list) = type { list } else { [type] }
            var kinds: [JSONSchema.Kind] = []
            for name in names {
                guard let kind = JSONSchemaCompiler.kinds[name.stringValue ?? ""] else {
                    throw bad(place + "/type", "unknown type \(name)")
                }
                kinds.append(kind)
            }
            node.types = kinds
        }
        if let values = value["enum"] {
            guard case .array(let list) = values else { throw bad(place + "/enum", "must be an array") }
            node.enumValues = list
        }
        node.constValue = value["const"]
        for member in value["properties"]?.objectMembers ?? [] {
            node.properties[member.key] = try child(member.value, at: "\(place)/properties/\(member.key)")
        }
        for member in value["patternProperties"]?.objectMembers ?? [] {
            node.patternProperties.append(
                (pattern(member.key), try child(member.value, at: "\(place)/patternProperties/\(member.key)")))
        }
        if let extra = value["additionalProperties"] {
            node.additionalProperties = try child(extra, at: place + "/additionalProperties")
        }
        if let required = value["required"] {
            guard case .array(let names) = required else { throw bad(place + "/required", "must be an array") }
            node.required = names.compactMap(\.stringValue)
        }
        if let names = value["propertyNames"] { node.propertyNames = try child(names, at: place + "/propertyNames") }
        node.minProperties = try count(value["minProperties"], at: place + "/minProperties")
        node.maxProperties = try count(value["maxProperties"], at: place + "/maxProperties")
        if let items = value["items"] {
            if case .array = items {
                node.tupleItems = try children(items, at: place + "/items")
            } else {
                node.items = try child(items, at: place + "/items")
            }
        }
        if let extra = value["additionalItems"] {
            node.additionalItems = try child(extra, at: place + "/additionalItems")
        }
        if let contains = value["contains"] { node.contains = try child(contains, at: place + "/contains") }
        node.minItems = try count(value["minItems"], at: place + "/minItems")
        node.maxItems = try count(value["maxItems"], at: place + "/maxItems")
        node.uniqueItems = value["uniqueItems"] == .bool(true)
        node.minLength = try count(value["minLength"], at: place + "/minLength")
        node.maxLength = try count(value["maxLength"], at: place + "/maxLength")
        if let text = value["pattern"] {
            guard let regex = text.stringValue else { throw bad(place + "/pattern", "must be a string") }
            node.pattern = pattern(regex)
        }
        node.minimum = try number(value["minimum"], at: place + "/minimum")
        node.maximum = try number(value["maximum"], at: place + "/maximum")
        node.exclusiveMinimum = try number(value["exclusiveMinimum"], at: place + "/exclusiveMinimum")
        node.exclusiveMaximum = try number(value["exclusiveMaximum"], at: place + "/exclusiveMaximum")
        node.multipleOf = try number(value["multipleOf"], at: place + "/multipleOf")
        node.format = value["format"]?.stringValue
        node.allOf = try children(value["allOf"], at: place + "/allOf")
        node.anyOf = try children(value["anyOf"], at: place + "/anyOf")
        node.oneOf = try children(value["oneOf"], at: place + "/oneOf")
        if let not = value["not"] { node.not = try child(not, at: place + "/not") }
        if let condition = value["if"] {
            node.ifSchema = try child(condition, at: place + "/if")
            if let then = value["then"] { node.thenSchema = try child(then, at: place + "/then") }
            if let otherwise = value["else"] { node.elseSchema = try child(otherwise, at: place + "/else") }
        }
        nodes[index] = node
    }

    static let kinds: [String: JSONSchema.Kind] = [
        "null": .null, "boolean": .boolean, "object": .object, "array": .array, "number": .number,
        "integer": .integer, "string": .string,
    ]
}
