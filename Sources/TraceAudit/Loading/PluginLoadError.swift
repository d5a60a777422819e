/// Why a plugin file was refused. ``description`` is the message for the user, naming the file.
public struct PluginLoadError: Error, Sendable, CustomStringConvertible, Equatable, CataloguedError {
    /// The kind of refusal, for callers that branch on it.
    public enum Reason: String, Sendable, Equatable {
        /// No file at the path.
        case missingFile
        /// A directory, device or the like.
        case notRegularFile
        /// The file is writable by group or others: anyone who can write it could run code as the user.
        case writableByOthers
        /// The file, a folder or a link on its path belongs to another user than root or the current one.
        case foreignOwner
        /// `dlopen` refused it (not a shared object, wrong architecture, missing dependency).
        case notLoadable
        /// A shared object without the entry point.
        case notAPlugin
        /// A plugin of another ABI version.
        case abiMismatch
        /// The entry point answered, but with no table or an unreadable manifest.
        case badManifest
    }

    public var reason: Reason
    /// The path as the user gave it.
    public var path: String
    /// The English text.
    public var message: String
    /// The text in Chinese and English.
    public var text: Message
    public var description: String { message }

    /// A refusal worded elsewhere (the dynamic loader's or a decoder's words), the same in every language.
    public init(_ reason: Reason, path: String, _ message: String) {
        self.init(reason, path: path, Message.verbatim(message))
    }

    /// A refusal from the message catalogue.
    public init(_ reason: Reason, path: String, _ text: Message) {
        self.reason = reason
        self.path = path
        message = text.en
        self.text = text
    }

    /// Equal when the reason, path and English text are.
    public static func == (lhs: PluginLoadError, rhs: PluginLoadError) -> Bool {
        lhs.reason == rhs.reason && lhs.path == rhs.path && lhs.message == rhs.message
    }
}
