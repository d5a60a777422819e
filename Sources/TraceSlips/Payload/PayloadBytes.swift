/// Appends payload fields: fixed bytes, big-endian integers and LEB128 varints.
struct PayloadWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func raw(_ data: [UInt8]) { bytes += data }

    /// Unsigned LEB128: seven bits a byte, low bits first, high bit set on all but the last.
    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Signed values as zigzag LEB128 (0, -1, 1, -2 … → 0, 1, 2, 3 …).
    mutating func signedVarint(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    /// A length byte and UTF-8 text of at most 255 bytes.
    mutating func shortText(_ text: String) {
        let utf8 = Array(text.utf8)
        precondition(utf8.count <= 255)
        bytes.append(UInt8(utf8.count))
        bytes += utf8
    }
}

/// Reads payload fields, naming the field in every error.
struct PayloadReader {
    private let bytes: [UInt8]
    private(set) var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - index }

    mutating func byte(_ field: String) throws(SlipError) -> UInt8 {
        guard index < bytes.count else { throw .truncated(field: field) }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func raw(_ count: Int, _ field: String) throws(SlipError) -> [UInt8] {
        guard count <= remaining else { throw .truncated(field: field) }
        defer { index += count }
        return Array(bytes[index..<index + count])
    }

    /// An unsigned LEB128 of at most ten bytes that fits in 64 bits.
    mutating func varint(_ field: String) throws(SlipError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte(field)
            guard shift < 64, shift < 63 || next <= 1 else {
                throw .badField(field: field, reason: .SlipPayload.numberTooLarge)
            }
            value |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func signedVarint(_ field: String) throws(SlipError) -> Int64 {
        let zigzag = try varint(field)
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    }

    mutating func uint64(_ field: String) throws(SlipError) -> UInt64 {
        try raw(8, field).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// A length byte and that many bytes of UTF-8 text.
    mutating func shortText(_ field: String) throws(SlipError) -> String {
        let count = Int(try byte(field))
        let utf8 = try raw(count, field)
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw .badField(field: field, reason: .SlipPayload.notUTF8)
        }
        return text
    }
}
