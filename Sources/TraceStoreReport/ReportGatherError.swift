import TraceModel

/// Why a period report cannot be gathered: a scope that names no party, or a market id that is not a market. The
/// message is the catalogue's, in both languages, naming the option (`--area`, `--market`) the caller gave.
public struct ReportGatherError: Error, Sendable, CustomStringConvertible, CataloguedError {
    public let message: Message

    public init(_ message: Message) { self.message = message }

    public var description: String { message.zh }

    /// The message (``CataloguedError``).
    public var text: Message { message }
}
