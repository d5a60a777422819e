/// Party ids: 2–64 characters of `A–Z`, `0–9` and `-`, starting with a letter (e.g. `FARM-510112-003`).
public enum PartyID {
    public static let rule = "a party id is 2-64 characters of A-Z, 0-9 and '-', starting with a letter"

    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard (2...64).contains(bytes.count), let first = bytes.first, (65...90).contains(first) else {
                return false
            }
            return bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
        }
    }
}

/// Record ids: `sha256:` followed by 64 lowercase hex digits.
public enum RecordID {
    public static let prefix = "sha256:"

    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == 71 && bytes[..<7].elementsEqual(prefixBytes)
                && bytes[7...].allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
        }
    }

    private static let prefixBytes = Array(prefix.utf8)

    /// The id for a SHA-256 digest.
    public static func from(digest: some Sequence<UInt8>) -> String {
        let bytes = Array(digest)
        // Written straight into the string's storage: every record ingested gets its id this way.
        return String(unsafeUninitializedCapacity: prefixBytes.count + bytes.count * 2) { out in
            var index = out.initialize(fromContentsOf: prefixBytes)
            for byte in bytes {
                out[index] = Hex.hexDigit(byte >> 4)
                out[index + 1] = Hex.hexDigit(byte & 0x0F)
                index += 2
            }
            return index
        }
    }

    /// The first `count` hex digits after the prefix, for short display.
    public static func short(_ id: String, _ count: Int = 12) -> String {
        String(id.dropFirst(prefix.count).prefix(count))
    }
}

/// Lowercase hexadecimal.
public enum Hex {
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        encode(Array(bytes))
    }

    /// The lowercase hex of `bytes`, written straight into the string's storage.
    public static func encode(_ bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            for (index, byte) in bytes.enumerated() {
                out[2 * index] = hexDigit(byte >> 4)
                out[2 * index + 1] = hexDigit(byte & 0x0F)
            }
            return bytes.count * 2
        }
    }

    /// The lowercase hex digit of a value from 0 to 15.
    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    public static func decode(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var index = 0
        while index < bytes.count {
            guard let high = value(bytes[index]), let low = value(bytes[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }
}

/// Unpadded base64url (RFC 4648 section 5), as signatures are written.
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(chunk >> UInt32(shift) & 63)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest == 1 {
            let chunk = UInt32(bytes[index]) << 16
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
        } else if rest == 2 {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
            out.append(alphabet[Int(chunk >> 6 & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes strict unpadded base64url; `nil` for any other character, padding or a non-canonical tail.
    public static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3 / 4)
        guard read(text, into: &out) else { return nil }
        return out
    }

    /// True when `text` is strict unpadded base64url (what ``decode(_:)`` accepts).
    public static func isValid(_ text: String) -> Bool {
        var none: [UInt8]?
        return read(text, into: &none)
    }

    /// The value of each byte as a base64url character, or 0xFF.
    private static let values: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case 65...90: return UInt8(byte - 65)
        case 97...122: return UInt8(byte - 71)
        case 48...57: return UInt8(byte + 4)
        case UInt8(ascii: "-"): return 62
        case UInt8(ascii: "_"): return 63
        default: return 0xFF
        }
    }

    /// Checks `text` and appends its bytes to `out` (when there is an `out`).
    private static func read(_ text: String, into out: inout some ByteSink) -> Bool {
        var text = text
        return text.withUTF8 { read($0, into: &out) }
    }

    private static func read(_ text: UnsafeBufferPointer<UInt8>, into out: inout some ByteSink) -> Bool {
        var chunk: UInt32 = 0
        var count = 0
        let values = Self.values
        for c in text {
            let v = values[Int(c)]
            guard v != 0xFF else { return false }
            chunk = chunk << 6 | UInt32(v)
            count += 1
            if count & 3 == 0 {
                out.append(UInt8(chunk >> 16 & 0xFF))
                out.append(UInt8(chunk >> 8 & 0xFF))
                out.append(UInt8(chunk & 0xFF))
                chunk = 0
            }
        }
        switch count & 3 {
        case 0: return true
        case 2:
            guard chunk & 0x0F == 0 else { return false }
            out.append(UInt8(chunk >> 4))
            return true
        case 3:
            guard chunk & 0x03 == 0 else { return false }
            out.append(UInt8(chunk >> 10 & 0xFF))
            out.append(UInt8(chunk >> 2 & 0xFF))
            return true
        default:
            return false
        }
    }
}

/// Where decoded bytes go: an array, or nowhere when only checking.
private protocol ByteSink {
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {}

extension Optional: ByteSink where Wrapped == [UInt8] {
    mutating func append(_ byte: UInt8) { self?.append(byte) }
}
