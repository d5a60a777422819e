/// Why a plugin file was refused. ``description`` is the message for the user, naming the file.
public struct PluginLoadError: Error, Sendable, CustomStringConvertible, Equatable {
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
    public var message: String
    public var description: String { message }

    public init(_ reason: Reason, path: String, _ message: String) {
        self.reason = reason
        self.path = path
        self.message = message
    }
}
