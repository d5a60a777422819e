import Foundation
import TraceCrypto
import TraceModel
import TraceService
import TraceStore

/// The CLI's way to append records: reads the key file, uses the clock, turns refusals into exit-2 errors.
struct Appender {
    let appender: RecordAppender
    var party: String { appender.party }
    var store: TraceStore { appender.store }

    init(store: TraceStore, keyFile: String) throws {
        do {
            let (party, key) = try KeyFile.read(keyFile)
            appender = RecordAppender(store: store, party: party, key: key)
        } catch {
            throw CLIError.input(.about(keyFile, .of(error)))
        }
    }

    /// Signs and appends; returns the record. Refusals become exit-2 errors naming the field.
    @discardableResult
    func append(_ kind: RecordKind, bodyJSON: JSONValue, at: Timestamp? = nil) throws -> TraceModel.Record {
        do {
            return try appender.append(
                kind, bodyJSON: bodyJSON, at: try at ?? Clock.now(), now: try Clock.nowMilliseconds())
        } catch let refusal as Refusal {
            throw CLIError.input(refusal.text)
        }
    }

    @discardableResult
    func append(_ body: some RecordBody, at: Timestamp? = nil) throws -> TraceModel.Record {
        try append(type(of: body).kind, bodyJSON: try TraceModel.Record.json(of: body), at: at)
    }
}
