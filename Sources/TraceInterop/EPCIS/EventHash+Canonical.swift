/// The canonical order of event fields and the rendering of the pre-hash string.
extension EPCISEventHash {
    /// A field and, for structured fields, the order of its children (`nil`: a leaf, or children
    /// rendered in sorted generic form, as for `ilmd`).
    struct Field: Sendable {
        var name: String
        var children: [Field]?
        init(_ name: String, _ children: [Field]? = nil) {
            self.name = name
            self.children = children
        }
    }

    static let quantityElement = [Field("quantityElement", [Field("epcClass"), Field("quantity"), Field("uom")])]
    static let epcs = [Field("epc")]

    static let sensorMetadata = ["time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData",
        "dataProcessingMethod", "bizRules"].map { Field($0) }
    static let sensorReport = ["type", "exception", "deviceID", "deviceMetadata", "rawData", "dataProcessingMethod",
        "time", "microorganism", "chemicalSubstance", "value", "component", "stringValue", "booleanValue",
        "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue", "uom",
        "coordinateReferenceSystem"].map { Field($0) }

    /// The order the reference generator's vectors show (its prose table differs: certificationInfo
    /// comes right after eventTimeZoneOffset, parentID before epcList, destinations before sources).
    static let fieldOrder: [Field] = [
        Field("eventTime"), Field("eventTimeZoneOffset"), Field("certificationInfo"), Field("parentID"),
        Field("epcList", epcs), Field("inputEPCList", epcs), Field("childEPCs", epcs),
        Field("quantityList", quantityElement), Field("childQuantityList", quantityElement),
        Field("inputQuantityList", quantityElement), Field("outputEPCList", epcs),
        Field("outputQuantityList", quantityElement), Field("action"), Field("transformationID"),
        Field("bizStep"), Field("disposition"), Field("persistentDisposition", [Field("set"), Field("unset")]),
        Field("readPoint", [Field("id")]), Field("bizLocation", [Field("id")]),
        Field("bizTransactionList", [Field("", [Field("type"), Field("bizTransaction")])]),
        Field("destinationList", [Field("", [Field("type"), Field("destination")])]),
        Field("sourceList", [Field("", [Field("type"), Field("source")])]),
        Field("sensorElementList", [Field("sensorElement", [Field("sensorMetadata", sensorMetadata), Field("sensorReport", sensorReport)])]),
        Field("ilmd"),
    ]

    /// Renders the children named in `order`, each name's values sorted, and removes them from `nodes`.
    static func renderOrdered(_ nodes: inout [HashNode], order: [Field]) -> String {
        // One pass puts each node in its field's bucket; the rest stay in `nodes`, in their order.
        var buckets = [[HashNode]](repeating: [], count: order.count)
        var rest: [HashNode] = []
        for node in nodes {
            if let index = order.firstIndex(where: { $0.name == node.name }) {
                buckets[index].append(node)
            } else {
                rest.append(node)
            }
        }
        nodes = rest
        var text = ""
        for (field, bucket) in zip(order, buckets) where !bucket.isEmpty {
            if bucket.count == 1 {
                text += render(bucket[0], children: field.children)
            } else {
                text += sortedByCodePoint(bucket.map { render($0, children: field.children) }).joined()
            }
        }
        return text
    }

    /// `name=value` followed by the children; empty when there is neither value nor child text.
    static func render(_ node: HashNode, children order: [Field]?) -> String {
        var childText = ""
        if let order {
            var children = node.children
            childText = renderOrdered(&children, order: order)
        } else if !node.children.isEmpty {
            childText = renderGeneric(node.children)
        }
        let value = HashValues.trimmed(node.text)
        let valueText = value.isEmpty ? "" : "=" + HashValues.normalise(value, name: node.name)
        return valueText.isEmpty && childText.isEmpty ? "" : node.name + valueText + childText
    }

    /// Fields outside the fixed order (user extensions, `ilmd` contents): every node as
    /// `name=value` plus its children rendered the same way, siblings sorted.
    static func renderGeneric(_ nodes: [HashNode]) -> String {
        let values = nodes.map { node -> String in
            let value = HashValues.trimmed(node.text)
            let valueText = value.isEmpty ? "" : "=" + HashValues.normalise(value, name: node.name)
            return node.name + valueText + renderGeneric(node.children)
        }
        return sortedByCodePoint(values).joined()
    }

    /// Sorted by Unicode code points (UTF-8 byte order), not by Swift's canonical string order.
    static func sortedByCodePoint(_ values: [String]) -> [String] {
        values.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
