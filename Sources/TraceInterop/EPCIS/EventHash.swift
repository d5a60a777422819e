import TraceCrypto
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
    /// One hash ID per event of an EPCIS 2.0 document (`EPCISDocument` or `EPCISQueryDocument`, JSON/JSON-LD or
    /// XML), in document order.
    public static func hashIDs(document bytes: [UInt8]) throws(InteropError) -> [String] {
        try mapEvents(document: bytes) { hashID(preHash: $0) }
    }

    /// The pre-hash string of every event of a document, in document order (``hashID(preHash:)``
    /// turns each into its hash ID).
    public static func preHashStrings(document bytes: [UInt8]) throws(InteropError) -> [String] {
        try mapEvents(document: bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// `transform` of the pre-hash bytes of every event of a document, in document order (read as a stream by
    /// ``EPCISStreamReader``, checked as it checks a document).
    private static func mapEvents<T>(document bytes: [UInt8], _ transform: ([UInt8]) -> T) throws(InteropError) -> [T] {
        var out: [T] = []
        _ = try EPCISStreamReader.preHashes(
            .bytes(bytes), begin: { out.removeAll() }, each: { out.append(transform($0)) })
        return out
    }

    /// The hash ID of one event (its own `eventID`, if any, is ignored).
    public static func hashID(event: JSONValue, context: EPCISContext = EPCISContext()) -> String {
        hashID(preHash: preHashBytes(event: event, context: context))
    }

    /// The hash ID for a pre-hash string.
    public static func hashID(preHash: String) -> String {
        hashID(preHash: Array(preHash.utf8))
    }

    /// The hash ID for a pre-hash string given as UTF-8: the SHA-256 (OpenSSL's) of those bytes.
    public static func hashID(preHash bytes: [UInt8]) -> String {
        let digest = Digest.sha256(bytes)
        let prefix = "ni:///sha-256;".utf8
        let suffix = "?ver=CBV2.0".utf8
        return String(unsafeUninitializedCapacity: prefix.count + 2 * digest.count + suffix.count) { buffer in
            var index = 0
            for byte in prefix {
                buffer[index] = byte
                index += 1
            }
            for byte in digest {
                buffer[index] = hexDigits[Int(byte >> 4)]
                buffer[index + 1] = hexDigits[Int(byte & 0xF)]
                index += 2
            }
            for byte in suffix {
                buffer[index] = byte
                index += 1
            }
            return index
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The canonical pre-hash string of one event, for debugging a hash that differs.
    public static func preHashString(event: JSONValue, context: EPCISContext = EPCISContext()) -> String {
        String(decoding: preHashBytes(event: event, context: context), as: UTF8.self)
    }

    /// The pre-hash string of one event as UTF-8.
    static func preHashBytes(event: JSONValue, context: EPCISContext) -> [UInt8] {
        var nodes: [HashNode] = []
        let members = event.objectMembers ?? []
        nodes.reserveCapacity(members.count)
        for member in members {
            if isExcluded(member.key) || isComment(member.key) { continue }
            let expanded = context.hashName(member.key)
            if expanded == commentField || (!context.ignoredFields.isEmpty && context.ignoredFields.contains(expanded))
            {
                continue
            }
            appendNodes(name: member.key, expanded: expanded, value: member.value, context: context, to: &nodes)
        }
        return preHashBytes(type: event["type"]?.stringValue ?? "", nodes: nodes)
    }

    /// The pre-hash string, as UTF-8, of an event of type `type` whose fields are `nodes` (JSON or XML).
    static func preHashBytes(type: String, nodes: [HashNode]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        out.append(contentsOf: "eventType=".utf8)
        out.append(contentsOf: type.utf8)
        var rest: [HashNode] = []
        renderOrdered(nodes, order: fieldOrder, into: &out, rest: &rest)
        renderGeneric(rest, into: &out)
        return out
    }
}
