import TraceModel

/// What went wrong in the store, and where: one error type for the module.
// @unchecked: `cause` is an error the caller's own code threw, handed back unchanged and only ever read.
public struct StoreError: Error, @unchecked Sendable, CustomStringConvertible, CataloguedError {
    public enum Code: String, Sendable {
        /// The store file is missing or not a FoodTrace store.
        case notAStore
        /// The store file already exists.
        case alreadyExists
        /// The input could not be read or was refused.
        case badInput
        /// The database reported an error.
        case database
        /// A stored value this version cannot read (a kind, role, unit or type it does not know, a record that no
        /// longer parses): the store was changed by another program or written by a later version.
        case corrupt
        /// An issuer's chain moved on while an input continuing it was made (see ``ChainHead``): make it again.
        case chainMoved
        /// Another process's first load held the store for longer than the open was allowed to wait.
        case busy
        /// The caller's own code, run by the store inside a read (``TraceStore/read(_:)``), threw ``cause``.
        case caller
    }

    public var code: Code
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message
    /// With ``Code/caller``: the error the caller's code threw, unchanged, so that the caller reports it as itself.
    public var cause: (any Error)?

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

    /// The error `cause` that the caller's code threw inside a read, carried out of the store unchanged.
    public init(caller cause: any Error) {
        self.init(.caller, "\(cause)")
        self.cause = cause
    }

    public var description: String { message }
}
