extension DigitalLink {
    /// Primary keys, by application identifier and by the Digital Link 1.1 short names.
    static let primaryKeys: [String: String] = [
        "01": "01", "gtin": "01", "00": "00", "sscc": "00", "414": "414", "gln": "414", "417": "417", "party": "417",
        "8003": "8003", "grai": "8003", "8004": "8004", "giai": "8004", "8006": "8006", "itip": "8006",
        "8010": "8010", "cpid": "8010", "8013": "8013", "gmn": "8013", "8017": "8017", "gsrnp": "8017",
        "8018": "8018", "gsrn": "8018", "253": "253", "gdti": "253", "255": "255", "gcn": "255",
        "401": "401", "ginc": "401", "402": "402", "gsin": "402",
    ]

    /// Key qualifiers that may follow a primary key in the path.
    static let qualifiers: [String: String] = [
        "22": "22", "cpv": "22", "10": "10", "lot": "10", "21": "21", "ser": "21", "254": "254", "glnx": "254",
        "235": "235", "8011": "8011", "7040": "7040", "8019": "8019",
    ]

    /// A Digital Link URI on any host, with any path prefix, as `https://id.gs1.org/{key}/{value}…`
    /// with numeric application identifiers, a 14-digit GTIN and no query or fragment; `nil` when the
    /// path holds no GS1 primary key followed only by key qualifiers.
    static func canonicalWebURI(_ uri: String) -> String? {
        guard let colon = uri.firstIndex(of: ":"), uri[colon...].hasPrefix("://") else { return nil }
        let afterScheme = uri[uri.index(colon, offsetBy: 3)...]
        guard let pathStart = afterScheme.firstIndex(of: "/") else { return nil }
        var path = afterScheme[pathStart...]
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        let segments = path.split(separator: "/").map(String.init)
        guard let keyIndex = segments.indices.first(where: { index in
            primaryKeys[segments[index]] != nil && index + 1 < segments.count && startsWithFourDigits(segments[index + 1])
        }) else { return nil }
        let rest = segments[(keyIndex + 2)...]
        guard rest.count % 2 == 0 else { return nil }
        var value = segments[keyIndex + 1]
        let ai = primaryKeys[segments[keyIndex]]!
        if ai == "01", digits(value), [8, 12, 13].contains(value.count) {
            value = String(repeating: "0", count: 14 - value.count) + value
        }
        var out = base + ai + "/" + value
        var index = rest.startIndex
        while index < rest.endIndex {
            guard let qualifier = qualifiers[rest[index]] else { return nil }
            out += "/" + qualifier + "/" + rest[index + 1]
            index += 2
        }
        return out
    }

    private static func startsWithFourDigits(_ text: String) -> Bool {
        text.utf8.count >= 4 && text.utf8.prefix(4).allSatisfy { (48...57).contains($0) }
    }
}
