import TraceModel

/// The JSON-LD prefixes in force for an EPCIS document, used to expand extension names such as
/// `example:myField` to `{https://ns.example.com/epcis/}myField` before hashing.
///
/// Starts from the prefixes of the standard EPCIS 2.0 context (`epcis`, `cbv`, `cbvmda`, `gs1`,
/// `rdfs`, `owl`, `xsd`, `dcterms`) and adds those the document declares inline in `@context`.
/// Remote contexts other than the standard one are not fetched.
public struct EPCISContext: Sendable, Equatable {
    /// Prefix → namespace IRI.
    public private(set) var prefixes: [String: String]
    /// Event fields left out of the hash, as expanded names (see ``init(document:)``).
    public var ignoredFields: Set<String> = []
    /// The prefixes the event hash expands, in member names and in values: those a document declares in the
    /// objects of a top-level `@context` array, as the reference generator reads them (a context given as a lone
    /// object, an event's own `@context` and the standard context's prefixes are not used for hashing).
    public private(set) var declared: [String: String] = [:]

    /// The prefixes of the standard EPCIS 2.0.0 context.
    public static let standardPrefixes: [String: String] = [
        "epcis": "https://ref.gs1.org/epcis/", "cbv": "https://ref.gs1.org/cbv/", "cbvmda": "urn:epcglobal:cbv:mda:",
        "gs1": "https://gs1.org/voc/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": "http://www.w3.org/2001/XMLSchema#", "dcterms": "http://purl.org/dc/terms/",
    ]

    /// The standard prefixes plus `extra` (which win on a clash).
    public init(prefixes extra: [String: String] = [:]) {
        prefixes = EPCISContext.standardPrefixes.merging(extra) { _, new in new }
        declared = extra
    }

    /// The context of a whole document: its inline `@context` prefixes and, when the document has a
    /// top-level member whose local name is `ignoreFields` (as in `repository-x:ignoreFields`), the
    /// extension fields it lists, which a repository added after capture and which the hash skips.
    public init(document: JSONValue) {
        self.init()
        if let context = document["@context"] {
            add(context)
            if case .array(let entries) = context {
                for case .object(let members) in entries {
                    for member in members {
                        if case .string(let iri) = member.value { declared[member.key] = iri }
                    }
                }
            }
        }
        for member in document.objectMembers ?? [] where EPCISContext.localName(member.key) == "ignoreFields" {
            guard case .array(let names) = member.value else { continue }
            for case .string(let name) in names { ignoredFields.insert(hashName(name)) }
        }
    }

    /// This context with the prefixes of an event's own `@context` added.
    public func adding(_ context: JSONValue?) -> EPCISContext {
        guard let context else { return self }
        var copy = self
        copy.add(context)
        return copy
    }

    private mutating func add(_ context: JSONValue) {
        switch context {
        case .array(let entries): for entry in entries { add(entry) }
        case .object(let members):
            for member in members {
                switch member.value {
                case .string(let iri) where !iri.hasPrefix("@"): prefixes[member.key] = iri
                case .object:
                    if let iri = member.value["@id"]?.stringValue, member.value["@prefix"] != .bool(false) {
                        prefixes[member.key] = iri
                    }
                default: break
                }
            }
        default: break
        }
    }

    /// `prefix:local` as `{namespace}local` when the prefix is known; other names unchanged.
    public func expand(_ name: String) -> String {
        guard let colon = EPCISContext.colonOffset(name) else { return name }
        let utf8 = name.utf8
        let colonIndex = utf8.index(utf8.startIndex, offsetBy: colon)
        let afterColon = utf8.index(after: colonIndex)
        if utf8[afterColon...].starts(with: "//".utf8) { return name }
        guard let iri = prefixes[String(name[..<colonIndex])] else { return name }
        return "{" + iri + "}" + String(name[afterColon...])
    }

    /// A member name as the event hash writes it: `prefix:local` as `{namespace}local` when the document declares
    /// the prefix (``declared``); other names unchanged.
    public func hashName(_ name: String) -> String {
        guard !declared.isEmpty, let (prefix, rest) = EPCISContext.split(name), let iri = declared[prefix] else {
            return name
        }
        return "{" + iri + "}" + rest
    }

    /// A value as the event hash reads it: a compact IRI `prefix:rest` whose prefix the document declares becomes
    /// `namespace` + `rest` (`ex:clenbuterol` → `https://vocab.example.org/food#clenbuterol`).
    public func hashValue(_ value: String) -> String {
        guard !declared.isEmpty, let (prefix, rest) = EPCISContext.split(value), let iri = declared[prefix] else {
            return value
        }
        return iri + rest
    }

    /// `prefix` and `rest` around the first `:`.
    private static func split(_ text: String) -> (String, Substring)? {
        guard let colon = colonOffset(text) else { return nil }
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: colon)
        return (String(text[..<index]), text[utf8.index(after: index)...])
    }

    /// The UTF-8 offset of the first `:` in `name` (most event field names have none).
    private static func colonOffset(_ name: String) -> Int? {
        var name = name
        return name.withUTF8 { bytes in bytes.firstIndex(of: UInt8(ascii: ":")) }
    }

    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}
