import COpenSSL

/// A fresh `EVP_MD_CTX` set up to sign or verify once with one key; freed when it goes out of scope.
///
/// Each call makes its own context, so one key may sign or verify on many threads at once.
struct SignatureContext: ~Copyable {
    let digestContext: OpaquePointer
    /// The SM2 key context carrying the distinguishing ID. `EVP_MD_CTX_set_pkey_ctx` does not pass
    /// ownership, so it is freed here, after the digest context.
    private let keyContext: OpaquePointer?

    /// Sets up signing (`signing == true`) or verifying with `key`; `nil` when OpenSSL refuses
    /// (its errors stay queued for the caller).
    init?(key: OpaquePointer, algorithm: SignatureAlgorithm, signing: Bool) {
        guard let digestContext = EVP_MD_CTX_new() else { return nil }
        switch algorithm {
        case .ed25519:
            // Ed25519 hashes internally: no digest may be given.
            let ok =
                signing
                ? EVP_DigestSignInit(digestContext, nil, nil, nil, key)
                : EVP_DigestVerifyInit(digestContext, nil, nil, nil, key)
            guard ok == 1 else {
                EVP_MD_CTX_free(digestContext)
                return nil
            }
            self.digestContext = digestContext
            self.keyContext = nil
        case .sm2sm3:
            // OpenSSL 3.0 drops an ID passed as a parameter to EVP_DigestSignInit_ex, so the ID goes on a
            // key context first, which the digest context then adopts before it is initialised with SM3.
            guard let keyContext = EVP_PKEY_CTX_new_from_pkey(nil, key, nil) else {
                EVP_MD_CTX_free(digestContext)
                return nil
            }
            let idSet = SM2.distinguishingID.withUnsafeBytes {
                EVP_PKEY_CTX_set1_id(keyContext, $0.baseAddress, Int32($0.count))
            }
            guard idSet == 1 else {
                EVP_MD_CTX_free(digestContext)
                EVP_PKEY_CTX_free(keyContext)
                return nil
            }
            EVP_MD_CTX_set_pkey_ctx(digestContext, keyContext)
            let ok =
                signing
                ? EVP_DigestSignInit(digestContext, nil, EVP_sm3(), nil, key)
                : EVP_DigestVerifyInit(digestContext, nil, EVP_sm3(), nil, key)
            guard ok == 1 else {
                EVP_MD_CTX_free(digestContext)
                EVP_PKEY_CTX_free(keyContext)
                return nil
            }
            self.digestContext = digestContext
            self.keyContext = keyContext
        }
    }

    deinit {
        EVP_MD_CTX_free(digestContext)
        if let keyContext { EVP_PKEY_CTX_free(keyContext) }
    }
}
