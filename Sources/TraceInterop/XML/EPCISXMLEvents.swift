import TraceModel

/// EPCIS 2.0 XML events in the JSON-LD binding's shape, for import: the same fields under the same names, so one
/// reader (``EPCISReader``) checks and maps both bindings.
///
/// An event element's standard children become the JSON members of the same name: text fields as strings; `epc`
/// lists as arrays of strings; `quantityElement`s as `{epcClass, quantity, uom}` (the quantity a JSON number);
/// `readPoint`/`bizLocation` as `{id}`; `bizTransaction`, `source` and `destination` as `{type, bizTransaction |
/// source | destination}`; `errorDeclaration` with its `correctiveEventIDs` list; `persistentDisposition` with its
/// `set` and `unset` lists; `sensorElementList` a list of sensor elements, each with its `sensorMetadata` and its list
/// of `sensorReport`s (their attributes as members). Other elements (`ilmd`, certification info, extensions named
/// `{namespace}local`) become objects of their children, or their text. FoodTrace's own extensions
/// (`{urn:foodtrace:epcis:}record` and the rest) are kept like any other, so an XML document FoodTrace exported
/// imports as its signed records, as the JSON-LD one does. Hash IDs are computed from the XML (``EPCISEventHash``).
enum EPCISXMLEvents {
    static let lists: [String: String] = [
        "epcList": "epc", "childEPCs": "epc", "inputEPCList": "epc", "outputEPCList": "epc",
    ]
    static let quantityLists: Set<String> = [
        "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList",
    ]
    static let typedLists: [String: String] = [
        "bizTransactionList": "bizTransaction", "sourceList": "source", "destinationList": "destination",
    ]

    /// The event as a JSON-LD event object.
    static func json(of event: EPCISXMLTree.Element) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("type", .string(event.name))]
        for child in event.children {
            members.append((child.name, value(of: child)))
        }
        return .object(members)
    }

    private static func value(of element: EPCISXMLTree.Element) -> JSONValue {
        let name = element.name
        if let item = lists[name] {
            return .array(element.children.filter { $0.name == item }.map { .string($0.text) })
        }
        if quantityLists.contains(name) {
            return .array(element.children.filter { $0.name == "quantityElement" }.map(quantity))
        }
        if let item = typedLists[name] {
            return .array(
                element.children.filter { $0.name == item }.map { entry in
                    var members: [(key: String, value: JSONValue)] = []
                    if let type = entry.children.first(where: { $0.name == "type" }) {
                        members.append(("type", .string(type.text)))
                    }
                    members.append((item, .string(entry.text)))
                    return .object(members)
                })
        }
        switch name {
        case "sensorElementList":
            return .array(
                element.children.filter { $0.name == "sensorElement" }.map { sensor in
                    var members: [(key: String, value: JSONValue)] = []
                    let reports = sensor.children.filter { $0.name == "sensorReport" }.map { value(of: $0) }
                    for child in sensor.children where child.name != "sensorReport" {
                        members.append((child.name, value(of: child)))
                    }
                    if !reports.isEmpty { members.append(("sensorReport", .array(reports))) }
                    return .object(members)
                })
        case "readPoint", "bizLocation":
            return .object(element.children.filter { $0.name == "id" }.map { ("id", .string($0.text)) })
        case "correctiveEventIDs":
            return .array(element.children.map { .string($0.text) })
        case "persistentDisposition":
            var sets: [(key: String, value: JSONValue)] = []
            for key in ["set", "unset"] {
                let values = element.children.filter { $0.name == key }.map { JSONValue.string($0.text) }
                if !values.isEmpty { sets.append((key, .array(values))) }
            }
            return .object(sets)
        default:
            guard !element.children.isEmpty else { return .string(element.text) }
            var members: [(key: String, value: JSONValue)] = []
            for child in element.children {
                let converted = value(of: child)
                if let index = members.firstIndex(where: { $0.key == child.name }) {
                    if case .array(var items) = members[index].value {
                        items.append(converted)
                        members[index].value = .array(items)
                    } else {
                        members[index].value = .array([members[index].value, converted])
                    }
                } else {
                    members.append((child.name, converted))
                }
            }
            return .object(members)
        }
    }

    private static func quantity(_ element: EPCISXMLTree.Element) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        for child in element.children {
            switch child.name {
            case "epcClass", "uom": members.append((child.name, .string(child.text)))
            // `xsi:nil="true"`: no quantity (the JSON binding leaves the member out).
            case "quantity": if !child.text.isEmpty { members.append(("quantity", .number(child.text))) }
            default: members.append((child.name, .string(child.text)))
            }
        }
        return .object(members)
    }

    /// The document's master data in the JSON-LD binding's shape (`epcisHeader.epcisMasterData.vocabularyList`), for
    /// the names it gives (``EPCISMasterNames``).
    static func masterData(of tree: EPCISXMLTree) -> JSONValue {
        func find(_ element: EPCISXMLTree.Element, _ name: String) -> EPCISXMLTree.Element? {
            if element.name == name { return element }
            for child in element.children {
                if let found = find(child, name) { return found }
            }
            return nil
        }
        guard let list = find(tree.root, "VocabularyList") else { return .object([]) }
        let vocabularies: [JSONValue] = list.children.filter { $0.name == "Vocabulary" }.map { vocabulary in
            let type = vocabulary.children.first { $0.name == "type" }?.text ?? ""
            let elements = (vocabulary.children.first { $0.name == "VocabularyElementList" }?.children ?? []).filter {
                $0.name == "VocabularyElement"
            }
            return .object([
                ("type", .string(type)),
                (
                    "vocabularyElementList",
                    .array(
                        elements.map { element in
                            let id = element.children.first { $0.name == "id" }?.text ?? ""
                            let attributes = element.children.filter { $0.name == "attribute" }.map { attribute in
                                JSONValue.object([
                                    ("id", .string(attribute.children.first { $0.name == "id" }?.text ?? "")),
                                    ("attribute", .string(attribute.text)),
                                ])
                            }
                            return .object([("id", .string(id)), ("attributes", .array(attributes))])
                        })
                ),
            ])
        }
        return .object([
            ("epcisHeader", .object([("epcisMasterData", .object([("vocabularyList", .array(vocabularies))]))]))
        ])
    }
}
