import TraceModel

/// The URIs FoodTrace writes into EPCIS documents for its own identifiers.
///
/// | what | URI | example |
/// |---|---|---|
/// | a batch, meal or slip (its 20-digit trace code) | `urn:foodtrace:lot:<code>` | `urn:foodtrace:lot:11010500126112800427` |
/// | a party (owning party in source/destination lists) | `urn:foodtrace:party:<party id>` | `urn:foodtrace:party:SH-110105-001` |
/// | a party's premises (readPoint, bizLocation, location) | `urn:foodtrace:loc:<party id>` | `urn:foodtrace:loc:MKT-110105-001` |
/// | a shipment, numbered by its shipper | `urn:foodtrace:shipment:<shipper id>:<number>` | `urn:foodtrace:shipment:SH-110105-001:S-0042` |
/// | a document (certificate, licence, report) | `urn:foodtrace:doc:<document type>:<number>` | `urn:foodtrace:doc:meat-inspection:ZJ2026-001` |
/// | a tested analyte (sensor report type) | `urn:foodtrace:analyte:<name>` | `urn:foodtrace:analyte:clenbuterol` |
/// | a signed record (master-data element id) | `urn:foodtrace:record:<record id>` | `urn:foodtrace:record:sha256:3f2a…` |
/// | FoodTrace's own vocabulary terms | `urn:foodtrace:btt:slip`, `urn:foodtrace:vtype:TrustRecord` | |
///
/// Free-text parts (shipment and document numbers, analytes) are percent-encoded (UTF-8), so every
/// URI is valid and decodes back to the text. Trace codes and party ids need no escaping. These URIs
/// are stable: the same batch is always the same `epcClass`, in every export.
public enum FoodTraceURI {
    /// The JSON-LD prefix and namespace of FoodTrace extension fields (`ft:record`, `ft:recordID`).
    public static let prefix = "ft"
    public static let namespace = "urn:foodtrace:epcis:"

    /// `urn:foodtrace:lot:<code>`: the class-level identifier of a batch, meal or slip.
    public static func lot(_ code: TraceCode) -> String { "urn:foodtrace:lot:" + code.digits }
    /// `urn:foodtrace:party:<id>`.
    public static func party(_ id: String) -> String { "urn:foodtrace:party:" + id }
    /// `urn:foodtrace:loc:<id>`: the premises of a party.
    public static func location(_ partyID: String) -> String { "urn:foodtrace:loc:" + partyID }
    /// `urn:foodtrace:shipment:<shipper>:<number>`, the number percent-encoded.
    public static func shipment(shipper: String, number: String) -> String {
        "urn:foodtrace:shipment:\(shipper):" + percentEncoded(number)
    }
    /// `urn:foodtrace:doc:<type>:<number>`, the number percent-encoded.
    public static func document(_ ref: DocumentRef) -> String {
        "urn:foodtrace:doc:\(ref.type.rawValue):" + percentEncoded(ref.number)
    }
    /// `urn:foodtrace:analyte:<name>`, the name percent-encoded.
    public static func analyte(_ name: String) -> String { "urn:foodtrace:analyte:" + percentEncoded(name) }
    /// The bizTransaction type under which a sale names its slip.
    public static let slipTransactionType = "urn:foodtrace:btt:slip"
    /// `urn:foodtrace:record:<record id>`: a signed record as a master-data element.
    public static func record(_ id: String) -> String { "urn:foodtrace:record:" + id }
    /// The master-data vocabulary of the `register` and `revoke` records an export carries.
    public static let trustRecordVocabulary = "urn:foodtrace:vtype:TrustRecord"

    /// The trace code of a `urn:foodtrace:lot:` URI, when it holds a valid one.
    public static func traceCode(fromLot uri: String) -> TraceCode? {
        guard uri.hasPrefix("urn:foodtrace:lot:") else { return nil }
        return try? TraceCode(validating: String(uri.dropFirst("urn:foodtrace:lot:".count)))
    }

    /// The party id of a `urn:foodtrace:party:` or `urn:foodtrace:loc:` URI.
    public static func partyID(from uri: String) -> String? {
        for prefix in ["urn:foodtrace:party:", "urn:foodtrace:loc:"] where uri.hasPrefix(prefix) {
            let id = String(uri.dropFirst(prefix.count))
            return PartyID.isValid(id) ? id : nil
        }
        return nil
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// RFC 3986 percent-encoding of everything but unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                out.append(byte)
            } else {
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
