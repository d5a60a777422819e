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
            guard bytes.count == 71 else { return false }
            // Every record names the one before it: checked in place, byte by byte.
            var index = 0
            for byte in prefix.utf8 {
                guard bytes[index] == byte else { return false }
                index += 1
            }
            for byte in bytes[index...] where !((48...57).contains(byte) || (97...102).contains(byte)) { return false }
            return true
        }
    }

    /// The id for a SHA-256 digest.
    public static func from(digest: some Sequence<UInt8>) -> String {
        digest.withContiguousStorageIfAvailable(from(digestBytes:))
            ?? Array(digest).withUnsafeBufferPointer(from(digestBytes:))
    }

    /// The id for the SHA-256 digest in `bytes`, read in place.
    public static func from(digestBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Written straight into the string's storage: every record ingested gets its id this way.
        String(unsafeUninitializedCapacity: prefix.utf8.count + bytes.count * 2) { out in
            var index = 0
            for byte in prefix.utf8 {
                out[index] = byte
                index += 1
            }
            Hex.write(bytes, into: UnsafeMutableBufferPointer(rebasing: out[index...]))
            return index + bytes.count * 2
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
            bytes.withUnsafeBufferPointer { write($0, into: out) }
            return bytes.count * 2
        }
    }

    /// Writes the lowercase hex of `bytes` at the start of `out`, which has room for it.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        precondition(out.count >= bytes.count * 2)
        guard let target = out.baseAddress else { return }
        digits.withUTF8Buffer { digits in
            for (index, byte) in bytes.enumerated() {
                target[2 &* index] = digits[Int(byte >> 4)]
                target[2 &* index &+ 1] = digits[Int(byte & 0x0F)]
            }
        }
    }

    private static let digits: StaticString = "0123456789abcdef"

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
        var text = text
        return text.withUTF8 { utf8 in
            // Every four characters are three bytes; two or three left over are one or two. Decoded on the stack and
            // then appended: making the array uninitialized (or zeroed) goes through a generic library function that
            // looks up the array's type on every call.
            let capacity = utf8.count * 3 / 4
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { decoded -> [UInt8]? in
                guard let written = read(utf8, into: decoded.baseAddress) else { return nil }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(capacity)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: decoded[..<written]))
                return bytes
            }
        }
    }

    /// True when `text` is strict unpadded base64url (what ``decode(_:)`` accepts).
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { read($0, into: nil) != nil }
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

    /// Checks `text` and, when there is an `out` (with room for `text.count * 3 / 4` bytes), writes its bytes there.
    /// Returns how many bytes `text` holds; `nil` when it is not strict unpadded base64url.
    private static func read(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>?) -> Int? {
        values.withUnsafeBufferPointer { values in
            var chunk: UInt32 = 0
            var written = 0
            var count = 0
            for c in text {
                let v = values[Int(c)]
                guard v != 0xFF else { return nil }
                chunk = chunk << 6 | UInt32(v)
                count &+= 1
                if count & 3 == 0 {
                    if let out {
                        out[written] = UInt8(truncatingIfNeeded: chunk >> 16)
                        out[written &+ 1] = UInt8(truncatingIfNeeded: chunk >> 8)
                        out[written &+ 2] = UInt8(truncatingIfNeeded: chunk)
                    }
                    written &+= 3
                    chunk = 0
                }
            }
            switch count & 3 {
            case 0: return written
            case 2:
                guard chunk & 0x0F == 0 else { return nil }
                out?[written] = UInt8(truncatingIfNeeded: chunk >> 4)
                return written + 1
            case 3:
                guard chunk & 0x03 == 0 else { return nil }
                out?[written] = UInt8(truncatingIfNeeded: chunk >> 10)
                out?[written + 1] = UInt8(truncatingIfNeeded: chunk >> 2)
                return written + 2
            default:
                return nil
            }
        }
    }
}
