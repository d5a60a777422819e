/// Why a key, signature, digest or key-file operation failed.
///
/// The message says what failed and, where OpenSSL reported a reason, OpenSSL's own error text.
/// It never contains key material: no PEM bodies, seeds or private scalars.
public struct CryptoError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    public var message: String

    /// An error with the given message. The message must not contain key material.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
