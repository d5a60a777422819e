import COpenSSL

/// Moving bytes in and out of OpenSSL through memory BIOs.
enum MemoryBIO {
    /// Runs `body` with a read-only BIO over `bytes`.
    ///
    /// `BIO_new_mem_buf` does not copy: the bytes stay pinned for the whole of `body`.
    /// The temporary copy is wiped afterwards, since it may hold a private key.
    static func reading<R>(_ bytes: [UInt8], _ body: (OpaquePointer) -> R?) -> R? {
        var copy = bytes
        defer { copy.withUnsafeMutableBytes { OPENSSL_cleanse($0.baseAddress, $0.count) } }
        return copy.withUnsafeBytes { buffer -> R? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max),
                let bio = BIO_new_mem_buf(base, Int32(buffer.count))
            else { return nil }
            defer { BIO_free(bio) }
            return body(bio)
        }
    }

    /// Runs `write` on a fresh memory BIO and returns what it wrote as text, or `nil` when `write` failed.
    ///
    /// With `secure`, the BIO's buffer comes from OpenSSL's secure heap when one is configured and is
    /// wiped when freed (for private key PEM).
    static func writing(secure: Bool = false, _ write: (OpaquePointer) -> Bool) -> String? {
        guard let bio = BIO_new(secure ? BIO_s_secmem() : BIO_s_mem()) else { return nil }
        defer { BIO_free(bio) }
        guard write(bio) else { return nil }
        var data: UnsafeMutablePointer<CChar>?
        let length = foodtrace_bio_get_mem_data(bio, &data)
        guard length > 0, let data else { return nil }
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        return String(decoding: bytes, as: UTF8.self)
    }
}
