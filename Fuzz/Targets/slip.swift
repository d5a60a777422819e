// libFuzzer target: the slip QR payload decoder (what an inspector's phone reads from any QR code).
//
// For any text: decoding either refuses it with a SlipError or yields a signed sell record whose fields
// are in their one canonical form; encoding that record gives a payload that decodes to the very same
// record. (The container is not unique: a plain and a zlib container of the same fields both decode —
// see the report of issue 9.) Anything else — a crash, a hang, a record that changes on a round trip — is
// a finding.
import TraceModel
import TraceSlips

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Raw bytes after the prefix too, so the fuzzer reaches the container and fields without learning base45.
    for text in [String(decoding: bytes, as: UTF8.self), SlipPayload.prefix + FuzzBase45.encode(bytes)] {
        guard let record = try? SlipPayload.decode(text) else { continue }
        guard record.kind == .sell, record.sig != nil else {
            fatalError("a payload decoded to an unsigned or non-sell record")
        }
        guard let again = try? SlipPayload.encode(record: record) else {
            fatalError("a decoded record cannot be encoded again")
        }
        guard let reread = try? SlipPayload.decode(again), reread.canonicalBytes == record.canonicalBytes else {
            fatalError("a decoded record does not survive encoding and decoding again")
        }
    }
    return 0
}

/// RFC 9285 base45, to wrap fuzzer bytes as payload text.
enum FuzzBase45 {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")

    static func encode(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index + 1 < bytes.count {
            var n = Int(bytes[index]) * 256 + Int(bytes[index + 1])
            for _ in 0..<3 {
                out.append(alphabet[n % 45])
                n /= 45
            }
            index += 2
        }
        if index < bytes.count {
            out.append(alphabet[Int(bytes[index]) % 45])
            out.append(alphabet[Int(bytes[index]) / 45])
        }
        return out
    }
}
