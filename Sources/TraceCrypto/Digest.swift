import COpenSSL

/// Message digests through OpenSSL: SHA-256 (record ids, key ids) and SM3 (GB/T 32905).
public enum Digest {
    /// The 32-byte SHA-256 digest of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes, EVP_sha256(), name: "SHA-256")
    }

    /// The 32-byte SM3 digest of `bytes` (GB/T 32905-2016).
    public static func sm3(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes, EVP_sm3(), name: "SM3")
    }

    private static func digest(_ bytes: [UInt8], _ md: OpaquePointer?, name: String) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            EVP_Digest(input.baseAddress, input.count, &out, &length, md, nil)
        }
        // Both digests are part of every OpenSSL 3 default provider; failing here means a broken installation.
        guard ok == 1 else {
            fatalError(CryptoError.openSSL("\(name) is not available from this OpenSSL").message)
        }
        return Array(out.prefix(Int(length)))
    }
}
