import TraceModel

/// Why an EPCIS document, an event or a record could not be read or written, and where.
///
/// `path` is a JSON path into the document being read (e.g. `$.epcisBody.eventList[3].eventTime`)
/// or, when writing, into the record being mapped (e.g. `record sha256:…: $.body.quantity`).
public struct InteropError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is: a JSON path, `$` for the whole document.
    public var path: String
    /// What is wrong, in words a user can act on.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { path == "$" ? reason : "\(path): \(reason)" }

    init(_ failure: JSONParser.Failure) {
        self.init(path: failure.path, reason: "\(failure.reason) (at byte \(failure.offset + 1))")
    }
}
