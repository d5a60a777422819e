import TraceModel

/// The names a document's master data gives the parties, locations and products its events name.
///
/// Every vocabulary element (`epcisHeader.epcisMasterData.vocabularyList[].vocabularyElementList[]`) with a name
/// attribute — CBV `urn:epcglobal:cbv:mda#name`, or for a product class `regulatedProductName`, `descriptionShort`
/// or `tradeItemDescription` — is kept under its identifier in canonical form (``DigitalLink/canonical(_:)``), and a
/// party or location also under its external party id (``ExternalIdentifiers/partyID(for:)``), so a location's name
/// names the party of its GLN when the party itself is not described. The first name given wins.
public struct EPCISMasterNames: Sendable {
    private var names: [String: String] = [:]

    static let nameAttributes = [
        "urn:epcglobal:cbv:mda#name", "urn:epcglobal:cbv:mda#regulatedProductName",
        "urn:epcglobal:cbv:mda#descriptionShort", "urn:epcglobal:cbv:mda#tradeItemDescription",
    ]

    public init() {}

    /// The names of a document already checked against the EPCIS schema.
    init(document: JSONValue, context: EPCISContext) {
        guard case .array(let vocabularies)? = document["epcisHeader"]?["epcisMasterData"]?["vocabularyList"] else {
            return
        }
        for vocabulary in vocabularies {
            guard case .array(let elements)? = vocabulary["vocabularyElementList"] else { continue }
            for element in elements {
                guard let id = element["id"]?.stringValue, case .array(let attributes)? = element["attributes"]
                else { continue }
                var found: [String: String] = [:]
                for attribute in attributes {
                    guard let name = attribute["id"]?.stringValue, let value = attribute["attribute"]?.stringValue
                    else { continue }
                    found[Self.full(context.expand(name))] = value
                }
                guard let name = Self.nameAttributes.lazy.compactMap({ found[$0] }).first,
                    !name.trimmingCharacters(in: .whitespaces).isEmpty
                else { continue }
                add(name, for: id)
            }
        }
    }

    /// `{namespace}local` as one IRI.
    private static func full(_ expanded: String) -> String {
        guard expanded.hasPrefix("{"), let close = expanded.firstIndex(of: "}") else { return expanded }
        return String(expanded[expanded.index(after: expanded.startIndex)..<close])
            + String(expanded[expanded.index(after: close)...])
    }

    /// Adds a name for an identifier (kept when the identifier has none yet).
    public mutating func add(_ name: String, for identifier: String) {
        let key = DigitalLink.canonical(identifier) ?? identifier
        if names[key] == nil { names[key] = name }
        if ExternalIdentifiers.gln(identifier) != nil || identifier.hasPrefix("urn:epc:id:") {
            let party = ExternalIdentifiers.partyID(for: identifier)
            if names[party] == nil { names[party] = name }
        }
    }

    /// The name given for an identifier, or for the party an identifier names.
    public func name(of identifier: String) -> String? {
        names[DigitalLink.canonical(identifier) ?? identifier] ?? names[ExternalIdentifiers.partyID(for: identifier)]
    }

    /// The name of a product class: the class itself, else its GTIN (`…/01/<GTIN>` of its Digital Link).
    public func productName(of lot: String) -> String? {
        if let name = names[DigitalLink.canonical(lot) ?? lot] { return name }
        guard let canonical = DigitalLink.canonical(lot), canonical.hasPrefix(DigitalLink.base + "01/") else {
            return nil
        }
        return names[DigitalLink.base + "01/" + canonical.dropFirst((DigitalLink.base + "01/").count).prefix(14)]
    }
}
