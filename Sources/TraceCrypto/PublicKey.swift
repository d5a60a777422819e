import COpenSSL
import TraceModel

/// A public key that verifies record signatures: Ed25519 or SM2.
///
/// The key is parsed once, when it is made; ``verify(signature:message:)`` may then be called from any
/// number of threads at once on the same instance.
public final class PublicKey: @unchecked Sendable, Hashable, CustomStringConvertible {
    /// The algorithm this key verifies.
    public let algorithm: SignatureAlgorithm
    /// The key as a DER SubjectPublicKeyInfo (X.509), in OpenSSL's canonical encoding
    /// (for SM2, the uncompressed point on the SM2 curve).
    public let spkiDER: [UInt8]
    /// The parsed key (`EVP_PKEY *`), only read after `init`.
    let pkey: OpaquePointer
    private let cachedKeyID: String
    /// Ed25519 verification contexts kept for reuse.
    private let verifying = VerifyingContexts()

    /// The key id records name in `sig.key`: `k-` and the first 16 lowercase hex digits of SHA-256 of ``spkiDER``.
    public var keyID: String { cachedKeyID }

    /// The full SHA-256 of ``spkiDER``, as `sha256:` and 64 lowercase hex digits: what pins a key (a trust anchor
    /// for `slip verify --anchor`). ``keyID`` is its first 64 bits, a name for display, too short to pin a key.
    public var fingerprint: String { "sha256:" + Hex.encode(Digest.sha256(spkiDER)) }

    /// Takes ownership of `pkey`.
    private init(adopting pkey: OpaquePointer, algorithm: SignatureAlgorithm, spkiDER: [UInt8]) {
        self.pkey = pkey
        self.algorithm = algorithm
        self.spkiDER = spkiDER
        self.cachedKeyID = "k-" + String(Hex.encode(Digest.sha256(spkiDER)).prefix(16))
    }

    deinit {
        EVP_PKEY_free(pkey)
    }

    /// Reads a DER SubjectPublicKeyInfo holding an Ed25519 key or an EC key on the SM2 curve.
    public convenience init(spkiDER: [UInt8]) throws(CryptoError) {
        OpenSSLError.clear()
        // An Ed25519 SubjectPublicKeyInfo is a fixed header and the 32 key bytes, already as OpenSSL writes it: the
        // key is made from its bytes, without OpenSSL's general decoder and encoder (each costs more than a
        // signature check, and ingest reads a key for every registration).
        if spkiDER.count == Self.ed25519Header.count + 32, spkiDER.starts(with: Self.ed25519Header),
            let raw = spkiDER.withUnsafeBufferPointer({ buffer in
                EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, buffer.baseAddress! + Self.ed25519Header.count, 32)
            })
        {
            self.init(adopting: raw, algorithm: .ed25519, spkiDER: spkiDER)
            return
        }
        var consumed = 0
        let parsed = spkiDER.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            guard let start = buffer.baseAddress else { return nil }
            var cursor: UnsafePointer<UInt8>? = start
            let key = d2i_PUBKEY(nil, &cursor, buffer.count)
            consumed = (cursor ?? start) - start
            return key
        }
        guard let parsed else {
            throw .openSSL("not a DER SubjectPublicKeyInfo public key (\(spkiDER.count) bytes)")
        }
        guard consumed == spkiDER.count else {
            EVP_PKEY_free(parsed)
            throw CryptoError("public key DER has \(spkiDER.count - consumed) bytes after the SubjectPublicKeyInfo")
        }
        let (algorithm, der) = try PublicKey.checked(parsed)
        self.init(adopting: parsed, algorithm: algorithm, spkiDER: der)
    }

    /// The DER before the key bytes of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE { SEQUENCE { OID
    /// 1.3.101.112 }, BIT STRING of 32 bytes }.
    private static let ed25519Header: [UInt8] = [
        0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00,
    ]

    /// Reads a `-----BEGIN PUBLIC KEY-----` PEM block (SubjectPublicKeyInfo) holding an Ed25519 or SM2 key.
    ///
    /// Text before the block is ignored.
    public convenience init(pem: String) throws(CryptoError) {
        OpenSSLError.clear()
        guard pem.contains("-----BEGIN PUBLIC KEY-----") else {
            throw CryptoError("no public key PEM block (-----BEGIN PUBLIC KEY-----) found")
        }
        guard let parsed = MemoryBIO.reading(Array(pem.utf8), { foodtrace_pem_read_public_key($0) }) else {
            throw .openSSL("cannot read the public key PEM block")
        }
        let (algorithm, der) = try PublicKey.checked(parsed)
        self.init(adopting: parsed, algorithm: algorithm, spkiDER: der)
    }

    /// The public half of a private key (`EVP_PKEY *` with both halves); does not take ownership of `privateKey`.
    static func derived(from privateKey: OpaquePointer) throws(CryptoError) -> PublicKey {
        guard let der = spki(of: privateKey) else {
            throw .openSSL("cannot encode the public half of the key")
        }
        return try PublicKey(spkiDER: der)
    }

    /// The algorithm and canonical SPKI DER of a freshly parsed key; frees `pkey` when it cannot be used.
    private static func checked(_ pkey: OpaquePointer) throws(CryptoError) -> (SignatureAlgorithm, [UInt8]) {
        guard let algorithm = SignatureAlgorithm.of(pkey) else {
            let what = SignatureAlgorithm.describeUnsupported(pkey)
            EVP_PKEY_free(pkey)
            throw CryptoError("unsupported public key type: \(what); FoodTrace signs with Ed25519 or SM2")
        }
        guard let der = spki(of: pkey) else {
            EVP_PKEY_free(pkey)
            throw .openSSL("cannot encode the public key as SubjectPublicKeyInfo")
        }
        return (algorithm, der)
    }

    /// The DER SubjectPublicKeyInfo of `pkey`, or `nil` when OpenSSL cannot encode it.
    private static func spki(of pkey: OpaquePointer) -> [UInt8]? {
        let length = i2d_PUBKEY(pkey, nil)
        guard length > 0 else { return nil }
        var der = [UInt8](repeating: 0, count: Int(length))
        let written = der.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return i2d_PUBKEY(pkey, &cursor)
        }
        guard written == length else { return nil }
        return der
    }

    /// The key as a `-----BEGIN PUBLIC KEY-----` PEM block, ending with a newline.
    public var pem: String {
        guard let text = MemoryBIO.writing({ PEM_write_bio_PUBKEY($0, pkey) == 1 }) else {
            // Encoding a key that was parsed and re-encoded in init cannot fail short of memory exhaustion.
            fatalError(CryptoError.openSSL("cannot write public key \(keyID) as PEM").message)
        }
        return text
    }

    /// True when `signature` is a valid signature of `message` under this key.
    ///
    /// Ed25519 signatures are 64 bytes; SM2 signatures are strict DER over the SM3 digest, with the
    /// distinguishing ID `1234567812345678`. Safe to call concurrently on one instance: every call
    /// uses OpenSSL contexts of its own (for Ed25519, kept for later calls).
    public func verify(signature: [UInt8], message: [UInt8]) -> Bool {
        defer { OpenSSLError.clear() }
        switch algorithm {
        case .ed25519:
            guard signature.count == 64 else { return false }
        case .sm2sm3:
            guard (8...SM2.maxDERSignatureLength).contains(signature.count) else { return false }
        }
        if algorithm == .ed25519 { return verifying.verify(key: pkey, signature: signature, message: message) }
        guard let context = SignatureContext(key: pkey, algorithm: algorithm, signing: false) else { return false }
        let result = signature.withUnsafeBufferPointer { sig in
            message.withUnsafeBufferPointer { msg in
                EVP_DigestVerify(context.digestContext, sig.baseAddress, sig.count, msg.baseAddress, msg.count)
            }
        }
        return result == 1
    }

    /// Keys are equal when their algorithm and SubjectPublicKeyInfo are equal.
    public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
        lhs.algorithm == rhs.algorithm && lhs.spkiDER == rhs.spkiDER
    }

    /// Hashes the algorithm and SubjectPublicKeyInfo.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(algorithm)
        hasher.combine(spkiDER)
    }

    /// `PublicKey(<algorithm>, <key id>)`.
    public var description: String { "PublicKey(\(algorithm.rawValue), \(keyID))" }
}
