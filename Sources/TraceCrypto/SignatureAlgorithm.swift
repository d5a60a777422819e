import COpenSSL

/// A signature algorithm a record may be signed with; the raw value is what records carry in `sig.alg`.
public enum SignatureAlgorithm: String, Sendable, CaseIterable, Codable {
    /// Ed25519 (RFC 8032), 64-byte signatures.
    case ed25519
    /// SM2 signatures over an SM3 digest (GB/T 32918, GM/T 0003), DER-encoded, with the GM/T 0009
    /// default distinguishing ID `1234567812345678`.
    case sm2sm3 = "sm2-sm3"

    /// The key type name OpenSSL's providers use.
    var openSSLKeyType: String {
        switch self {
        case .ed25519: return "ED25519"
        case .sm2sm3: return "SM2"
        }
    }

    /// The algorithm for an OpenSSL key, or `nil` for a key type FoodTrace does not sign with.
    ///
    /// OpenSSL 3 decodes an EC key on the SM2 curve (OID 1.2.156.10197.1.301) as an `SM2` key.
    static func of(_ pkey: OpaquePointer) -> SignatureAlgorithm? {
        if EVP_PKEY_is_a(pkey, "ED25519") == 1 { return .ed25519 }
        if EVP_PKEY_is_a(pkey, "SM2") == 1 { return .sm2sm3 }
        return nil
    }

    /// A short description of a key OpenSSL read but FoodTrace cannot use, for error messages.
    static func describeUnsupported(_ pkey: OpaquePointer) -> String {
        guard let name = EVP_PKEY_get0_type_name(pkey) else { return "an unknown key type" }
        var text = String(cString: name)
        var group = [CChar](repeating: 0, count: 80)
        var length = 0
        if EVP_PKEY_get_group_name(pkey, &group, group.count, &length) == 1 {
            let bytes = group.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            text += " on curve \(String(decoding: bytes, as: UTF8.self))"
        }
        OpenSSLError.clear()
        return text
    }
}
