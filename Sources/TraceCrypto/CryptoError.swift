import TraceModel

/// Why a key, signature, digest or key-file operation failed.
///
/// The message says what failed and, where OpenSSL reported a reason, OpenSSL's own error text.
/// It never contains key material: no PEM bodies, seeds or private scalars.
public struct CryptoError: Error, Sendable, CustomStringConvertible, CataloguedError {
    /// What went wrong, in words a user can act on (English).
    public var message: String
    /// The message in Chinese and English.
    public var text: Message

    /// An error with the given message, the same in every language (OpenSSL's words). The message must not contain
    /// key material.
    public init(_ message: String) {
        self.message = message
        text = .verbatim(message)
    }

    /// An error from the message catalogue. It must not contain key material.
    public init(_ text: Message) {
        message = text.en
        self.text = text
    }

    /// The message.
    public var description: String { message }
}
