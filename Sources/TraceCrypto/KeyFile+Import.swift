import TraceModel

extension KeyFile {
    /// Reads a plain PKCS#8 PEM private key as standard tools write it (`openssl genpkey -algorithm ed25519`, or
    /// `-algorithm SM2`), without FoodTrace's header: for `keys import` and for showing its public part.
    ///
    /// The file must be private to its owner (mode 0600 or narrower), checked before anything is read; an encrypted
    /// key, a key in another form than PKCS#8, a public key or a file that already is a FoodTrace key file is refused,
    /// naming the fix.
    public static func readPKCS8(_ path: String) throws(CryptoError) -> PrivateKey {
        var bytes = try load(path, what: "private key file", requirePrivate: true)
        defer { wipe(&bytes) }
        if bytes.starts(with: Array(partyPrefix.utf8)) {
            throw CryptoError(Message.Keys.alreadyFoodTrace(path: path, prefix: partyPrefix))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if !text.contains("PRIVATE KEY-----"), text.contains("-----BEGIN PUBLIC KEY-----") {
            throw CryptoError(Message.Keys.publicOnly(path: path))
        }
        if !text.contains("-----BEGIN ") {
            throw CryptoError(Message.Keys.notPEM(path: path))
        }
        do {
            return try PrivateKey(pem: text)
        } catch {
            throw CryptoError(Message.about(path, error.text))
        }
    }
}
