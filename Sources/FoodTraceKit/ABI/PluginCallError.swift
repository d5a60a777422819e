/// A failure while a plugin runs: the plugin reported an error, sent a malformed message, or a query failed.
public struct PluginCallError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}
