import COpenSSL
import TraceModel

extension Record {
    /// The record's id: `sha256:` and the lowercase hex SHA-256 of ``Record/signedBytes``
    /// (the canonical JSON of the record without `sig`).
    public var id: String { id(hashingWith: nil) }

    /// The id, hashed through `context` when given (see ``RecordHasher``). The digest stays on the stack: every
    /// record ingested gets its id here.
    fileprivate func id(hashingWith context: OpaquePointer?) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(EVP_MAX_MD_SIZE)) { digest in
            let length = Digest.sha256(signedBytes, into: digest, context: context)
            return RecordID.from(digestBytes: UnsafeBufferPointer(rebasing: digest[..<length]))
        }
    }

    /// This record signed by `key`: its `sig` names the key's algorithm and key id and carries the
    /// unpadded base64url signature over ``Record/signedBytes``. Any earlier signature is replaced.
    public func signed(by key: PrivateKey) throws(CryptoError) -> Record {
        let signature = try key.sign(signedBytes)
        return signed(
            with: Signature(alg: key.algorithm.rawValue, key: key.publicKey.keyID, value: Base64URL.encode(signature)))
    }

    /// True when the record carries a signature by `key` that verifies over ``Record/signedBytes``, or, for a
    /// record of a sealed batch (``Seal``), when its id and path lead to the seal's root and `key` signed that head
    /// (``SealHead``; checked once per head through `seals` when given).
    ///
    /// False when `sig` is missing, when its algorithm or key id differ from `key`'s, when its value is
    /// not unpadded base64url, or when the signature does not verify.
    public func verifySignature(with key: PublicKey, seals: SealCache? = nil) -> Bool {
        guard let sig, sig.alg == key.algorithm.rawValue, sig.key == key.keyID else { return false }
        if let seal = sig.seal {
            guard let root = SealHead.root(of: self, seal: seal), MerkleHash.text(root) == seal.root else {
                return false
            }
            let head = SealHead(issuer: issuer, size: seal.size, root: root)
            return (seals ?? SealCache()).verify(head, signature: sig.value, key: key)
        }
        guard let bytes = Base64URL.decode(sig.value) else { return false }
        return key.verify(signature: bytes, message: signedBytes)
    }

    /// Why a sealed record's signature does not stand, in words, once ``verifySignature(with:seals:)`` said it does
    /// not: its hashes do not lead to the sealed head's root, or the head is not signed by the key. `nil` for a record
    /// that is not sealed.
    public var sealProblem: (field: String, text: Message)? {
        guard let sig, let seal = sig.seal else { return nil }
        guard let root = SealHead.root(of: self, seal: seal) else {
            return ("$.sig.seal.path", Message.SealCheck.pathDoesNotFit(index: seal.index, size: seal.size))
        }
        guard MerkleHash.text(root) == seal.root else {
            return (
                "$.sig.seal.path",
                Message.SealCheck.otherRoot(
                    root: MerkleHash.text(root), sealed: seal.root, index: seal.index, size: seal.size)
            )
        }
        return (
            "$.sig.value",
            Message.SealCheck.headNotSigned(size: seal.size, root: seal.root, key: sig.key, issuer: issuer)
        )
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
    public func id(of record: Record) -> String { record.id(hashingWith: context) }
}
