import COpenSSL

/// Message digests through OpenSSL: SHA-256 (record ids, key ids) and SM3 (GB/T 32905).
public enum Digest {
    /// The implementations, fetched from OpenSSL's default provider once rather than on every digest.
    /// Fetched algorithms are immutable and may be used from any number of threads at once.
    private nonisolated(unsafe) static let sha256Algorithm = fetch("SHA256")
    private nonisolated(unsafe) static let sm3Algorithm = fetch("SM3")

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

    private static func digest(_ bytes: [UInt8], _ md: OpaquePointer?, name: String) -> [UInt8] {
        // Both digests are part of every OpenSSL 3 default provider; failing here means a broken installation.
        guard let md else {
            fatalError(CryptoError.openSSL("\(name) is not available from this OpenSSL").message)
        }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            EVP_Digest(input.baseAddress, input.count, &out, &length, md, nil)
        }
        guard ok == 1 else {
            fatalError(CryptoError.openSSL("\(name) failed").message)
        }
        out.removeSubrange(Int(length)...)
        return out
    }
}
