import TraceModel

/// A failure while a plugin runs: the plugin reported an error, sent a malformed message, or a query failed.
public struct PluginCallError: Error, Sendable, CustomStringConvertible, Equatable, CataloguedError {
    /// The English text.
    public var message: String
    /// The text in Chinese and English (the English is ``message``).
    public var text: Message
    public var description: String { message }

    /// An error worded by a plugin or a lower layer, the same in every language.
    public init(_ message: String) {
        self.message = message
        text = .verbatim(message)
    }

    /// An error from the message catalogue.
    public init(_ text: Message) {
        message = text.en
        self.text = text
    }

    /// Equal when their (English) messages are.
    public static func == (lhs: PluginCallError, rhs: PluginCallError) -> Bool { lhs.message == rhs.message }
}
