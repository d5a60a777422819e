/// The canonical order of event fields and the rendering of the pre-hash string.
///
/// The pre-hash string is written as UTF-8 bytes into one buffer; only values that must be sorted
/// (the repeated values of a field, the fields outside the fixed order) are first written apart.
extension EPCISEventHash {
    /// A field and, for structured fields, the order of its children (`nil`: a leaf, or children
    /// rendered in sorted generic form, as for `ilmd`).
    struct Field: Sendable {
        var name: String
        var children: FieldOrder?
        init(_ name: String, _ children: [Field]? = nil) {
            self.name = name
            self.children = children.map(FieldOrder.init)
        }
    }

    /// Fields in their canonical order, found by name: only the names of the same length are compared
    /// (every node of every event is looked up, and hashing each name costs more).
    struct FieldOrder: Sendable {
        let fields: [Field]
        /// For each name length, the fields' names of that length and their positions.
        private let byLength: [[(name: String, position: Int)]]

        init(_ fields: [Field]) {
            self.fields = fields
            var byLength = [[(name: String, position: Int)]](
                repeating: [], count: (fields.map(\.name.utf8.count).max() ?? 0) + 1)
            for (position, field) in fields.enumerated()
            where !byLength[field.name.utf8.count].contains(where: { $0.name == field.name }) {
                byLength[field.name.utf8.count].append((field.name, position))
            }
            self.byLength = byLength
        }

        /// The position of the field named `name`, if it is one of these.
        func position(of name: String) -> Int? {
            let length = name.utf8.count
            guard length < byLength.count else { return nil }
            return byLength[length].first { $0.name == name }?.position
        }
    }

    static let quantityElement = [Field("quantityElement", [Field("epcClass"), Field("quantity"), Field("uom")])]
    static let epcs = [Field("epc")]

    static let sensorMetadata = [
        "time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData",
        "dataProcessingMethod", "bizRules",
    ].map { Field($0) }
    static let sensorReport = [
        "type", "exception", "deviceID", "deviceMetadata", "rawData", "dataProcessingMethod",
        "time", "microorganism", "chemicalSubstance", "value", "component", "stringValue", "booleanValue",
        "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue", "uom",
        "coordinateReferenceSystem",
    ].map { Field($0) }

    /// The fields the reference generator writes in a fixed order, in that order (its vectors are the truth; its
    /// prose table differs: certificationInfo comes right after eventTimeZoneOffset, parentID before epcList).
    /// `bizTransactionList`, `sourceList`, `destinationList` and `ilmd` are not among them: the reference never
    /// consumes them in this pass, so they are written with the user extensions, sorted, after
    /// `sensorElementList`.
    static let fieldOrder = FieldOrder([
        Field("eventTime"), Field("eventTimeZoneOffset"), Field("certificationInfo"), Field("parentID"),
        Field("epcList", epcs), Field("inputEPCList", epcs), Field("childEPCs", epcs),
        Field("quantityList", quantityElement), Field("childQuantityList", quantityElement),
        Field("inputQuantityList", quantityElement), Field("outputEPCList", epcs),
        Field("outputQuantityList", quantityElement), Field("action"), Field("transformationID"),
        Field("bizStep"), Field("disposition"), Field("persistentDisposition", [Field("set"), Field("unset")]),
        Field("readPoint", [Field("id")]), Field("bizLocation", [Field("id")]),
        Field(
            "sensorElementList",
            [Field("sensorElement", [Field("sensorMetadata", sensorMetadata), Field("sensorReport", sensorReport)])]),
    ])

    /// Writes the nodes named in `order`, by field and each field's values sorted; the other nodes, and what
    /// the written ones leave unwritten, go to `rest` for the sorted tail.
    static func renderOrdered(_ nodes: [HashNode], order: FieldOrder, into out: inout [UInt8], rest: inout [HashNode]) {
        withUnsafeTemporaryAllocation(of: (position: Int, node: Int).self, capacity: nodes.count) { matched in
            // The nodes of each field, by field position then document order.
            var count = 0
            for (index, node) in nodes.enumerated() {
                if let position = order.position(of: node.name) {
                    matched[count] = (position, index)
                    count += 1
                } else {
                    rest.append(node)
                }
            }
            var fields = UnsafeMutableBufferPointer(rebasing: matched[..<count])
            fields.sort { ($0.position, $0.node) < ($1.position, $1.node) }
            var start = 0
            while start < count {
                var end = start + 1
                while end < count, fields[end].position == fields[start].position { end += 1 }
                let children = order.fields[fields[start].position].children
                if end - start == 1 {
                    if let left = render(nodes[fields[start].node], children: children, into: &out) {
                        rest.append(left)
                    }
                } else {
                    var values = fields[start..<end].map { item -> [UInt8] in
                        var value: [UInt8] = []
                        if let left = render(nodes[item.node], children: children, into: &value) { rest.append(left) }
                        return value
                    }
                    appendSorted(&values, into: &out)
                }
                start = end
            }
        }
    }

    /// `name=value` followed by the children in their order, then the user extensions among them (members
    /// named `{namespace/}local`) sorted; nothing when there is neither value nor child text. Returns what is
    /// left for the tail: the children outside the order (other extensions, unknown members) under this
    /// node's name, or the whole node when a field written as a single value has children.
    static func render(_ node: HashNode, children order: FieldOrder?, into out: inout [UInt8]) -> HashNode? {
        let start = out.count
        out.append(contentsOf: node.name.utf8)
        let afterName = out.count
        appendValue(node, timed: true, into: &out)
        var left: HashNode? = nil
        if let order {
            var children = node.children
            var extensions: [HashNode] = []
            // As the reference gathers them: only beside other members, and not at the event's own level.
            if children.count > 1,
                !children.contains(where: { $0.name.contains("eventTime") || $0.name.contains("action") })
            {
                extensions = children.filter(isUserExtension)
                children.removeAll(where: isUserExtension)
            }
            var rest: [HashNode] = []
            renderOrdered(children, order: order, into: &out, rest: &rest)
            if !extensions.isEmpty { renderGeneric(extensions, into: &out) }
            if !rest.isEmpty { left = HashNode(name: node.name, text: node.text, children: rest) }
        } else if !node.children.isEmpty {
            left = node
        }
        if out.count == afterName { out.removeSubrange(start...) }
        return left
    }

    /// A member name the reference takes for a user extension inside a standard field: an expanded name whose
    /// namespace ends in `/` (`{https://ns.example.com/epcis/}dock`). Others (`{urn:foodtrace:epcis:}method`)
    /// are written in the tail under their field's path.
    static func isUserExtension(_ node: HashNode) -> Bool {
        node.name.utf8.first == UInt8(ascii: "{") && node.name.contains("/}")
    }

    /// Fields outside the fixed order (user extensions, `ilmd`, the typed lists, what structured fields left):
    /// every node as `name=value` plus its children rendered the same way, siblings sorted — except the
    /// members of a `{type, bizTransaction|source|destination}` entry, which keep their order.
    static func renderGeneric(_ nodes: [HashNode], into out: inout [UInt8]) {
        if nodes.count == 1 {
            renderGeneric(nodes[0], into: &out)
            return
        }
        if nodes.contains(where: { ["bizTransaction", "source", "destination"].contains($0.name) }) {
            for node in nodes { renderGeneric(node, into: &out) }
            return
        }
        var values = nodes.map { node -> [UInt8] in
            var value: [UInt8] = []
            renderGeneric(node, into: &value)
            return value
        }
        appendSorted(&values, into: &out)
    }

    private static func renderGeneric(_ node: HashNode, into out: inout [UInt8]) {
        out.append(contentsOf: node.name.utf8)
        appendValue(node, timed: false, into: &out)
        if !node.children.isEmpty { renderGeneric(node.children, into: &out) }
    }

    /// `=` and the normalised value, when the value is not blank.
    /// `timed`: whether a field named like a time is written as a UTC time (the reference does so in the ordered
    /// part only).
    private static func appendValue(_ node: HashNode, timed: Bool, into out: inout [UInt8]) {
        let value = HashValues.trimmed(node.text)
        if value.isEmpty { return }
        out.append(UInt8(ascii: "="))
        out.append(contentsOf: HashValues.normalise(value, name: node.name, timed: timed).utf8)
    }

    /// The values sorted by Unicode code points (UTF-8 byte order, not Swift's canonical string
    /// order), one after the other.
    static func appendSorted(_ values: inout [[UInt8]], into out: inout [UInt8]) {
        values.sort { $0.lexicographicallyPrecedes($1) }
        for value in values { out.append(contentsOf: value) }
    }
}
