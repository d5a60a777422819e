import TraceModel

/// What went wrong with the transparency log: a proof asked for what the tree cannot prove, a node missing from a
/// store, a tree head that does not read or verify.
public struct LogError: Error, Sendable, CustomStringConvertible, CataloguedError {
    public enum Code: String, Sendable {
        /// A leaf index or a tree size outside the tree.
        case outOfRange
        /// A complete subtree the store should hold is not there.
        case missingNode
        /// A tree head, proof or co-signature that is malformed or whose signature does not verify.
        case badHead
    }

    public var code: Code
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message

    /// An error worded by a lower layer, the same in every language.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
        text = .verbatim(message)
    }

    /// An error from the message catalogue.
    public init(_ code: Code, _ text: Message) {
        self.code = code
        message = text.en
        self.text = text
    }

    public var description: String { message }
}
