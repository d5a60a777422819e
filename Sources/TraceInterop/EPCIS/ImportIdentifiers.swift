import TraceCrypto
import TraceModel

/// The party that imports a foreign EPCIS document, and whose node numbers the imported lots.
public struct ImportingParty: Sendable, Hashable {
    public var id: String
    /// Six-digit GB/T 2260 area code and three-digit node number, as registered.
    public var area: String
    public var node: String

    public init(id: String, area: String, node: String) {
        self.id = id
        self.area = area
        self.node = node
    }
}

/// Deterministic FoodTrace identifiers for foreign EPCIS identifiers.
///
/// - Lots: `urn:foodtrace:lot:<code>` is that trace code. Any other class or instance identifier
///   (LGTIN/SGTIN URN, Digital Link, anything else) is first put in canonical form (EPC URNs and
///   Digital Links of the same lot agree), then the trace code is the importer's area (6 digits) and
///   node (3 digits), then the SHA-256 of the canonical identifier as a number modulo 10¹⁰ (10
///   digits), then the Damm check digit. The same identifier imported by the same node always gets
///   the same code; such codes do not carry a date in digits 10–15.
/// - Parties: `urn:foodtrace:party:<id>` / `urn:foodtrace:loc:<id>` is that party id; others are
///   `EXT-` and the first 16 hex digits (upper case) of the SHA-256 of the canonical identifier,
///   e.g. `EXT-3F2A9C01B2D4E5F6` for `urn:epc:id:pgln:4012345.00000`. Such parties are not registered.
public struct ImportIdentifiers: Sendable {
    public var importer: ImportingParty

    public init(importer: ImportingParty) {
        self.importer = importer
    }

    /// The trace code for a lot identifier (see the type's documentation for the derivation).
    public func traceCode(for identifier: String) -> TraceCode? {
        if let code = FoodTraceURI.traceCode(fromLot: identifier) { return code }
        let canonical = DigitalLink.canonical(identifier) ?? identifier
        let digest = Digest.sha256(Array(canonical.utf8))
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } % 10_000_000_000
        let digits = String(number)
        return TraceCode(
            payload: importer.area + importer.node + String(repeating: "0", count: 10 - digits.count) + digits)
    }

    /// The party id for a party or location identifier: its own for FoodTrace URIs, `EXT-…` otherwise.
    public func partyID(for identifier: String) -> String {
        if let id = FoodTraceURI.partyID(from: identifier) { return id }
        let canonical = DigitalLink.canonical(identifier) ?? identifier
        return "EXT-" + Hex.encode(Digest.sha256(Array(canonical.utf8)).prefix(8)).uppercased()
    }

    /// A FoodTrace unit for a UN/ECE Recommendation 20 code; no code means a count of pieces (the EPCIS
    /// standard: a quantity without `uom` counts instances). `EA` (each), `C62` (one) and `NAR` (number of
    /// articles) are counts of pieces as `H87` (piece) is.
    public static func unit(uneceCode: String?) -> QuantityUnit? {
        guard let uneceCode else { return .piece }
        switch uneceCode {
        case "KGM": return .kilogram
        case "GRM": return .gram
        case "TNE": return .tonne
        case "LTR": return .litre
        case "BX": return .box
        case "H87", "EA", "C62", "NAR": return .piece
        case "HEA": return .head
        default: return nil
        }
    }
}
