import CZlib
import TraceModel

/// gzip (RFC 1952) for the bodies nodes and hubs exchange: pushes and pulls are sent compressed.
public enum Gzip {
    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// `input` compressed as one gzip member (level 6, zlib's default).
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
        guard
            deflateInit2_(
                &stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { preconditionFailure("zlib deflateInit2 failed") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        var input = input
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "zlib deflate into a deflateBound buffer returned \(status)")
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The bytes of a gzip stream (one or more members), refusing to inflate past `limit` bytes: a compressed
    /// body is bounded by what it inflates to, not only by its own size.
    public static func decompress(_ input: [UInt8], limit: Int) throws(SyncError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw SyncError(.badData, Message.Sync.inflateStart)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        var consumed = 0
        while true {
            let (status, produced, used) = input.withUnsafeMutableBufferPointer { source in
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_in = source.baseAddress.map { $0 + consumed }
                    stream.avail_in = uInt(source.count - consumed)
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.avail_out), source.count - consumed - Int(stream.avail_in))
                }
            }
            output += chunk.prefix(produced)
            consumed += used
            guard output.count <= limit else {
                throw SyncError(.badData, Message.Sync.inflateTooLarge(limit))
            }
            switch status {
            case Z_STREAM_END:
                if consumed == input.count { return output }
                // Another member follows (a concatenation of gzip files is itself gzip).
                inflateReset(&stream)
            case Z_OK where produced > 0 || used > 0: continue
            case Z_OK, Z_BUF_ERROR: throw SyncError(.badData, Message.Sync.inflateCut)
            default: throw SyncError(.badData, Message.Sync.inflateDamaged(status))
            }
        }
    }
}
