import TraceModel

/// Writes a ``JSONValue`` compactly, keeping members in the order they were built.
///
/// EPCIS documents read better with `type` and `eventTime` first, so this is not the sorted RFC 8785
/// form. Numbers are written as their text; strings get the minimal JSON escapes.
enum JSONWriter {
    static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out)
        return out
    }

    static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // The escaped length first, then one write of the whole string.
            var extra = 0
            for byte in bytes where needsEscape(byte) { extra += escapeWidth(byte) - 1 }
            out.append(UInt8(ascii: "\""))
            if extra == 0 {
                out.append(contentsOf: bytes)
            } else {
                let start = out.count
                out.append(contentsOf: repeatElement(0, count: bytes.count + extra))
                out.withUnsafeMutableBufferPointer { buffer in
                    var index = start
                    for byte in bytes {
                        guard needsEscape(byte) else {
                            buffer[index] = byte
                            index += 1
                            continue
                        }
                        buffer[index] = 0x5C
                        switch byte {
                        case 0x22, 0x5C: buffer[index + 1] = byte
                        case 0x0A: buffer[index + 1] = UInt8(ascii: "n")
                        case 0x0D: buffer[index + 1] = UInt8(ascii: "r")
                        case 0x09: buffer[index + 1] = UInt8(ascii: "t")
                        default:
                            buffer[index + 1] = UInt8(ascii: "u")
                            buffer[index + 2] = UInt8(ascii: "0")
                            buffer[index + 3] = UInt8(ascii: "0")
                            buffer[index + 4] = hexDigits[Int(byte >> 4)]
                            buffer[index + 5] = hexDigits[Int(byte & 0xF)]
                        }
                        index += escapeWidth(byte)
                    }
                }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// The length of the escape of a byte that ``needsEscape(_:)``: `\"`, `\\`, `\n`, `\r`, `\t`
    /// or `\u00XX`.
    private static func escapeWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0x22, 0x5C, 0x0A, 0x0D, 0x09: return 2
        default: return 6
        }
    }
}
