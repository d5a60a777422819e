import TraceModel

/// Writes events and master-data elements in the EPCIS 2.0 XML binding, from the JSON-LD shapes ``EPCISMapping`` and
/// ``EPCISMasterData`` build, so that one mapping serves both bindings.
///
/// The standard fields become the XSD's elements in the XSD's order for the event type (a JSON member's order does not
/// matter); lists become their item elements (`epc`, `quantityElement`, `bizTransaction`, `source`, `destination`,
/// `correctiveEventID`, `sensorElement`); a `bizTransaction`'s, `source`'s or `destination`'s `type`, and every member
/// of `sensorMetadata` and `sensorReport`, become attributes, as the XSD declares them. A member named with a prefix —
/// FoodTrace's own `ft:` and any other a kept partner event carries — becomes an element (or, inside a sensor report,
/// an attribute) in that prefix's namespace, after the standard fields, as the XSD's `##other` wildcards allow. The
/// inverse is ``EPCISXMLEvents``; an event written here has the same hash ID as its JSON-LD form (``EPCISEventHash``).
enum EPCISXMLWriter {
    /// The EPCIS 2.0 XML namespace of the document element.
    static let epcisNamespace = "urn:epcglobal:epcis:xsd:2"

    /// The standard children every event starts with (the XSD's `EPCISEventType`).
    static let baseOrder = [
        "eventTime", "recordTime", "eventTimeZoneOffset", "eventID", "errorDeclaration", "certificationInfo",
    ]

    /// The standard children of each event type after the base ones, in the XSD's order.
    static let typeOrder: [String: [String]] = [
        "ObjectEvent": [
            "epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList",
            "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition", "ilmd",
        ],
        "AggregationEvent": [
            "parentID", "childEPCs", "action", "bizStep", "disposition", "readPoint", "bizLocation",
            "bizTransactionList", "childQuantityList", "sourceList", "destinationList", "sensorElementList",
            "persistentDisposition",
        ],
        "TransformationEvent": [
            "inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID", "bizStep",
            "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
            "sensorElementList", "persistentDisposition", "ilmd",
        ],
        "TransactionEvent": [
            "bizTransactionList", "parentID", "epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation",
            "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition",
        ],
        "AssociationEvent": [
            "parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
            "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList",
            "persistentDisposition",
        ],
    ]

    /// The namespaces of the prefixes FoodTrace declares on the document element.
    static let declared: [(prefix: String, uri: String)] =
        [("epcis", epcisNamespace)] + EPCISWriter.declaredPrefixes.map { ($0.prefix, $0.namespace) }

    /// The document element's start tag.
    static func documentStart(creationDate: Timestamp) -> String {
        let namespaces = declared.map { " xmlns:\($0.prefix)=\"\(MarkupText.attribute($0.uri))\"" }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<epcis:EPCISDocument\(namespaces) schemaVersion=\"2.0\""
            + " creationDate=\"\(MarkupText.attribute(creationDate.text))\">\n"
    }

    /// The header holding the master data (one vocabulary of FoodTrace trust records), up to its first element.
    static let masterDataStart =
        "<EPCISHeader><extension><EPCISMasterData><VocabularyList><Vocabulary type=\"\(FoodTraceURI.trustRecordVocabulary)\"><VocabularyElementList>"
    static let masterDataEnd =
        "\n</VocabularyElementList></Vocabulary></VocabularyList></EPCISMasterData></extension></EPCISHeader>\n"
    static let bodyStart = "<EPCISBody><EventList>"
    static let bodyEnd = "\n</EventList></EPCISBody>\n</epcis:EPCISDocument>\n"

    /// One event (a JSON-LD event object with its `type`), on a line of its own.
    static func event(_ event: JSONValue) throws(InteropError) -> [UInt8] {
        guard let members = event.objectMembers,
            case .string(let type)? = members.first(where: { $0.key == "type" })?.value,
            let order = typeOrder[type]
        else {
            throw InteropError(path: "event", reason: "not an EPCIS event FoodTrace writes in XML: \(event.typeName)")
        }
        var out = XMLText()
        out.text += "\n<\(type)>"
        let standard = baseOrder + order
        for name in standard {
            guard let value = members.first(where: { $0.key == name })?.value else { continue }
            try field(name, value, into: &out)
        }
        for (key, value) in members where key != "type" && !standard.contains(key) {
            guard key.contains(":") else {
                throw InteropError(path: "event.\(key)", reason: "not a field of an EPCIS \(type) in the XML binding")
            }
            try extensionElement(key, value, into: &out)
        }
        out.text += "</\(type)>"
        return Array(out.text.utf8)
    }

    /// One master-data element (`{id, attributes: [{id, attribute}]}`), on a line of its own. Attribute ids are
    /// written as full URIs: an XML document has no `@context` to expand `ft:kind`.
    static func vocabularyElement(_ element: JSONValue) throws(InteropError) -> [UInt8] {
        guard case .string(let id)? = element["id"], case .array(let attributes)? = element["attributes"] else {
            throw InteropError(path: "master data", reason: "a vocabulary element needs an id and attributes")
        }
        var out = XMLText()
        out.text += "\n<VocabularyElement id=\"\(MarkupText.attribute(id))\">"
        for entry in attributes {
            guard case .string(let name)? = entry["id"], let value = entry["attribute"] else { continue }
            out.text += "<attribute id=\"\(MarkupText.attribute(expanded(name)))\">"
            try content(value, path: "master data \(id) \(name)", into: &out)
            out.text += "</attribute>"
        }
        out.text += "</VocabularyElement>"
        return Array(out.text.utf8)
    }

    // MARK: Fields

    // The list elements and their items are the reader's (``EPCISXMLEvents``): one table for both directions.
    private static let typedLists = EPCISXMLEvents.typedLists

    private static func field(_ name: String, _ value: JSONValue, into out: inout XMLText) throws(InteropError) {
        let path = "event.\(name)"
        switch (name, value) {
        case (_, .array(let items)) where EPCISXMLEvents.lists[name] != nil:
            out.text += "<\(name)>"
            for item in items { try simple(EPCISXMLEvents.lists[name]!, item, path: path, into: &out) }
            out.text += "</\(name)>"
        case (_, .array(let items)) where EPCISXMLEvents.quantityLists.contains(name):
            out.text += "<\(name)>"
            for item in items {
                out.text += "<quantityElement>"
                for key in ["epcClass", "quantity", "uom"] {
                    if let member = item[key] { try simple(key, member, path: path, into: &out) }
                }
                out.text += "</quantityElement>"
            }
            out.text += "</\(name)>"
        case (_, .array(let items)) where typedLists[name] != nil:
            let item = typedLists[name]!
            out.text += "<\(name)>"
            for entry in items {
                out.text += "<\(item)"
                if case .string(let type)? = entry["type"] {
                    let vocabulary = item == "bizTransaction" ? "btt" : "sdt"
                    out.text += " type=\"\(MarkupText.attribute(cbvURN(type, vocabulary)))\""
                }
                out.text += ">"
                try content(entry[item] ?? .string(""), path: path, into: &out)
                out.text += "</\(item)>"
            }
            out.text += "</\(name)>"
        case ("readPoint", .object(let members)), ("bizLocation", .object(let members)):
            try container(name, members, first: ["id"], path: path, into: &out)
        case ("errorDeclaration", .object(let members)):
            out.text += "<errorDeclaration>"
            if let time = members.first(where: { $0.key == "declarationTime" })?.value {
                try simple("declarationTime", time, path: path, into: &out)
            }
            if case .string(let reason)? = members.first(where: { $0.key == "reason" })?.value {
                try simple("reason", .string(cbvURN(reason, "er")), path: path, into: &out)
            }
            if case .array(let ids)? = members.first(where: { $0.key == "correctiveEventIDs" })?.value {
                out.text += "<correctiveEventIDs>"
                for id in ids { try simple("correctiveEventID", id, path: path, into: &out) }
                out.text += "</correctiveEventIDs>"
            }
            for (key, member) in members where key.contains(":") { try extensionElement(key, member, into: &out) }
            out.text += "</errorDeclaration>"
        case ("persistentDisposition", .object(let members)):
            out.text += "<persistentDisposition>"
            for key in ["unset", "set"] {
                guard case .array(let values)? = members.first(where: { $0.key == key })?.value else { continue }
                for value in values { try simple(key, cbvURN(value, "disp"), path: path, into: &out) }
            }
            out.text += "</persistentDisposition>"
        case ("sensorElementList", .array(let elements)):
            out.text += "<sensorElementList>"
            for element in elements { try sensorElement(element, path: path, into: &out) }
            out.text += "</sensorElementList>"
        case ("ilmd", .object(let members)):
            try container(name, members, first: [], path: path, into: &out)
        case ("bizStep", _):
            try simple(name, cbvURN(value, "bizstep"), path: path, into: &out)
        case ("disposition", _):
            try simple(name, cbvURN(value, "disp"), path: path, into: &out)
        default:
            try simple(name, value, path: path, into: &out)
        }
    }

    /// An element whose standard children `first` come before its extension members (`readPoint`, `ilmd`).
    private static func container(
        _ name: String, _ members: [(key: String, value: JSONValue)], first: [String], path: String,
        into out: inout XMLText
    ) throws(InteropError) {
        out.text += "<\(name)>"
        for key in first {
            if let member = members.first(where: { $0.key == key })?.value {
                try simple(key, member, path: path, into: &out)
            }
        }
        for (key, member) in members where !first.contains(key) { try extensionElement(key, member, into: &out) }
        out.text += "</\(name)>"
    }

    /// A `sensorElement`: its metadata and each report as one element whose members are attributes.
    private static func sensorElement(_ element: JSONValue, path: String, into out: inout XMLText) throws(InteropError)
    {
        guard let members = element.objectMembers else {
            throw InteropError(path: path, reason: "a sensor element must be an object")
        }
        out.text += "<sensorElement>"
        if let metadata = members.first(where: { $0.key == "sensorMetadata" })?.value {
            try attributesElement("sensorMetadata", metadata, path: path, into: &out)
        }
        if case .array(let reports)? = members.first(where: { $0.key == "sensorReport" })?.value {
            for report in reports { try attributesElement("sensorReport", report, path: path, into: &out) }
        }
        for (key, member) in members where key != "sensorMetadata" && key != "sensorReport" {
            try extensionElement(key, member, into: &out)
        }
        out.text += "</sensorElement>"
    }

    private static func attributesElement(_ name: String, _ value: JSONValue, path: String, into out: inout XMLText)
        throws(InteropError)
    {
        guard let members = value.objectMembers else {
            throw InteropError(path: path, reason: "\(name) must be an object")
        }
        out.text += "<\(name)"
        var declared: Set<String> = []
        for (key, member) in members {
            let text: String
            switch member {
            case .string(let string): text = string
            case .number(let number): text = number
            case .bool(let flag): text = flag ? "true" : "false"
            default:
                throw InteropError(path: "\(path).\(name).\(key)", reason: "must be a string, a number or a boolean")
            }
            try checkCharacters(text, path: "\(path).\(name).\(key)")
            if key.contains(":") {
                let name = qualified(key)
                if declared.insert(name.namespace.prefix).inserted { out.text += out.declaration(name.namespace) }
                out.text += " \(name.tag)=\"\(MarkupText.attribute(text))\""
            } else {
                out.text += " \(key)=\"\(MarkupText.attribute(text))\""
            }
        }
        out.text += "/>"
    }

    /// An extension member: an element in its prefix's namespace, its content the member's value.
    private static func extensionElement(_ key: String, _ value: JSONValue, into out: inout XMLText)
        throws(InteropError)
    {
        let name = qualified(key)
        if case .array(let items) = value {
            for item in items { try extensionElement(key, item, into: &out) }
            return
        }
        out.text += "<\(name.tag)\(out.declaration(name.namespace))>"
        try content(value, path: "event.\(key)", into: &out)
        out.text += "</\(name.tag)>"
    }

    /// A standard element holding text.
    private static func simple(_ name: String, _ value: JSONValue, path: String, into out: inout XMLText)
        throws(InteropError)
    {
        out.text += "<\(name)>"
        try content(value, path: "\(path).\(name)", into: &out)
        out.text += "</\(name)>"
    }

    /// A value as element content: text for a string, number or boolean; an object's members as child elements.
    private static func content(_ value: JSONValue, path: String, into out: inout XMLText) throws(InteropError) {
        switch value {
        case .string(let text):
            try checkCharacters(text, path: path)
            out.text += MarkupText.content(text)
        case .number(let number): out.text += number
        case .bool(let flag): out.text += flag ? "true" : "false"
        case .null: break
        case .object(let members):
            for (key, member) in members {
                if key.contains(":") {
                    try extensionElement(key, member, into: &out)
                } else {
                    try simple(key, member, path: path, into: &out)
                }
            }
        case .array(let items):
            throw InteropError(path: path, reason: "a list of \(items.count) values has no element name in XML")
        }
    }

    // MARK: Names and text

    /// A prefixed name's tag and namespace: `ft:x` in FoodTrace's namespace (and `cbvmda:`, the other prefix the
    /// document declares, in its); a prefix FoodTrace does not know (a
    /// partner's, whose document's context is not kept) in `urn:foodtrace:epcis:prefix:<prefix>:`, so that it stays
    /// well-formed and recognisable.
    static func qualified(_ key: String) -> (tag: String, namespace: (prefix: String, uri: String)) {
        let colon = key.firstIndex(of: ":")!
        var prefix = String(key[..<colon])
        let local = String(key[key.index(after: colon)...])
        if !isName(prefix) { prefix = "p" + String(prefix.unicodeScalars.filter { $0.properties.isAlphabetic }) }
        if let known = declared.first(where: { $0.prefix == prefix }) { return ("\(prefix):\(local)", known) }
        return ("\(prefix):\(local)", (prefix, "\(FoodTraceURI.namespace)prefix:\(prefix):"))
    }

    /// A CBV term as the XML binding writes it: a bare word (`shipping`, JSON-LD's short form) as its CBV URN
    /// (`urn:epcglobal:cbv:bizstep:shipping`); a URI as it is.
    static func cbvURN(_ value: String, _ vocabulary: String) -> String {
        value.isEmpty || value.contains(":") ? value : "urn:epcglobal:cbv:\(vocabulary):\(value)"
    }

    private static func cbvURN(_ value: JSONValue, _ vocabulary: String) -> JSONValue {
        guard case .string(let text) = value else { return value }
        return .string(cbvURN(text, vocabulary))
    }

    /// `ft:kind` as `urn:foodtrace:epcis:kind`; other ids (already URIs) as they are.
    static func expanded(_ id: String) -> String {
        id.hasPrefix(FoodTraceURI.prefix + ":")
            ? FoodTraceURI.namespace + id.dropFirst(FoodTraceURI.prefix.count + 1) : id
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
    }

    /// XML 1.0 cannot carry control characters other than tab, line feed and carriage return, nor U+FFFE/U+FFFF.
    private static func checkCharacters(_ text: String, path: String) throws(InteropError) {
        for scalar in text.unicodeScalars where !MarkupText.isXMLCharacter(scalar) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            throw InteropError(
                path: path,
                reason: "U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) cannot be written in XML 1.0")
        }
    }
}

/// XML being written, with the namespace declarations an element needs that the document element does not make.
private struct XMLText {
    var text = ""

    /// ` xmlns:p="…"` when `namespace` is not declared on the document element, else nothing.
    func declaration(_ namespace: (prefix: String, uri: String)) -> String {
        EPCISXMLWriter.declared.contains(where: { $0.prefix == namespace.prefix })
            ? "" : " xmlns:\(namespace.prefix)=\"\(MarkupText.attribute(namespace.uri))\""
    }
}
