import CZlib

/// zlib (RFC 1950) compression of payload bytes, at the maximum level.
///
/// Streams are written with the header `78 DA` (deflate, 32 KiB window, maximum compression) and
/// only that header is read back, so one payload has one compressed form that this reader takes.
enum Zlib {
    /// The largest payload this reader inflates: a guard against decompression bombs.
    static let maximumInflatedSize = 4096
    static let header: [UInt8] = [0x78, 0xDA]

    /// `level` other than the default only in tests (the one container a payload has is made at level 9).
    static func compress(_ input: [UInt8], level: Int32 = Z_BEST_COMPRESSION) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { source in
                compress2(out.baseAddress, &length, source.baseAddress, uLong(source.count), level)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with status \(status) on a buffer of compressBound size")
        return Array(output.prefix(Int(length)))
    }

    static func decompress(_ input: [UInt8]) throws(SlipError) -> [UInt8] {
        guard input.starts(with: header) else {
            throw .badCompression(.SlipPayload.noZlibHeader)
        }
        var output = [UInt8](repeating: 0, count: maximumInflatedSize)
        var outputLength = uLongf(output.count)
        var inputLength = uLong(input.count)
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { source in
                uncompress2(out.baseAddress, &outputLength, source.baseAddress, &inputLength)
            }
        }
        switch status {
        case Z_OK: break
        case Z_DATA_ERROR: throw .badCompression(.SlipPayload.deflateDamaged)
        case Z_BUF_ERROR:
            throw .badCompression(.SlipPayload.inflatesTooFar(maximumInflatedSize))
        default: throw .badCompression(.SlipPayload.zlibStatus(status))
        }
        guard Int(inputLength) == input.count else {
            throw .trailingBytes(input.count - Int(inputLength))
        }
        return Array(output.prefix(Int(outputLength)))
    }
}
