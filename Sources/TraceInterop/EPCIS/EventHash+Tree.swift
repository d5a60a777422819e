import TraceModel

/// One element of an event as the hash algorithm sees it: a name, a text value and children, the
/// shape an EPCIS XML element has. JSON events are first turned into this shape.
struct HashNode: Sendable {
    var name: String
    var text: String
    var children: [HashNode]
}

extension EPCISEventHash {
    /// Lists whose JSON elements become children with a fixed element name, as in EPCIS XML.
    static let listElementNames: [String: String] = [
        "epcList": "epc", "inputEPCList": "epc", "outputEPCList": "epc", "childEPCs": "epc",
        "quantityList": "quantityElement", "inputQuantityList": "quantityElement",
        "outputQuantityList": "quantityElement", "childQuantityList": "quantityElement",
        "sensorElementList": "sensorElement", "correctiveEventIDs": "correctiveEventID",
    ]

    /// Lists of `{type, <value>}` entries, each rendered as `type=…<value>=…` without an element name.
    static let typedEntryLists: [String: (value: String, vocabulary: String)] = [
        "bizTransactionList": ("bizTransaction", "BTT"),
        "sourceList": ("source", "SDT"),
        "destinationList": ("destination", "SDT"),
    ]

    /// Whether `key` is a field that never enters the hash: the event's own id, when the repository
    /// stored it, and error declarations (so that declaring an error keeps the event's hash). `type`
    /// is rendered first.
    static func isExcluded(_ key: String) -> Bool {
        switch key {
        case "type", "eventID", "recordTime", "errorDeclaration": return true
        default: return false
        }
    }

    /// Comments never enter the hash, at any depth (`rdfs:comment`, or `comment`, as written).
    static func isComment(_ key: String) -> Bool { key == "rdfs:comment" || key == "comment" }
    static let commentField = "{http://www.w3.org/2000/01/rdf-schema#}comment"

    /// The nodes for one event member `name: value`.
    static func nodes(name: String, value: JSONValue, context: EPCISContext) -> [HashNode] {
        var nodes: [HashNode] = []
        appendNodes(name: name, expanded: context.hashName(name), value: value, context: context, to: &nodes)
        return nodes
    }

    /// Appends the nodes for one event member `name: value` to `nodes`; `expanded` is `name`
    /// expanded through the context.
    static func appendNodes(
        name: String, expanded: String, value: JSONValue, context: EPCISContext, to nodes: inout [HashNode]
    ) {
        switch value {
        case .null: return
        // Booleans as Python writes them (the reference generator reads JSON with Python's json module).
        case .bool(let flag): nodes.append(HashNode(name: expanded, text: flag ? "True" : "False", children: []))
        case .number(let text): nodes.append(HashNode(name: expanded, text: HashValues.number(text), children: []))
        case .string(let text): nodes.append(HashNode(name: expanded, text: context.hashValue(text), children: []))
        case .object(let members):
            var children: [HashNode] = []
            children.reserveCapacity(members.count)
            for member in members where !isComment(member.key) {
                appendNodes(
                    name: member.key, expanded: context.hashName(member.key), value: member.value, context: context,
                    to: &children)
            }
            if name == "sensorReport" { expandSensorReportTerms(&children) }
            nodes.append(HashNode(name: expanded, text: "", children: children))
        case .array(let elements):
            if let entry = typedEntryLists[name] {
                let children = elements.map {
                    typedEntry($0, valueName: entry.value, vocabulary: entry.vocabulary, context: context)
                }
                nodes.append(HashNode(name: expanded, text: "", children: children))
            } else if let elementName = listElementNames[name] {
                var children: [HashNode] = []
                children.reserveCapacity(elements.count)
                for element in elements {
                    appendNodes(
                        name: elementName, expanded: elementName, value: element, context: context, to: &children)
                }
                nodes.append(HashNode(name: expanded, text: "", children: children))
            } else {
                for element in elements {
                    appendNodes(name: name, expanded: expanded, value: element, context: context, to: &nodes)
                }
            }
        }
    }

    /// One `{type, <value>}` entry: its first two members in the document's order (the reference takes the first
    /// two, unsorted), the type as its CBV URI.
    private static func typedEntry(_ entry: JSONValue, valueName: String, vocabulary: String, context: EPCISContext)
        -> HashNode
    {
        var children: [HashNode] = []
        for member in (entry.objectMembers ?? []).prefix(2) {
            if member.key == "type", let type = member.value.stringValue {
                children.append(
                    HashNode(
                        name: "type", text: HashValues.cbv(context.hashValue(type), vocabulary: vocabulary),
                        children: []))
            } else {
                appendNodes(
                    name: member.key, expanded: context.hashName(member.key), value: member.value, context: context,
                    to: &children)
            }
        }
        return HashNode(name: "", text: "", children: children)
    }

    /// A sensor report's `type`, `exception` and `component` written as a bare term of the standard context
    /// (`Temperature`, `ALARM_CONDITION`, `x`) stand for their vocabulary IRIs; other bare words stay as written.
    private static func expandSensorReportTerms(_ children: inout [HashNode]) {
        for index in children.indices {
            let text = children[index].text
            switch children[index].name {
            case "type" where SensorTerms.measurementTypes.contains(text),
                "exception" where SensorTerms.alertTypes.contains(text):
                children[index].text = "https://gs1.org/voc/" + text
            case "component" where SensorTerms.components.contains(text):
                children[index].text = SensorTerms.componentBase + text
            default: break
            }
        }
    }
}
