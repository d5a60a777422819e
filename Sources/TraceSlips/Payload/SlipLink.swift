import TraceModel

/// The slip's QR as a web address, `https://<hub>/s#1<digits>`, which a phone camera opens as the hub's slip page.
///
/// The fragment carries the signed payload (``SlipPayload``'s container bytes: the tag byte, then the fields plain or
/// zlib-compressed), so it never reaches a server or its logs: the page reads it from `location.hash` and checks it
/// in the browser. The fragment is `1` (the payload version) then the bytes in decimal, seven bytes to 17 digits
/// (a last group of 1–6 bytes to 3, 5, 8, 10, 13 or 15 digits), each group zero-padded: QR numeric mode takes
/// 10 bits for 3 digits, a little less than base45 in alphanumeric mode, and unlike base45 (whose space and `%` a URL
/// must escape) it needs no escapes, so its length never depends on the payload's bytes.
///
/// The limit (tested with libqrencode): a normal slip, a container of up to 172 bytes (a party id of up to 27
/// characters), with a base URL of up to ``maximumBaseLength`` characters fits QR version 10 at level M.
public enum SlipLink {
    /// The path of the slip page on the hub.
    public static let path = "/s"
    /// The longest base URL (`https://` included) that keeps a normal slip within version 10 at level M.
    public static let maximumBaseLength = 32
    /// The payload version the fragment starts with.
    static let version: Character = "1"
    /// Digits for a last group of 0–6 bytes; a whole group of 7 bytes takes 17.
    static let groupDigits = [0, 3, 5, 8, 10, 13, 15]

    /// Why a base URL is refused, or `nil` when it is usable: `https://` (or `http://` for a hub on the loopback
    /// address), a host of letters, digits, dots and hyphens, an optional port and path; no query, fragment or user.
    public static func problem(withBase base: String) -> String? { refusal(withBase: base)?.en }

    /// ``problem(withBase:)`` in Chinese and English.
    public static func refusal(withBase base: String) -> Message? {
        let lower = base.lowercased()
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        guard lower.hasPrefix("https://") || loopback.contains(where: { lower.hasPrefix($0) }) else {
            return Message(
                "slip-link.scheme", zh: "必须以 https:// 开头（http:// 仅限 127.0.0.1、localhost 或 [::1]）",
                en: "must start with https:// (http:// only for 127.0.0.1, localhost or [::1])")
        }
        guard !base.contains(where: { "?#@ %\\".contains($0) || !$0.isASCII || $0.isWhitespace }) else {
            return Message(
                "slip-link.characters", zh: "不得含有查询串、片段、用户名、空格或非 ASCII 字符",
                en: "must not contain a query, a fragment, a user, spaces or non-ASCII characters")
        }
        let host = base.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != ":" }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || "-.[]".contains($0) }) else {
            return Message(
                "slip-link.host", zh: "主机名只能由字母、数字、点和连字符组成",
                en: "the host must be letters, digits, dots and hyphens")
        }
        guard base.utf8.count <= maximumBaseLength else {
            return Message(
                "slip-link.length",
                zh: "长 \(base.utf8.count) 个字符；最多 \(maximumBaseLength) 个才能让小票的二维码保持在版本 10、纠错级别 M 以内",
                en:
                    "is \(base.utf8.count) characters; at most \(maximumBaseLength) keep a slip's QR code within version "
                    + "10 at level M")
        }
        return nil
    }

    /// The slip page's address for `payload` (an `FT1:` payload): `base` without a trailing slash, ``path``, `#1` and
    /// the payload's container bytes as digits.
    public static func url(base: String, payload: String) throws(SlipError) -> String {
        guard payload.hasPrefix(SlipPayload.prefix) else { throw .badPrefix(found: String(payload.prefix(8))) }
        let container: [UInt8]
        do { container = try Base45.decode(String(payload.dropFirst(SlipPayload.prefix.count))) } catch {
            throw .badBase45(position: 0, reason: .SlipPayload.notBase45)
        }
        var trimmed = Substring(base)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed + path + "#" + String(version) + digits(container)
    }

    /// The bytes in decimal groups (see the type's description).
    static func digits(_ bytes: [UInt8]) -> String {
        var text = ""
        var start = 0
        while start < bytes.count {
            let group = bytes[start..<min(start + 7, bytes.count)]
            let value = group.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let width = group.count == 7 ? 17 : groupDigits[group.count]
            let written = String(value)
            text += String(repeating: "0", count: width - written.count) + written
            start += 7
        }
        return text
    }

    /// The payload in what a scanner read: an `FT…:` payload as it is, or the `FT1:` payload of a slip page address.
    /// Other text comes back unchanged (the payload decoder then names what is wrong with it).
    public static func payload(fromScanned text: String) throws(SlipError) -> String {
        guard !text.hasPrefix("FT"), let hash = text.firstIndex(of: "#") else { return text }
        let address = text[..<hash].lowercased()
        guard address.hasPrefix("https://") || address.hasPrefix("http://"), address.hasSuffix(path) else {
            return text
        }
        let fragment = text[text.index(after: hash)...]
        guard fragment.first == version else {
            throw .badField(field: "link", reason: .SlipPayload.fragmentVersion(version))
        }
        let bytes = try self.bytes(fromDigits: fragment.dropFirst())
        return SlipPayload.prefix + Base45.encode(bytes)
    }

    /// The bytes of decimal groups; refuses a length no grouping gives, a non-digit or a group too large for its bytes.
    static func bytes(fromDigits digits: Substring) throws(SlipError) -> [UInt8] {
        let utf8 = Array(digits.utf8)
        if let position = utf8.firstIndex(where: { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") }) {
            throw .badField(field: "link", reason: .SlipPayload.fragmentNotDigit(character: position + 2))
        }
        return try groups(utf8)
    }

    private static func groups(_ utf8: [UInt8]) throws(SlipError) -> [UInt8] {
        guard let lastBytes = groupDigits.firstIndex(of: utf8.count % 17) else {
            throw .badField(field: "link", reason: .SlipPayload.digitsNotGroups(utf8.count))
        }
        var bytes: [UInt8] = []
        var start = 0
        while start < utf8.count {
            let width = min(17, utf8.count - start)
            let count = width == 17 ? 7 : lastBytes
            let value = utf8[start..<start + width].reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
            guard value >> (8 * UInt64(count)) == 0 else {
                throw .badField(field: "link", reason: .SlipPayload.groupTooLarge(at: start + 2, bytes: count))
            }
            for shift in stride(from: 8 * (count - 1), through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            }
            start += width
        }
        return bytes
    }
}
