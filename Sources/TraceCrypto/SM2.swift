/// SM2 settings shared by signing and verifying.
enum SM2 {
    /// The signer's distinguishing ID hashed into Z_A: the GM/T 0009-2012 default `1234567812345678`.
    ///
    /// OpenSSL 3 uses an empty ID unless told otherwise, so it is set explicitly on both sides.
    static let distinguishingID: [UInt8] = Array("1234567812345678".utf8)

    /// The largest DER signature: SEQUENCE of two INTEGERs of at most 33 bytes each.
    static let maxDERSignatureLength = 72
}

/// Converts SM2 signatures between DER (`SEQUENCE { r INTEGER, s INTEGER }`, 70–72 bytes, what OpenSSL
/// produces and records carry) and the fixed 64-byte `r || s` form used in compact QR payloads.
public enum SM2SignatureEncoding {
    /// The 64-byte big-endian `r || s` of a DER signature, or `nil` when `der` is not a strict DER
    /// encoding of two positive integers of at most 32 bytes each.
    public static func rawFromDER(_ der: [UInt8]) -> [UInt8]? {
        guard der.count >= 8, der.count <= SM2.maxDERSignatureLength, der[0] == 0x30, Int(der[1]) == der.count - 2
        else {
            return nil
        }
        var index = 2
        guard let r = readInteger(der, &index), let s = readInteger(der, &index), index == der.count else { return nil }
        return leftPadded(r) + leftPadded(s)
    }

    /// The DER encoding of a 64-byte `r || s`, or `nil` when `raw` is not 64 bytes or `r` or `s` is zero.
    public static func derFromRaw(_ raw: [UInt8]) -> [UInt8]? {
        guard raw.count == 64 else { return nil }
        guard let r = integerContent(raw[0..<32]), let s = integerContent(raw[32..<64]) else { return nil }
        let body = [0x02, UInt8(r.count)] + r + [0x02, UInt8(s.count)] + s
        return [0x30, UInt8(body.count)] + body
    }

    /// Reads one DER INTEGER holding a positive value below 2^256; returns its magnitude without the sign byte.
    private static func readInteger(_ der: [UInt8], _ index: inout Int) -> [UInt8]? {
        guard index + 2 <= der.count, der[index] == 0x02 else { return nil }
        let length = Int(der[index + 1])
        let start = index + 2
        guard length >= 1, length <= 33, start + length <= der.count else { return nil }
        let content = Array(der[start..<start + length])
        index = start + length
        // Negative numbers are not signature values.
        guard content[0] & 0x80 == 0 else { return nil }
        if content[0] == 0 {
            // A leading zero is allowed only when it is needed as a sign byte (minimal encoding).
            guard length > 1, content[1] & 0x80 != 0 else { return nil }
            return Array(content.dropFirst())
        }
        guard length <= 32 else { return nil }
        return content
    }

    /// The minimal DER INTEGER content for a 32-byte big-endian magnitude, or `nil` for zero.
    private static func integerContent(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = bytes.firstIndex(where: { $0 != 0 }) else { return nil }
        let magnitude = Array(bytes[first...])
        return magnitude[0] & 0x80 != 0 ? [0] + magnitude : magnitude
    }

    private static func leftPadded(_ magnitude: [UInt8]) -> [UInt8] {
        [UInt8](repeating: 0, count: 32 - magnitude.count) + magnitude
    }
}
