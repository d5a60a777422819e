import COpenSSL

/// Message digests through OpenSSL: SHA-256 (record ids, key ids) and SM3 (GB/T 32905).
public enum Digest {
    /// The implementations, fetched from OpenSSL's default provider once rather than on every digest.
    /// Fetched algorithms are immutable and may be used from any number of threads at once.
    private nonisolated(unsafe) static let sha256Algorithm = fetch("SHA256")
    private nonisolated(unsafe) static let sm3Algorithm = fetch("SM3")

    /// SHA-256 as OpenSSL implements it, for ``SHA256Stream``.
    static var sha256Implementation: OpaquePointer { available(sha256Algorithm, name: "SHA-256") }

    /// The 32-byte SHA-256 digest of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes, sha256Algorithm, name: "SHA-256")
    }

    /// The 32-byte SM3 digest of `bytes` (GB/T 32905-2016).
    public static func sm3(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes, sm3Algorithm, name: "SM3")
    }

    private static func fetch(_ name: String) -> OpaquePointer? {
        EVP_MD_fetch(nil, name, nil)
    }

    /// Writes the SHA-256 digest of `bytes` at the start of `out` (at least `EVP_MAX_MD_SIZE` bytes) and returns its
    /// length: no array of its own. With `context` (an `EVP_MD_CTX`, set up again here), one context serves digest
    /// after digest instead of one being made and freed for each.
    static func sha256(_ bytes: [UInt8], into out: UnsafeMutableBufferPointer<UInt8>, context: OpaquePointer? = nil)
        -> Int
    {
        digest(bytes, available(sha256Algorithm, name: "SHA-256"), into: out, context: context, name: "SHA-256")
    }

    private static func digest(_ bytes: [UInt8], _ md: OpaquePointer?, name: String) -> [UInt8] {
        let md = available(md, name: name)
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        let length = out.withUnsafeMutableBufferPointer { digest(bytes, md, into: $0, context: nil, name: name) }
        out.removeSubrange(length...)
        return out
    }

    private static func available(_ md: OpaquePointer?, name: String) -> OpaquePointer {
        // Both digests are part of every OpenSSL 3 default provider; failing here means a broken installation.
        guard let md else {
            fatalError(CryptoError.openSSL("\(name) is not available from this OpenSSL").message)
        }
        return md
    }

    private static func digest(
        _ bytes: [UInt8], _ md: OpaquePointer, into out: UnsafeMutableBufferPointer<UInt8>, context: OpaquePointer?,
        name: String
    ) -> Int {
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            if let context {
                return EVP_DigestInit_ex2(context, md, nil) == 1
                    && EVP_DigestUpdate(context, input.baseAddress, input.count) == 1
                    && EVP_DigestFinal_ex(context, out.baseAddress, &length) == 1
            }
            return EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, md, nil) == 1
        }
        guard ok else {
            fatalError(CryptoError.openSSL("\(name) failed").message)
        }
        return Int(length)
    }
}
