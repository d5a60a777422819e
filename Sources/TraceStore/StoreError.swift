/// What went wrong in the store, and where: one error type for the module.
public struct StoreError: Error, Sendable, CustomStringConvertible {
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
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
