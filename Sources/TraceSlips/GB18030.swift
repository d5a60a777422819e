#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Conversion between Swift strings and GB18030 bytes, through the C library's `iconv`.
///
/// GB18030 is what thermal printers sold in mainland China take for Chinese text: ASCII stays one
/// byte, common hanzi take two, everything else in Unicode four.
public enum GB18030 {
    /// The GB18030 bytes of `text`.
    public static func encode(_ text: String) throws(SlipError) -> [UInt8] {
        try convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// The text of GB18030 `bytes`; invalid or incomplete sequences are an error.
    public static func decode(_ bytes: [UInt8]) throws(SlipError) -> String {
        let utf8 = try convert(bytes, from: "GB18030", to: "UTF-8")
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func convert(_ input: [UInt8], from source: String, to target: String) throws(SlipError) -> [UInt8] {
        guard !input.isEmpty else { return [] }
        let descriptor = iconv_open(target, source)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else {
            throw .textEncoding("iconv cannot convert \(source) to \(target) on this system")
        }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var input = input
        let outcome: (result: Int, error: Int32, consumed: Int, produced: Int) = input.withUnsafeMutableBufferPointer {
            inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                var result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let error = result == -1 ? errno : 0
                if result != -1 {
                    // Flush any shift state (none for these encodings, but iconv asks for it).
                    result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                }
                return (result, error, inBuffer.count - inLeft, outBuffer.count - outLeft)
            }
        }
        guard outcome.result != -1 else {
            let why: String
            switch outcome.error {
            case EILSEQ: why = "a character or byte sequence has no \(target) form"
            case EINVAL: why = "the text ends inside a multi-byte sequence"
            default: why = "iconv failed with error \(outcome.error)"
            }
            throw .textEncoding("\(source) to \(target) at byte \(outcome.consumed): \(why)")
        }
        return Array(output.prefix(outcome.produced))
    }
}
