import COpenSSL

extension Digest {
    /// A SHA-256 digest of bytes given a part at a time (a document read block by block), through OpenSSL.
    public final class SHA256Stream {
        private let context: OpaquePointer

        /// A digest of nothing yet.
        public init() {
            guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex2(context, Digest.sha256Implementation, nil) == 1
            else {
                fatalError(CryptoError.openSSL("SHA-256 failed").message)
            }
            self.context = context
        }

        deinit {
            EVP_MD_CTX_free(context)
        }

        /// Adds the next part.
        public func update(_ bytes: some Collection<UInt8>) {
            let ok =
                bytes.withContiguousStorageIfAvailable { buffer in
                    EVP_DigestUpdate(context, buffer.baseAddress, buffer.count) == 1
                } ?? Array(bytes).withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) == 1 }
            guard ok else { fatalError(CryptoError.openSSL("SHA-256 failed").message) }
        }

        /// The 32-byte digest of everything added (the stream is spent).
        public func finish() -> [UInt8] {
            var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
            var length: UInt32 = 0
            guard out.withUnsafeMutableBufferPointer({ EVP_DigestFinal_ex(context, $0.baseAddress, &length) }) == 1
            else {
                fatalError(CryptoError.openSSL("SHA-256 failed").message)
            }
            out.removeSubrange(Int(length)...)
            return out
        }
    }
}
