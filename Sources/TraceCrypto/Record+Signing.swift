import TraceModel

extension Record {
    /// The record's id: `sha256:` and the lowercase hex SHA-256 of ``Record/signedBytes``
    /// (the canonical JSON of the record without `sig`).
    public var id: String {
        RecordID.from(digest: Digest.sha256(signedBytes))
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
