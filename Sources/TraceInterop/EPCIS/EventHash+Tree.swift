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

    /// Fields that never enter the hash: the event's own id, when the repository stored it, and error
    /// declarations (so that declaring an error keeps the event's hash). `type` is rendered first.
    static let excludedFields: Set<String> = ["type", "eventID", "recordTime", "errorDeclaration", "@context"]
    static let commentField = "{http://www.w3.org/2000/01/rdf-schema#}comment"

    /// The nodes for one event member `name: value`.
    static func nodes(name: String, value: JSONValue, context: EPCISContext) -> [HashNode] {
        let expanded = context.expand(name)
        switch value {
        case .null: return []
        case .bool(let flag): return [HashNode(name: expanded, text: flag ? "true" : "false", children: [])]
        case .number(let text): return [HashNode(name: expanded, text: HashValues.number(text), children: [])]
        case .string(let text): return [HashNode(name: expanded, text: text, children: [])]
        case .object(let members):
            var children: [HashNode] = []
            for member in members {
                children += nodes(name: member.key, value: member.value, context: context)
            }
            if name == "sensorReport" { expandSensorReportType(&children) }
            return [HashNode(name: expanded, text: "", children: children)]
        case .array(let elements):
            if let entry = typedEntryLists[name] {
                let children = elements.map { typedEntry($0, valueName: entry.value, vocabulary: entry.vocabulary, context: context) }
                return [HashNode(name: expanded, text: "", children: children)]
            }
            if let elementName = listElementNames[name] {
                var children: [HashNode] = []
                for element in elements { children += nodes(name: elementName, value: element, context: context) }
                return [HashNode(name: expanded, text: "", children: children)]
            }
            var repeated: [HashNode] = []
            for element in elements { repeated += nodes(name: name, value: element, context: context) }
            return repeated
        }
    }

    private static func typedEntry(_ entry: JSONValue, valueName: String, vocabulary: String, context: EPCISContext) -> HashNode {
        var children: [HashNode] = []
        if let type = entry["type"]?.stringValue {
            children.append(HashNode(name: "type", text: HashValues.cbv(type, vocabulary: vocabulary), children: []))
        }
        if let value = entry[valueName] {
            children += nodes(name: valueName, value: value, context: context)
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
