extension DigitalLink {
    /// Whether `uri` is one of the canonical Digital Link forms the reference accepts as its result:
    /// `https://id.gs1.org/` (any character for each dot), a primary key with a value of its exact
    /// length and alphabet, and only the qualifiers listed here.
    ///
    /// | key | value | qualifiers |
    /// |---|---|---|
    /// | `00` SSCC | 18 digits | — |
    /// | `01` GTIN | 14 digits | one of `/21/`, `/10/` (≤ 20) or `/235/` (≤ 28) |
    /// | `253` GDTI | 13 digits + ≤ 17 characters | — |
    /// | `255` GCN | 13 to 25 digits | — |
    /// | `401` GINC, `8004` GIAI | ≤ 30 characters | — |
    /// | `402` GSIN | 17 digits | — |
    /// | `414` GLN | 13 digits | `/254/` (≤ 20) |
    /// | `417` party GLN | 13 digits | — |
    /// | `8003` GRAI | 14 digits + ≤ 16 characters | — |
    /// | `8006` ITIP | 18 digits | one of `/21/`, `/10/` (≤ 20) |
    /// | `8010` CPID | ≤ 30 of `# - / 0–9 A–Z` | `/8011/` (≤ 12 digits) |
    /// | `8017`, `8018` GSRN | 18 digits | — |
    ///
    /// "Characters" are the Digital Link safe ones (``WebURIText/isSafe(_:)``), which leave out `%`.
    static func isCanonical(_ uri: [Unicode.Scalar]) -> Bool {
        guard let path = WebURIText.afterHost(uri), path < uri.count, uri[path] == "/",
            let keyEnd = uri[(path + 1)...].firstIndex(of: "/")
        else { return false }
        let key = String(String.UnicodeScalarView(uri[(path + 1)..<keyEnd]))
        let value = keyEnd + 1
        let digits = WebURIText.digitCount(uri, from: value)
        /// `count` digits, then (from the index after them) what `rest` accepts.
        func digitsThen(_ count: Int, _ rest: (Int) -> Bool) -> Bool { digits >= count && rest(value + count) }
        func end(_ index: Int) -> Bool { index == uri.count }
        /// Safe characters from `index` to the end, at most `max` of them.
        func safe(_ index: Int, max: Int) -> Bool {
            WebURIText.safeRunEnd(uri, from: index) == uri.count && uri.count - index <= max
        }
        func qualifier(_ index: Int, _ name: String, max: Int) -> Bool {
            WebURIText.has(uri, "/" + name + "/", at: index) && safe(index + name.unicodeScalars.count + 2, max: max)
        }
        switch key {
        case "00", "8017", "8018": return digitsThen(18, end)
        case "01":
            return digitsThen(14) {
                end($0) || qualifier($0, "21", max: 20) || qualifier($0, "10", max: 20) || qualifier($0, "235", max: 28)
            }
        case "253": return digitsThen(13) { safe($0, max: 17) }
        case "255": return (13...25).contains(digits) && end(value + digits)
        case "401", "8004": return safe(value, max: 30)
        case "402": return digitsThen(17, end)
        case "414": return digitsThen(13) { end($0) || qualifier($0, "254", max: 20) }
        case "417": return digitsThen(13, end)
        case "8003": return digitsThen(14) { safe($0, max: 16) }
        case "8006": return digitsThen(18) { end($0) || qualifier($0, "21", max: 20) || qualifier($0, "10", max: 20) }
        case "8010": return componentPartID(uri, from: value)
        default: return false
        }
    }

    /// A CPID (`# - / 0–9 A–Z`, at most 30) to the end, or one followed by `/8011/` and at most 12 digits.
    private static func componentPartID(_ uri: [Unicode.Scalar], from start: Int) -> Bool {
        func isCPID(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "#" || scalar == "-" || scalar == "/" || ("0"..."9").contains(scalar)
                || ("A"..."Z").contains(scalar)
        }
        func cpid(_ range: Range<Int>) -> Bool { range.count <= 30 && uri[range].allSatisfy(isCPID) }
        if cpid(start..<uri.count) { return true }
        // Any `/8011/` may end the CPID, which may itself hold `/`.
        var index = start
        while let found = WebURIText.find(uri, "/8011/", from: index) {
            let serial = found + 6
            if cpid(start..<found), uri.count - serial <= 12,
                WebURIText.digitCount(uri, from: serial) == uri.count - serial
            {
                return true
            }
            index = found + 1
        }
        return false
    }
}
