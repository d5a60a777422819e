/// One line of input to ingest: its number in the source (1-based) and its bytes.
public struct IngestLine: Sendable {
    public var number: Int
    public var bytes: [UInt8]
    /// Set when the line in the file is longer than one record may be: `bytes` then holds only its start (the rest
    /// was skipped while reading, never held in memory), and the line is refused.
    var overlong = false

    public init(number: Int, bytes: [UInt8]) {
        self.number = number
        self.bytes = bytes
    }
}

/// A record the store refused, with where and why.
public struct IngestRejection: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// The record id, when the line could be read far enough to compute it.
    public var recordID: String?
    /// JSON path of the field at fault (`$` for the record as a whole).
    public var field: String
    public var reason: String

    public var description: String {
        var text = "line \(line)"
        if let recordID { text += ": record \(recordID)" }
        if field != "$" { text += ": field \(field)" }
        return text + ": " + reason
    }
}

/// Two records with the same issuer and `seq`: kept as evidence, never silently accepted.
public struct Equivocation: Sendable, Equatable {
    public var issuer: String
    public var seq: Int
    public var storedID: String
    public var conflictingID: String
}

/// What an ingest did.
public struct IngestReport: Sendable {
    /// The source named in messages (a file path, or `-` for standard input).
    public var source: String
    /// Records appended, in input order. They are the store's newest:
    /// ``TraceStore/forEachRecord(party:since:kinds:limit:newestFirst:_:)`` with `newestFirst` and `limit` lists
    /// them. Not listed here, so that a report stays small whatever the input.
    public var accepted = 0
    /// Records already in the store (the same id): a no-op.
    public var alreadyPresent = 0
    public var rejected: [IngestRejection] = []
    public var equivocations: [Equivocation] = []
    /// False when the whole input was rolled back because of a rejection.
    public var committed = true

    public init(source: String) { self.source = source }
}
