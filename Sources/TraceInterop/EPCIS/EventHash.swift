import TraceModel

/// EPCIS 2.0 event hash IDs (`ni:///sha-256;<hex>?ver=CBV2.0`), computed as the reference event-hash
/// generator computes them.
///
/// The pre-hash string is `eventType=<type>` followed by the event's fields in a fixed order
/// (``fieldOrder``), each written `name=value` with structured fields as their name followed by
/// their children, then the remaining fields (user extensions) in sorted generic form. Values of a
/// repeated field are sorted; times become UTC with milliseconds; CBV short names become
/// `https://ref.gs1.org/cbv/…` URIs; EPC URNs and Digital Link URIs become canonical
/// `https://id.gs1.org/…` URIs; extension names are expanded to `{namespace}local`. `eventID`,
/// `recordTime`, `errorDeclaration` and `rdfs:comment` are left out. The SHA-256 of the UTF-8
/// pre-hash string, in lowercase hex, is the hash.
public enum EPCISEventHash {
    /// One hash ID per event of an EPCIS 2.0 JSON/JSON-LD document (`EPCISDocument` or
    /// `EPCISQueryDocument`), in document order.
    public static func hashIDs(document bytes: [UInt8]) throws(InteropError) -> [String] {
        try preHashStrings(document: bytes).map { hashID(preHash: $0) }
    }

    /// The pre-hash string of every event of a document, in document order (``hashID(preHash:)``
    /// turns each into its hash ID).
    public static func preHashStrings(document bytes: [UInt8]) throws(InteropError) -> [String] {
        let document = try EPCISDocumentLayout.parse(bytes)
        let context = EPCISContext(document: document)
        let (events, path) = try EPCISDocumentLayout.eventList(of: document)
        for (index, event) in events.enumerated() where event["type"]?.stringValue == nil {
            throw InteropError(path: "\(path)[\(index)].type", reason: "every event needs a type (e.g. ObjectEvent)")
        }
        return Parallel.map(events.count) { index in
            preHashString(event: events[index], context: context.adding(events[index]["@context"]))
        }
    }

    /// The hash ID of one event (its own `eventID`, if any, is ignored).
    public static func hashID(event: JSONValue, context: EPCISContext = EPCISContext()) -> String {
        hashID(preHash: preHashString(event: event, context: context))
    }

    /// The hash ID for a pre-hash string.
    public static func hashID(preHash: String) -> String {
        "ni:///sha-256;" + Hex.encode(SHA256.digest(Array(preHash.utf8))) + "?ver=CBV2.0"
    }

    /// The canonical pre-hash string of one event, for debugging a hash that differs.
    public static func preHashString(event: JSONValue, context: EPCISContext = EPCISContext()) -> String {
        var nodes: [HashNode] = []
        for member in event.objectMembers ?? [] {
            if excludedFields.contains(member.key) { continue }
            let expanded = context.expand(member.key)
            if expanded == commentField || context.ignoredFields.contains(expanded) { continue }
            nodes += self.nodes(name: member.key, value: member.value, context: context)
        }
        let type = event["type"]?.stringValue ?? ""
        let ordered = renderOrdered(&nodes, order: fieldOrder)
        return "eventType=" + type + ordered + renderGeneric(nodes)
    }
}
