import COpenSSL
import TraceModel

extension Record {
    /// The record's id: `sha256:` and the lowercase hex SHA-256 of ``Record/signedBytes``
    /// (the canonical JSON of the record without `sig`).
    public var id: String {
        // The digest stays on the stack: every record ingested gets its id here.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(EVP_MAX_MD_SIZE)) { digest in
            RecordID.from(
                digestBytes: UnsafeBufferPointer(rebasing: digest[..<RecordDigest.sha256(signedBytes, into: digest)]))
        }
    }

    /// This record signed by `key`: its `sig` names the key's algorithm and key id and carries the
    /// unpadded base64url signature over ``Record/signedBytes``. Any earlier signature is replaced.
    public func signed(by key: PrivateKey) throws(CryptoError) -> Record {
        let signature = try key.sign(signedBytes)
        return signed(
            with: Signature(alg: key.algorithm.rawValue, key: key.publicKey.keyID, value: Base64URL.encode(signature)))
    }

    /// True when the record carries a signature by `key` that verifies over ``Record/signedBytes``.
    ///
    /// False when `sig` is missing, when its algorithm or key id differ from `key`'s, when its value is
    /// not unpadded base64url, or when the signature does not verify.
    public func verifySignature(with key: PublicKey) -> Bool {
        guard let sig, sig.alg == key.algorithm.rawValue, sig.key == key.keyID,
            let bytes = Base64URL.decode(sig.value)
        else { return false }
        return key.verify(signature: bytes, message: signedBytes)
    }
}

/// Computes record ids with one OpenSSL digest context, reused from record to record rather than created and freed
/// for each.
///
/// Not for sharing between threads: give each thread its own. ``Record/id`` needs none and gives the same ids.
public final class RecordHasher {
    /// The context (`EVP_MD_CTX *`), freed with the instance.
    private let context: OpaquePointer

    public init() {
        // Allocation failing here means the process is out of memory.
        guard let context = EVP_MD_CTX_new() else {
            fatalError(CryptoError.openSSL("cannot allocate a digest context").message)
        }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// The id of `record`: the same as ``Record/id``.
    public func id(of record: Record) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(EVP_MAX_MD_SIZE)) { digest in
            RecordID.from(
                digestBytes: UnsafeBufferPointer(
                    rebasing: digest[..<RecordDigest.sha256(record.signedBytes, into: digest, context: context)]))
        }
    }
}

/// SHA-256 of a record's signed bytes, written where the caller says rather than into an array of its own.
private enum RecordDigest {
    /// Fetched from OpenSSL's default provider once; fetched algorithms may be used from any number of threads.
    private nonisolated(unsafe) static let algorithm = EVP_MD_fetch(nil, "SHA256", nil)

    /// Writes the digest of `bytes` at the start of `out` (at least `EVP_MAX_MD_SIZE` bytes); returns its length.
    static func sha256(_ bytes: [UInt8], into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // SHA-256 is part of every OpenSSL 3 default provider; failing here means a broken installation.
        guard let algorithm else {
            fatalError(CryptoError.openSSL("SHA-256 is not available from this OpenSSL").message)
        }
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, algorithm, nil)
        }
        guard ok == 1 else { fatalError(CryptoError.openSSL("SHA-256 failed").message) }
        return Int(length)
    }

    /// ``sha256(_:into:)`` with `context`, an `EVP_MD_CTX` reset and set up again here, so that it can serve again.
    static func sha256(_ bytes: [UInt8], into out: UnsafeMutableBufferPointer<UInt8>, context: OpaquePointer) -> Int {
        guard let algorithm else {
            fatalError(CryptoError.openSSL("SHA-256 is not available from this OpenSSL").message)
        }
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            EVP_DigestInit_ex2(context, algorithm, nil) == 1
                && EVP_DigestUpdate(context, input.baseAddress, input.count) == 1
                && EVP_DigestFinal_ex(context, out.baseAddress, &length) == 1
        }
        guard ok else { fatalError(CryptoError.openSSL("SHA-256 failed").message) }
        return Int(length)
    }
}
