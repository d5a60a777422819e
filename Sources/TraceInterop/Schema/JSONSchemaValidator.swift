import TraceModel

/// Validates JSON values against a compiled ``JSONSchema`` and reports the first violation with its
/// JSON path.
///
/// Regular expressions are compiled on first use and their verdicts remembered per string (an
/// EPCIS document repeats the same vocabulary values thousands of times), so one validator should
/// check a whole document; make one per thread.
public struct JSONSchemaValidator {
    /// One violation: where (a JSON path such as `$.epcisBody.eventList[3].eventTime`) and why.
    public struct Violation: Error, Sendable, Equatable {
        public var path: String
        /// Why, in Chinese and English (from the message catalogue, `Message.Schema`).
        public var text: Message
        /// Why, in English.
        public var reason: String { text.en }
        /// How deep the path is, to prefer the most specific of several alternatives' violations.
        var depth: Int
    }

    enum Step {
        case key(String)
        case index(Int)
    }

    let schema: JSONSchema
    private var compiled: [Regex<AnyRegexOutput>?]
    private var verdicts: [[String: Bool]]
    private var steps: [Step] = []

    public init(schema: JSONSchema) {
        self.schema = schema
        compiled = Array(repeating: nil, count: schema.patterns.count)
        verdicts = Array(repeating: [:], count: schema.patterns.count)
    }

    /// The first violation of `value` against the schema, or `nil` when it is valid.
    public mutating func firstViolation(of value: JSONValue) -> Violation? {
        steps.removeAll(keepingCapacity: true)
        return check(value, schema.root)
    }

    /// Whether `value` is valid against the schema.
    public mutating func isValid(_ value: JSONValue) -> Bool { firstViolation(of: value) == nil }

    private func violation(_ reason: Message, extra: Step? = nil) -> Violation {
        var path = "$"
        for step in steps + (extra.map { [$0] } ?? []) {
            switch step {
            case .key(let name): path += EventFields.pathComponent(name)
            case .index(let index): path += "[\(index)]"
            }
        }
        return Violation(path: path, text: reason, depth: steps.count + (extra == nil ? 0 : 1))
    }

    private mutating func within(_ step: Step, _ value: JSONValue, _ node: Int) -> Violation? {
        steps.append(step)
        defer { steps.removeLast() }
        return check(value, node)
    }

    mutating func check(_ value: JSONValue, _ index: Int) -> Violation? {
        let node = schema.nodes[index]
        if let constant = node.constant { return constant ? nil : violation(.Schema.notAllowed) }
        if let ref = node.ref { return check(value, ref) }
        if let types = node.types, !types.contains(where: { JSONSchemaValidator.isOf($0, value) }) {
            let names = Message.Schema.joined(types.map(JSONSchemaValidator.name), zh: "或", en: " or ")
            return violation(.Schema.mustBeType(names, found: value.typeName))
        }
        if let values = node.enumValues, !values.contains(where: { JSONSchemaValidator.equal($0, value) }) {
            return violation(.Schema.notOneOf(JSONSchemaValidator.shown(value), JSONSchemaValidator.listed(values)))
        }
        if let constant = node.constValue, !JSONSchemaValidator.equal(constant, value) {
            return violation(.Schema.mustEqual(JSONSchemaValidator.shown(constant)))
        }
        switch value {
        case .object(let members):
            if let found = checkObject(members, node) { return found }
        case .array(let elements):
            if let found = checkArray(elements, node) { return found }
        case .string(let text):
            if let found = checkString(text, node) { return found }
        case .number(let text):
            if let found = checkNumber(text, node) { return found }
        default: break
        }
        return checkCombinators(value, node)
    }

    private mutating func checkObject(_ members: [(key: String, value: JSONValue)], _ node: JSONSchema.Node)
        -> Violation?
    {
        for name in node.required where !members.contains(where: { $0.key == name }) {
            return violation(.Schema.required, extra: .key(name))
        }
        if let least = node.minProperties, members.count < least {
            return violation(.Schema.fewMembers(least: least, found: members.count))
        }
        if let most = node.maxProperties, members.count > most {
            return violation(.Schema.manyMembers(most: most, found: members.count))
        }
        for member in members {
            if let names = node.propertyNames {
                steps.append(.key(member.key))
                let found = check(.string(member.key), names)
                steps.removeLast()
                if let found {
                    return Violation(path: found.path, text: .Schema.memberName(found.text), depth: found.depth)
                }
            }
            var matched = false
            if let property = node.properties[member.key] {
                matched = true
                if let found = within(.key(member.key), member.value, property) { return found }
            }
            for entry in node.patternProperties where matches(member.key, entry.pattern) {
                matched = true
                if let found = within(.key(member.key), member.value, entry.schema) { return found }
            }
            if !matched, let extra = node.additionalProperties {
                if schema.nodes[extra].constant == false {
                    return violation(.Schema.unknownMember, extra: .key(member.key))
                }
                if let found = within(.key(member.key), member.value, extra) { return found }
            }
        }
        return nil
    }

    private mutating func checkArray(_ elements: [JSONValue], _ node: JSONSchema.Node) -> Violation? {
        if let least = node.minItems, elements.count < least {
            return violation(.Schema.fewItems(least: least, found: elements.count))
        }
        if let most = node.maxItems, elements.count > most {
            return violation(.Schema.manyItems(most: most, found: elements.count))
        }
        if node.uniqueItems {
            for (offset, element) in elements.enumerated() {
                for later in elements[(offset + 1)...] where JSONSchemaValidator.equal(element, later) {
                    return violation(.Schema.twice(JSONSchemaValidator.shown(element)))
                }
            }
        }
        if let items = node.items {
            for (offset, element) in elements.enumerated() {
                if let found = within(.index(offset), element, items) { return found }
            }
        } else if let tuple = node.tupleItems {
            for (offset, element) in elements.enumerated() {
                if offset < tuple.count {
                    if let found = within(.index(offset), element, tuple[offset]) { return found }
                } else if let extra = node.additionalItems {
                    if let found = within(.index(offset), element, extra) { return found }
                }
            }
        }
        if let contains = node.contains {
            var any = false
            for (offset, element) in elements.enumerated() where within(.index(offset), element, contains) == nil {
                any = true
                break
            }
            if !any { return violation(.Schema.noItemOfForm) }
        }
        return nil
    }

    private mutating func checkString(_ text: String, _ node: JSONSchema.Node) -> Violation? {
        if node.minLength != nil || node.maxLength != nil {
            let length = text.unicodeScalars.count
            if let least = node.minLength, length < least {
                return violation(.Schema.shortText(least: least))
            }
            if let most = node.maxLength, length > most { return violation(.Schema.longText(most: most)) }
        }
        if let pattern = node.pattern, !matches(text, pattern) {
            return violation(
                .Schema.noMatch(JSONSchemaValidator.shown(.string(text)), pattern: schema.patterns[pattern]))
        }
        if node.format == "date-time", !RFC3339.isDateTime(text) {
            return violation(.Schema.notDateTime(JSONSchemaValidator.shown(.string(text))))
        }
        return nil
    }

    private func checkNumber(_ text: String, _ node: JSONSchema.Node) -> Violation? {
        guard let number = Double(text) else { return nil }
        if let bound = node.minimum, number < bound { return violation(.Schema.atLeast("\(bound)")) }
        if let bound = node.maximum, number > bound { return violation(.Schema.atMost("\(bound)")) }
        if let bound = node.exclusiveMinimum, number <= bound { return violation(.Schema.moreThan("\(bound)")) }
        if let bound = node.exclusiveMaximum, number >= bound { return violation(.Schema.lessThan("\(bound)")) }
        if let step = node.multipleOf, step > 0 {
            let quotient = number / step
            if quotient.rounded(.towardZero) != quotient { return violation(.Schema.multipleOf("\(step)")) }
        }
        return nil
    }

    private mutating func checkCombinators(_ value: JSONValue, _ node: JSONSchema.Node) -> Violation? {
        for part in node.allOf {
            if let found = check(value, part) { return found }
        }
        if !node.anyOf.isEmpty {
            var failures: [Violation] = []
            for part in node.anyOf {
                guard let found = check(value, part) else { return JSONSchemaValidator.none }
                failures.append(found)
            }
            return mostSpecific(failures)
        }
        if !node.oneOf.isEmpty {
            var failures: [Violation] = []
            var passed = 0
            for part in node.oneOf {
                if let found = check(value, part) { failures.append(found) } else { passed += 1 }
            }
            if passed == 0 { return mostSpecific(failures) }
            if passed > 1 { return violation(.Schema.moreThanOneForm) }
        }
        if let not = node.not, check(value, not) == nil {
            return violation(.Schema.formNotAllowed)
        }
        if let condition = node.ifSchema {
            if check(value, condition) == nil {
                if let then = node.thenSchema, let found = check(value, then) { return found }
            } else if let otherwise = node.elseSchema, let found = check(value, otherwise) {
                return found
            }
        }
        return nil
    }

    private static let none: Violation? = nil

    /// The violation of the alternative that got furthest into the value (the first of the deepest).
    private func mostSpecific(_ failures: [Violation]) -> Violation {
        let deepest = failures.max { $0.depth < $1.depth }
        guard let deepest, deepest.depth > steps.count else {
            return violation(.Schema.noForm(failures.first?.text))
        }
        return failures.first { $0.depth == deepest.depth }!
    }

    /// `re.search` semantics: the pattern may match anywhere in the string.
    private mutating func matches(_ text: String, _ pattern: Int) -> Bool {
        if let known = verdicts[pattern][text] { return known }
        if compiled[pattern] == nil { compiled[pattern] = try? Regex(schema.patterns[pattern]) }
        let verdict = compiled[pattern].map { (try? $0.firstMatch(in: text)) != nil } ?? false
        if verdicts[pattern].count < 4096 { verdicts[pattern][text] = verdict }
        return verdict
    }
}
