import TraceModel

/// What went wrong while talking to a hub or reading what it sent: one error type for the module.
public struct SyncError: Error, Sendable, CustomStringConvertible, CataloguedError {
    public enum Code: String, Sendable {
        /// The hub could not be reached, or the connection broke (retried with backoff before it is thrown).
        case unreachable
        /// The hub answered with an error status; `message` carries its JSON error.
        case refused
        /// What the hub sent, or what was given to send, is not what the protocol allows.
        case badData
        /// A bearer token is malformed, expired, of an unknown key, lacks a scope or does not verify.
        case badToken
        /// The local store failed.
        case store
        /// A hub's transparency log is not consistent with a head it showed before (the message holds both heads).
        case inconsistent
    }

    public var code: Code
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message
    /// The HTTP status of a ``Code/refused`` answer.
    public var status: Int?

    /// An error worded by a lower layer, the same in every language.
    public init(_ code: Code, _ message: String, status: Int? = nil) {
        self.code = code
        self.message = message
        text = .verbatim(message)
        self.status = status
    }

    /// An error from the message catalogue.
    public init(_ code: Code, _ text: Message, status: Int? = nil) {
        self.code = code
        message = text.en
        self.text = text
        self.status = status
    }

    public var description: String { message }
}
