import TraceModel

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
    /// The reason in English.
    public var reason: String
    /// The reason in Chinese and English (the English is ``reason``).
    public var reasonText: Message

    /// A rejection worded by a lower layer, the same in every language.
    init(line: Int, recordID: String? = nil, field: String, reason: String) {
        self.init(line: line, recordID: recordID, field: field, reason: Message.verbatim(reason))
    }

    /// A rejection whose reason comes from the message catalogue.
    init(line: Int, recordID: String? = nil, field: String, reason: Message) {
        self.line = line
        self.recordID = recordID
        self.field = field
        self.reason = reason.en
        reasonText = reason
    }

    /// Where and why in each language: `第 17 行：记录 sha256:…：字段 $.sig.value：…`.
    public var text: Message {
        Message.Ingest.rejection(line: line, record: recordID, field: field, reason: reasonText)
    }

    public var description: String { text.en }
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
