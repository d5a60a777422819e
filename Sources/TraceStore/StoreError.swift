import TraceModel

/// What went wrong in the store, and where: one error type for the module.
public struct StoreError: Error, Sendable, CustomStringConvertible, CataloguedError {
    public enum Code: String, Sendable {
        /// The store file is missing or not a FoodTrace store.
        case notAStore
        /// The store file already exists.
        case alreadyExists
        /// The input could not be read or was refused.
        case badInput
        /// The database reported an error.
        case database
        /// An issuer's chain moved on while an input continuing it was made (see ``ChainHead``): make it again.
        case chainMoved
        /// Another process's first load held the store for longer than the open was allowed to wait.
        case busy
    }

    public var code: Code
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message

    /// An error worded by a lower layer (SQLite), the same in every language.
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
