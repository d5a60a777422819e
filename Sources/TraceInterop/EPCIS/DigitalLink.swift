/// Canonical GS1 Digital Link URIs (`https://id.gs1.org/01/…/21/…`) for EPC URNs and Digital Link
/// URIs, the form identifiers take in event hashes (EPCIS 2.0 section 8.9 and the TDS 2.0 tables).
public enum DigitalLink {
    static let base = "https://id.gs1.org/"

    /// The canonical Digital Link URI for an EPC URN (`urn:epc:id:…`, `urn:epc:class:lgtin:…`,
    /// `urn:epc:idpat:sgtin:…:*`) or any GS1 Digital Link URI; `nil` for other values.
    public static func canonical(_ value: String) -> String? {
        if value.hasPrefix("urn:epc:") { return fromURN(value) }
        if value.hasPrefix("https://") || value.hasPrefix("http://") { return canonicalWebURI(value) }
        return nil
    }

    /// An EPC pure-identity or class URN as a Digital Link URI. Serial parts keep their escapes.
    static func fromURN(_ urn: String) -> String? {
        let parts = urn.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5 else { return nil }
        let kind = parts[2], scheme = parts[3]
        let fields = parts[4].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch (kind, scheme, fields.count) {
        case ("idpat", "sgtin", 3) where fields[2] == "*":
            return gtin(fields[0], fields[1]).map { base + "01/" + $0 }
        case ("class", "lgtin", 3):
            return gtin(fields[0], fields[1]).map { base + "01/" + $0 + "/10/" + fields[2] }
        case ("id", _, _): return fromIdentity(String(scheme), fields)
        default: return nil
        }
    }

    private static func fromIdentity(_ scheme: String, _ f: [String]) -> String? {
        switch (scheme, f.count) {
        case ("sgtin", 3): return gtin(f[0], f[1]).map { base + "01/" + $0 + "/21/" + f[2] }
        case ("sscc", 2):
            guard let first = f[1].first else { return nil }
            return key(String(first) + f[0] + f[1].dropFirst(), length: 17).map { base + "00/" + $0 }
        case ("sgln", 3):
            guard let gln = key(f[0] + f[1], length: 12) else { return nil }
            return base + "414/" + gln + (f[2] == "0" ? "" : "/254/" + f[2])
        case ("pgln", 2): return key(f[0] + f[1], length: 12).map { base + "417/" + $0 }
        case ("grai", 3): return key("0" + f[0] + f[1], length: 13).map { base + "8003/" + $0 + f[2] }
        case ("giai", 2): return digits(f[0]) ? base + "8004/" + f[0] + f[1] : nil
        case ("gsrn", 2): return key(f[0] + f[1], length: 17).map { base + "8018/" + $0 }
        case ("gsrnp", 2): return key(f[0] + f[1], length: 17).map { base + "8017/" + $0 }
        case ("gdti", 3): return key(f[0] + f[1], length: 12).map { base + "253/" + $0 + f[2] }
        case ("cpi", 3): return digits(f[0]) ? base + "8010/" + f[0] + f[1] + "/8011/" + f[2] : nil
        case ("ginc", 2): return digits(f[0]) ? base + "401/" + f[0] + f[1] : nil
        case ("gsin", 2): return key(f[0] + f[1], length: 16).map { base + "402/" + $0 }
        case ("itip", 5):
            guard let gtin = gtin(f[0], f[1]), f[2].count == 2, f[3].count == 2, digits(f[2] + f[3]) else { return nil }
            return base + "8006/" + gtin + f[2] + f[3] + "/21/" + f[4]
        case ("upui", 3): return gtin(f[0], f[1]).map { base + "01/" + $0 + "/235/" + f[2] }
        default: return nil
        }
    }

    /// GTIN-14 from a company prefix and an indicator-plus-item reference (13 digits in all).
    private static func gtin(_ companyPrefix: String, _ itemReference: String) -> String? {
        guard let indicator = itemReference.first else { return nil }
        return key(String(indicator) + companyPrefix + itemReference.dropFirst(), length: 13)
    }

    /// `body` (which must be `length` digits) followed by its GS1 check digit.
    private static func key(_ body: String, length: Int) -> String? {
        guard body.utf8.count == length, digits(body) else { return nil }
        return body + String(checkDigit(body))
    }

    static func digits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// The GS1 mod-10 check digit: weights 3 and 1 alternating from the rightmost digit.
    static func checkDigit(_ body: String) -> Int {
        var sum = 0
        for (offset, byte) in body.utf8.reversed().enumerated() {
            sum += Int(byte - 48) * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }
}
