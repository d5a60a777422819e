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
        case "type", "eventID", "recordTime", "errorDeclaration", "@context": return true
        default: return false
        }
    }
    static let commentField = "{http://www.w3.org/2000/01/rdf-schema#}comment"

    /// The nodes for one event member `name: value`.
    static func nodes(name: String, value: JSONValue, context: EPCISContext) -> [HashNode] {
        var nodes: [HashNode] = []
        appendNodes(name: name, expanded: context.expand(name), value: value, context: context, to: &nodes)
        return nodes
    }

    /// Appends the nodes for one event member `name: value` to `nodes`; `expanded` is `name`
    /// expanded through the context.
    static func appendNodes(
        name: String, expanded: String, value: JSONValue, context: EPCISContext, to nodes: inout [HashNode]
    ) {
        switch value {
        case .null: return
        case .bool(let flag): nodes.append(HashNode(name: expanded, text: flag ? "true" : "false", children: []))
        case .number(let text): nodes.append(HashNode(name: expanded, text: HashValues.number(text), children: []))
        case .string(let text): nodes.append(HashNode(name: expanded, text: text, children: []))
        case .object(let members):
            var children: [HashNode] = []
            children.reserveCapacity(members.count)
            for member in members {
                appendNodes(
                    name: member.key, expanded: context.expand(member.key), value: member.value, context: context,
                    to: &children)
            }
            if name == "sensorReport" { expandSensorReportType(&children) }
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
                        name: elementName, expanded: context.expand(elementName), value: element, context: context,
                        to: &children)
                }
                nodes.append(HashNode(name: expanded, text: "", children: children))
            } else {
                for element in elements {
                    appendNodes(name: name, expanded: expanded, value: element, context: context, to: &nodes)
                }
            }
        }
    }

    private static func typedEntry(_ entry: JSONValue, valueName: String, vocabulary: String, context: EPCISContext)
        -> HashNode
    {
        var children: [HashNode] = []
        if let type = entry["type"]?.stringValue {
            children.append(HashNode(name: "type", text: HashValues.cbv(type, vocabulary: vocabulary), children: []))
        }
        if let value = entry[valueName] {
            appendNodes(
                name: valueName, expanded: context.expand(valueName), value: value, context: context, to: &children)
        }
        return HashNode(name: "", text: "", children: children)
    }

    /// A sensor report's `type` (and `exception`) short names stand for GS1 Web Vocabulary terms.
    private static func expandSensorReportType(_ children: inout [HashNode]) {
        for index in children.indices where ["type", "exception"].contains(children[index].name) {
            if HashValues.isBareWord(children[index].text) {
                children[index].text = "https://gs1.org/voc/" + children[index].text
            }
        }
    }
}
