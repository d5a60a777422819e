import TraceCrypto
import TraceModel

/// Identifiers for what a partner's EPCIS document names, the same whoever imports it.
///
/// - Parties: a PGLN (`urn:epc:id:pgln:…`, Digital Link `/417/`), an SGLN (`urn:epc:id:sgln:…`, `/414/`, with or
///   without its `/254/` extension) or a bare 13-digit GLN is the party `GLN-` + the 13-digit GLN: a location names
///   the party of its GLN, the extension a place within its premises, so a party's PGLN and its premises' SGLN
///   agree. `urn:foodtrace:party:ID` and `urn:foodtrace:loc:ID` are `ID`. Anything else is `EXT-` and the first 16
///   hex digits (upper case) of the SHA-256 of the identifier in canonical form.
/// - Lots: the same lot (an LGTIN URN, its Digital Link, any class identifier, in canonical form) held by the same
///   party has one trace code: `000000` (no GB/T 2260 area: an external lot) `000`, then the SHA-256 of
///   `<canonical lot>|<party id>` as a number modulo 10¹⁰ (10 digits), then the Damm check digit. A lot another
///   party holds after a custody hop is another node, as every receipt makes one; `urn:foodtrace:lot:CODE` is CODE.
public enum ExternalIdentifiers {
    /// The party id for a party or location identifier (see the type's documentation).
    public static func partyID(for identifier: String) -> String {
        if let id = FoodTraceURI.partyID(from: identifier) { return id }
        if let gln = gln(identifier) { return "GLN-" + gln }
        let canonical = DigitalLink.canonical(identifier) ?? identifier
        return "EXT-" + Hex.encode(Digest.sha256(Array(canonical.utf8)).prefix(8)).uppercased()
    }

    /// The 13-digit GLN a PGLN, SGLN or GLN identifier carries; `nil` for other identifiers.
    public static func gln(_ identifier: String) -> String? {
        if identifier.utf8.count == 13, identifier.utf8.allSatisfy({ (48...57).contains($0) }) { return identifier }
        guard let canonical = DigitalLink.canonical(identifier) else { return nil }
        for key in ["417/", "414/"] where canonical.hasPrefix(DigitalLink.base + key) {
            let digits = canonical.dropFirst((DigitalLink.base + key).count).prefix(13)
            if digits.utf8.count == 13, digits.utf8.allSatisfy({ (48...57).contains($0) }) { return String(digits) }
        }
        return nil
    }

    /// The trace code of a lot held by a party (see the type's documentation).
    public static func lotCode(_ lot: String, holder: String) -> TraceCode? {
        if let code = FoodTraceURI.traceCode(fromLot: lot) { return code }
        let canonical = DigitalLink.canonical(lot) ?? lot
        let digest = Digest.sha256(Array((canonical + "|" + holder).utf8))
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } % 10_000_000_000
        let digits = String(number)
        return TraceCode(payload: "000000000" + String(repeating: "0", count: 10 - digits.count) + digits)
    }
}
