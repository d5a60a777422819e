extension DigitalLink {
    /// The primary keys that make a web URI a Digital Link: application identifiers and Digital Link
    /// 1.1 short names.
    static let pathKeys: Set<String> = [
        "01", "gtin", "8006", "itip", "8010", "cpid", "414", "gln", "417", "party", "8017", "gsrnp", "8018", "gsrn",
        "255", "gcn", "00", "sscc", "253", "gdti", "401", "ginc", "402", "gsin", "8003", "grai", "8004", "giai",
    ]

    /// Primary keys as application identifiers: a path starting with one on `id.gs1.org` stays on it.
    static let numericKeys: Set<String> = [
        "01", "8006", "8010", "414", "417", "8017", "8018", "255", "00", "253", "401", "402", "8003", "8004",
    ]

    /// Short names replaced by application identifiers, in this order, wherever they stand.
    static let shortNames: [(name: String, ai: String)] = [
        ("/gtin/", "/01/"), ("/itip/", "/8006/"), ("/cpid/", "/8010/"), ("/gln/", "/414/"), ("/party/", "/417/"),
        ("/gsrnp/", "/8017/"), ("/gsrn/", "/8018/"), ("/gcn/", "/255/"), ("/sscc/", "/00/"), ("/gdti/", "/253/"),
        ("/ginc/", "/401/"), ("/gsin/", "/402/"), ("/grai/", "/8003/"), ("/giai/", "/8004/"), ("/cpv/", "/22/"),
        ("/lot/", "/10/"), ("/ser/", "/21/"),
    ]

    /// Where a URI on another host is cut to move it onto `id.gs1.org`: at the first of these found,
    /// tried in this order (not in the order they stand in the URI).
    static let rebaseKeys = [
        "/00/", "/01/", "/253/", "/255/", "/401/", "/402/", "/414/", "/417/", "/8003/", "/8004/", "/8006/", "/8010/",
        "/8017/", "/8018/",
    ]

    /// A GS1 Digital Link URI as the reference generator canonicalises it, or `nil` when the result
    /// is not one of the canonical forms it accepts (then the value is hashed as written).
    ///
    /// The URI must name a primary key before its query (`…/01/` or `…/gtin/` followed by at least
    /// five characters, the first four digits; see ``namesPrimaryKey(_:)``, which ``canonical(_:)``
    /// checks first). Then: the query is cut off; short names become
    /// application identifiers; a URI not already on `https://id.gs1.org/<key>/` moves there from its
    /// first primary key; a GTIN of 8, 12 or 13 digits gets leading zeros; a consumer product variant
    /// (`/22/…`) and a lot before a serial are dropped. The result must be one of the canonical
    /// patterns (a key of the right length and at most the allowed qualifiers, values of the Digital
    /// Link safe characters, so no percent escape). The `.`s of `id.gs1.org` match any character in
    /// the reference's checks, and so they do here.
    static func canonicalWebURI(_ value: String) -> String? {
        var uri = Array(value.unicodeScalars)
        if let query = uri.firstIndex(of: "?") { uri.removeSubrange(query...) }
        for short in shortNames { uri = WebURIText.replacingAll(uri, short.name, with: short.ai) }
        if !startsWithNumericKey(uri) {
            for key in rebaseKeys {
                if let start = WebURIText.find(uri, key) {
                    uri = Array("https://id.gs1.org".unicodeScalars) + uri[start...]
                    break
                }
            }
        }
        padGTIN(&uri)
        dropProductVariant(&uri)
        dropLotBeforeSerial(&uri)
        return isCanonical(uri) ? String(String.UnicodeScalarView(uri)) : nil
    }

    /// `http:` or `https:`, then, before any `?` or `#`, a path segment that is a primary key followed
    /// by a segment of four digits and at least one more character. (Read on the UTF-8 bytes: every
    /// character this looks for is ASCII, and no byte of a longer character is.)
    static func namesPrimaryKey(_ uri: UnsafeBufferPointer<UInt8>) -> Bool {
        let start: Int
        if hasPrefix(uri, "https:") { start = 6 } else if hasPrefix(uri, "http:") { start = 5 } else { return false }
        var index = start
        while index < uri.count, uri[index] != UInt8(ascii: "?"), uri[index] != UInt8(ascii: "#") {
            if uri[index] == UInt8(ascii: "/"), let keyEnd = uri[(index + 1)...].firstIndex(of: UInt8(ascii: "/")),
                keyEnd - index - 1 <= 5, pathKeys.contains(String(decoding: uri[(index + 1)..<keyEnd], as: UTF8.self)),
                valueStarts(uri, at: keyEnd + 1)
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Four digits and at least one more character that is not `/`, from `index`.
    private static func valueStarts(_ uri: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 4 < uri.count, uri[index + 4] != UInt8(ascii: "/") else { return false }
        return (index..<(index + 4)).allSatisfy { (48...57).contains(uri[$0]) }
    }

    /// `https://id.gs1.org/<numeric key>/` followed by four digits and at least one more character.
    static func startsWithNumericKey(_ uri: [Unicode.Scalar]) -> Bool {
        guard let path = WebURIText.afterHost(uri), path < uri.count, uri[path] == "/",
            let keyEnd = uri[(path + 1)...].firstIndex(of: "/")
        else { return false }
        return numericKeys.contains(String(String.UnicodeScalarView(uri[(path + 1)..<keyEnd])))
            && WebURIText.keyValueStarts(uri, at: keyEnd + 1)
    }

    /// A GTIN of 13, 12 or 8 to 11 digits right after `…/01/` gets one, two or six leading zeros; the
    /// zeros go after every `/01/` of the URI, as the reference's text replacement puts them.
    static func padGTIN(_ uri: inout [Unicode.Scalar]) {
        guard let path = WebURIText.afterHost(uri), WebURIText.has(uri, "/01/", at: path) else { return }
        let digits = WebURIText.digitCount(uri, from: path + 4)
        let zeros = digits >= 14 ? 0 : digits == 13 ? 1 : digits == 12 ? 2 : digits >= 8 ? 6 : 0
        if zeros > 0 { uri = WebURIText.replacingAll(uri, "/01/", with: "/01/" + String(repeating: "0", count: zeros)) }
    }

    /// `/22/<variant>` after a GTIN (or an ITIP) is dropped, with the text the reference drops with it.
    static func dropProductVariant(_ uri: inout [Unicode.Scalar]) {
        let first = WebURIText.pythonFind(uri, "/22/")
        let variant = WebURIText.pythonSlice(uri, from: first + 4, to: nil)
        if qualifiedKey(uri, qualifier: "22", allowingSlash: false) {
            uri =
                WebURIText.pythonSlice(uri, from: nil, to: first)
                + WebURIText.pythonSlice(variant, from: WebURIText.pythonFind(variant, "/"), to: -1)
        }
        if qualifiedKey(uri, qualifier: "22", allowingSlash: true) {
            uri =
                WebURIText.pythonSlice(uri, from: nil, to: WebURIText.pythonFind(uri, "/22/"))
                + WebURIText.pythonSlice(variant, from: WebURIText.pythonFind(variant, "/"), to: nil)
        }
    }

    /// A GTIN (or ITIP) with a lot and a serial keeps only the serial.
    static func dropLotBeforeSerial(_ uri: inout [Unicode.Scalar]) {
        guard let valueStart = gtinOrITIPValueEnd(uri), WebURIText.has(uri, "/10/", at: valueStart) else { return }
        let lotEnd = WebURIText.safeRunEnd(uri, from: valueStart + 4)
        guard lotEnd - valueStart - 4 <= 20, WebURIText.has(uri, "/21/", at: lotEnd),
            WebURIText.safeRunEnd(uri, from: lotEnd + 4) == uri.count, uri.count - lotEnd - 4 <= 20
        else { return }
        let lot = WebURIText.pythonFind(uri, "/10/")
        let rest = WebURIText.pythonSlice(uri, from: lot + 4, to: nil)
        uri =
            WebURIText.pythonSlice(uri, from: nil, to: lot)
            + WebURIText.pythonSlice(rest, from: WebURIText.pythonFind(rest, "/"), to: nil)
    }

    /// The index after `…/8006/<18 digits>` or `…/01/<14 digits>` when the URI starts so.
    private static func gtinOrITIPValueEnd(_ uri: [Unicode.Scalar]) -> Int? {
        guard let path = WebURIText.afterHost(uri) else { return nil }
        for (key, length) in [("/8006/", 18), ("/01/", 14)] where WebURIText.has(uri, key, at: path) {
            let start = path + key.unicodeScalars.count
            return WebURIText.digitCount(uri, from: start) >= length ? start + length : nil
        }
        return nil
    }

    /// `…/8006/<18 digits>/<qualifier>/<value>` or `…/01/<14 digits>/<qualifier>/<value>` to the end,
    /// the value of at most 20 safe characters (and `/`s, with `allowingSlash`).
    private static func qualifiedKey(_ uri: [Unicode.Scalar], qualifier: String, allowingSlash: Bool) -> Bool {
        guard let valueEnd = gtinOrITIPValueEnd(uri), WebURIText.has(uri, "/" + qualifier + "/", at: valueEnd) else {
            return false
        }
        let start = valueEnd + qualifier.unicodeScalars.count + 2
        let end =
            allowingSlash
            ? WebURIText.safeRunEnd(uri, from: start, extra: "/") : WebURIText.safeRunEnd(uri, from: start)
        return end == uri.count && end - start <= 20
    }
}
