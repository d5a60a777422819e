import COpenSSL

/// A private signing key: Ed25519 or SM2 (signing with SM3).
///
/// Wraps an OpenSSL `EVP_PKEY`, freed with the instance. Signing uses a fresh OpenSSL context per call,
/// so one key may sign on several threads at once. Nothing this type prints or throws contains key material.
public final class PrivateKey: @unchecked Sendable, CustomStringConvertible {
    /// The algorithm this key signs with.
    public let algorithm: SignatureAlgorithm
    /// The public half, derived once when the key is made.
    public let publicKey: PublicKey
    private let pkey: OpaquePointer

    /// Takes ownership of `pkey`; frees it when the key is unusable.
    private init(adopting pkey: OpaquePointer) throws(CryptoError) {
        guard let algorithm = SignatureAlgorithm.of(pkey) else {
            let what = SignatureAlgorithm.describeUnsupported(pkey)
            EVP_PKEY_free(pkey)
            throw CryptoError("unsupported private key type: \(what); FoodTrace signs with Ed25519 or SM2")
        }
        let publicKey: PublicKey
        do {
            publicKey = try PublicKey.derived(from: pkey)
        } catch {
            EVP_PKEY_free(pkey)
            throw error
        }
        self.pkey = pkey
        self.algorithm = algorithm
        self.publicKey = publicKey
    }

    deinit {
        EVP_PKEY_free(pkey)
    }

    /// A new random key for `algorithm`, from OpenSSL's default random generator.
    public static func generate(_ algorithm: SignatureAlgorithm) throws(CryptoError) -> PrivateKey {
        OpenSSLError.clear()
        guard let context = EVP_PKEY_CTX_new_from_name(nil, algorithm.openSSLKeyType, nil) else {
            throw .openSSL("cannot generate an \(algorithm.rawValue) key: key type not available")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var generated: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_generate(context, &generated) == 1, let generated else {
            throw .openSSL("cannot generate an \(algorithm.rawValue) key")
        }
        return try PrivateKey(adopting: generated)
    }

    /// Reads an unencrypted PKCS#8 PEM private key (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key
    /// or an EC key on the SM2 curve; the algorithm is detected from the key.
    ///
    /// Text before the PEM block is ignored. Encrypted keys are refused rather than prompting for a password.
    public convenience init(pem: String) throws(CryptoError) {
        OpenSSLError.clear()
        if pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
            throw CryptoError(
                "the private key is encrypted; FoodTrace reads unencrypted PKCS#8 keys kept in mode-0600 files (decrypt with: openssl pkey -in IN -out OUT)"
            )
        }
        guard pem.contains("-----BEGIN PRIVATE KEY-----") else {
            if pem.contains(" PRIVATE KEY-----") {
                throw CryptoError(
                    "the private key is not in PKCS#8 form (-----BEGIN PRIVATE KEY-----); convert it with: openssl pkey -in IN -out OUT"
                )
            }
            throw CryptoError("no private key PEM block (-----BEGIN PRIVATE KEY-----) found")
        }
        guard let parsed = MemoryBIO.reading(Array(pem.utf8), { foodtrace_pem_read_private_key($0) }) else {
            throw .openSSL("cannot read the private key PEM block")
        }
        try self.init(adopting: parsed)
    }

    /// Makes the Ed25519 key whose RFC 8032 private key (seed) is `ed25519Seed`, exactly 32 bytes.
    ///
    /// For test vectors and deterministic demo keys; real keys come from ``generate(_:)``.
    public convenience init(ed25519Seed: [UInt8]) throws(CryptoError) {
        OpenSSLError.clear()
        guard ed25519Seed.count == 32 else {
            throw CryptoError("an Ed25519 seed is 32 bytes, got \(ed25519Seed.count)")
        }
        let made = ed25519Seed.withUnsafeBufferPointer { seed in
            EVP_PKEY_new_raw_private_key_ex(nil, "ED25519", nil, seed.baseAddress, seed.count)
        }
        guard let made else {
            throw .openSSL("cannot make an Ed25519 key from the seed")
        }
        try self.init(adopting: made)
    }

    /// The key as an unencrypted PKCS#8 PEM block (`-----BEGIN PRIVATE KEY-----`), ending with a newline.
    ///
    /// This is key material: store it only in a mode-0600 file (see ``KeyFile``).
    public var pkcs8PEM: String {
        guard let text = MemoryBIO.writing(secure: true, { foodtrace_pem_write_pkcs8($0, pkey) == 1 }) else {
            // Writing a key OpenSSL already holds cannot fail short of memory exhaustion.
            fatalError(CryptoError.openSSL("cannot write private key for \(publicKey.keyID) as PKCS#8 PEM").message)
        }
        return text
    }

    /// Signs `message`.
    ///
    /// Ed25519 gives 64 bytes (deterministic, RFC 8032). SM2 gives a DER `SEQUENCE { r, s }` of 70–72 bytes
    /// over the SM3 digest, with the GM/T 0009 distinguishing ID `1234567812345678`; it is randomised, so
    /// two signatures of the same message differ.
    public func sign(_ message: [UInt8]) throws(CryptoError) -> [UInt8] {
        OpenSSLError.clear()
        guard let context = SignatureContext(key: pkey, algorithm: algorithm, signing: true) else {
            throw .openSSL("cannot start \(algorithm.rawValue) signing with key \(publicKey.keyID)")
        }
        let capacity = max(Int(EVP_PKEY_get_size(pkey)), algorithm == .ed25519 ? 64 : SM2.maxDERSignatureLength)
        var signature = [UInt8](repeating: 0, count: capacity)
        var length = capacity
        let ok = message.withUnsafeBufferPointer { msg in
            EVP_DigestSign(context.digestContext, &signature, &length, msg.baseAddress, msg.count)
        }
        guard ok == 1, length > 0, length <= capacity else {
            throw .openSSL("\(algorithm.rawValue) signing with key \(publicKey.keyID) failed")
        }
        return Array(signature.prefix(length))
    }

    /// `PrivateKey(<algorithm>, <key id>)`: never the key itself.
    public var description: String { "PrivateKey(\(algorithm.rawValue), \(publicKey.keyID))" }
}
