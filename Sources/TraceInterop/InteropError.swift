import TraceModel

/// Why an EPCIS document, an event or a record could not be read or written, and where.
///
/// `path` is a JSON path into the document being read (e.g. `$.epcisBody.eventList[3].eventTime`)
/// or, when writing, into the record being mapped (e.g. `record sha256:…: $.body.quantity`).
public struct InteropError: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
    /// Where the problem is: a JSON path, `$` for the whole document.
    public var path: String
    /// What is wrong, in words a user can act on (English).
    public var reason: String
    /// What is wrong, in Chinese and English (the English is ``reason``).
    public var because: Message
    /// Where, in Chinese and English (the English is ``path``): a JSON path reads the same in both.
    public var place: Message

    /// A reason worded by a lower layer (libxml2, the JSON parser), the same in every language.
    public init(path: String, reason: String) {
        self.init(path: path, because: .verbatim(reason))
    }

    /// A reason from the message catalogue, at a JSON path.
    public init(path: String, because: Message) {
        self.init(place: .verbatim(path), because: because)
    }

    /// A reason from the message catalogue, at a place named in words (a line and column, a record).
    public init(place: Message, because: Message) {
        path = place.en
        self.place = place
        reason = because.en
        self.because = because
    }

    public var description: String { path == "$" ? reason : "\(path): \(reason)" }

    /// The path and the reason, in Chinese and English: the path always, `$` (the whole document) included, so a
    /// reader of the message knows where to look.
    public var text: Message {
        Message(because.key, zh: "\(place.zh)：\(because.zh)", en: "\(path): \(reason)")
    }

    /// Equal when their (English) paths and reasons are.
    public static func == (lhs: InteropError, rhs: InteropError) -> Bool {
        (lhs.path, lhs.reason) == (rhs.path, rhs.reason)
    }

    init(_ failure: JSONParser.Failure) {
        self.init(path: failure.path, because: Message.Interop.atByte(failure.reasonText, failure.offset + 1))
    }
}
