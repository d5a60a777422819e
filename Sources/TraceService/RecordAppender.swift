import TraceCrypto
import TraceModel
import TraceStore

/// Why an operation was refused, in words a user can act on.
public struct Refusal: Error, CustomStringConvertible, CataloguedError {
    /// The refusal in Chinese and English (a catalogue message, or a lower layer's text in both).
    public var text: Message
    /// The English text.
    public var message: String { text.en }
    public var description: String { text.en }
    /// A refusal worded by a lower layer, the same in every language.
    public init(_ message: String) { text = .verbatim(message) }
    /// A refusal from the message catalogue.
    public init(_ text: Message) { self.text = text }
}

/// Builds, signs and appends records for one party, through the store's ingest checks.
public struct RecordAppender {
    public let store: TraceStore
    public let party: String
    public let key: PrivateKey
    /// Whether records that move stock out are checked by the till's stop-sale rules (``TillGate``) before
    /// signing. On everywhere a person or script records; off only to measure what the checks cost.
    public var stopSale = true

    public init(store: TraceStore, party: String, key: PrivateKey) {
        self.store = store
        self.party = party
        self.key = key
    }

    /// Appends a record with a body given as JSON; `seq` and `prev` continue the party's chain.
    /// - Parameter now: the ingest time, milliseconds since 1970, from the caller's clock.
    @discardableResult
    public func append(_ kind: RecordKind, bodyJSON: JSONValue, at time: Timestamp, now: Int64) throws -> Record {
        try append(kind, at: time, now: now) { _ in bodyJSON }
    }

    /// Appends a record whose body is made from the store as it stands (a new trace code, the quantity on
    /// hand), in the write transaction that appends it: `seq`/`prev` and what `body` reads cannot change
    /// in between, even with another process appending for the same party at the same moment.
    @discardableResult
    public func append(_ kind: RecordKind, at time: Timestamp, now: Int64, body: (AppendReader) throws -> JSONValue)
        throws -> Record
    {
        let (record, report) = try store.append(source: "record", now: now) { reader in
            let (seq, prev) = try reader.nextSeq(for: party)
            let unsigned: Record
            do {
                unsigned = try Record(
                    kind: kind, issuer: party, seq: seq, prev: prev, at: time, bodyJSON: try body(reader))
            } catch let problem as RecordProblem {
                throw Refusal(Message.recordRefused(kind, problem.text, refused: false))
            }
            if stopSale { try TillGate.check(unsigned, reader: reader) }
            try DisposalGate.check(unsigned, reader: reader)
            return try unsigned.signed(by: key)
        }
        if let rejection = report.rejected.first {
            let problem = Message.Ingest.problem(field: rejection.field, reason: rejection.reasonText)
            throw Refusal(Message.recordRefused(kind, problem, refused: true))
        }
        return record
    }

    /// Appends a record with a typed body.
    @discardableResult
    public func append(_ body: some RecordBody, at time: Timestamp, now: Int64) throws -> Record {
        try append(type(of: body).kind, bodyJSON: try Record.json(of: body), at: time, now: now)
    }
}
