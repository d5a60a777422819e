import Foundation
import TraceCrypto
import TraceModel
import TraceStore

/// Builds, signs and appends one record for the party of a key file, through the store's ingest checks.
struct Appender {
    let store: TraceStore
    let party: String
    let key: PrivateKey

    init(store: TraceStore, keyFile: String) throws {
        self.store = store
        do {
            (party, key) = try KeyFile.read(keyFile)
        } catch {
            throw CLIError.input("\(keyFile): \(error)")
        }
    }

    /// Signs and appends; returns the stored record. Refusals become exit-2 errors naming the field.
    @discardableResult
    func append(_ kind: RecordKind, bodyJSON: JSONValue, at: Timestamp? = nil) throws -> TraceModel.Record {
        let (seq, prev) = try store.nextSeq(for: party)
        let time = try at ?? Clock.now()
        let unsigned: TraceModel.Record
        do {
            unsigned = try TraceModel.Record(kind: kind, issuer: party, seq: seq, prev: prev, at: time, bodyJSON: bodyJSON)
        } catch {
            throw CLIError.input("\(kind.rawValue) record: \(error)")
        }
        let record = try unsigned.signed(by: key)
        let report = try store.ingest([IngestLine(number: 1, bytes: record.canonicalBytes)], source: "record", now: Clock.nowMilliseconds)
        if let rejection = report.rejected.first {
            let field = rejection.field == "$" ? "" : "field \(rejection.field): "
            throw CLIError.input("\(kind.rawValue) record refused: \(field)\(rejection.reason)")
        }
        return record
    }

    @discardableResult
    func append(_ body: some RecordBody, at: Timestamp? = nil) throws -> TraceModel.Record {
        try append(type(of: body).kind, bodyJSON: try TraceModel.Record.json(of: body), at: at)
    }
}
