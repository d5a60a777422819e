import COpenSSL

/// This thread's OpenSSL error queue, turned into text.
enum OpenSSLError {
    /// At most this many queued errors are named in a message; the rest are drained silently.
    private static let maxReported = 4

    /// Empties this thread's error queue and returns its entries joined with "; ", or `nil` when it was empty.
    ///
    /// OpenSSL's error strings name the library, the reason and the failing routine; they do not carry key bytes.
    static func drain() -> String? {
        var texts: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            guard texts.count < maxReported else { continue }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        return texts.isEmpty ? nil : texts.joined(separator: "; ")
    }

    /// Forgets whatever earlier calls on this thread left in the error queue.
    static func clear() {
        ERR_clear_error()
    }
}

extension CryptoError {
    /// `what`, followed by the OpenSSL errors queued on this thread (which are drained).
    static func openSSL(_ what: String) -> CryptoError {
        if let detail = OpenSSLError.drain() {
            return CryptoError("\(what) (OpenSSL: \(detail))")
        }
        return CryptoError(what)
    }
}
