import Foundation
import GRDB
import TraceCrypto
import TraceGraph
import TraceModel

/// What a record being made may read of the store, inside the write transaction that appends it.
public struct AppendReader {
    let db: Database

    /// The `seq` and `prev` the issuer's next record must carry.
    public func nextSeq(for issuer: String) throws -> (seq: Int, prev: String?) {
        try TraceStore.nextSeq(for: issuer, db)
    }

    /// The next free trace code of a party's node for the local date of `time`.
    public func nextTraceCode(for party: String, at time: Timestamp) throws -> TraceCode {
        try TraceStore.nextTraceCode(for: party, at: time, db)
    }

    /// Why `batch` must not leave `seller` at `time` (``TraceStore/stopSale(batch:at:seller:)``).
    public func stopSale(batch: TraceCode, at time: Timestamp, seller: String) throws -> [StopSaleReason] {
        try TraceStore.stopSale(batch: batch.digits, at: time.epochMilliseconds, seller: seller, db)
    }

    /// The quantity of a batch on hand (created − taken out), in its unit, with its holder.
    public func onHand(_ code: String) throws -> (holder: String, quantity: Quantity)? {
        try TraceStore.onHand(code, StoreGraphReader(db))
    }
}

extension TraceStore {
    /// Makes one record from the store as it stands and appends it, both in one write transaction.
    ///
    /// For records signed here (`record`, `sell`, `recall issue`…). Read before the transaction, the
    /// issuer's `seq`/`prev` could be the same for two processes appending for one party at the same
    /// moment (two scales at one stall): both would sign the same `seq`, and the second record would be
    /// refused and kept as equivocation evidence against an honest party. Inside the transaction the
    /// second waits for the first and continues the chain. The record goes through the checks of
    /// ``ingest(_:source:partial:now:)``; a refusal stores nothing. Errors `make` throws are rethrown.
    /// - Returns: the record `make` built and what the ingest checks made of it.
    public func append(source: String, now: Int64, _ make: (AppendReader) throws -> TraceModel.Record) throws
        -> (record: TraceModel.Record, report: IngestReport)
    {
        var report = IngestReport(source: source)
        var made: TraceModel.Record?
        do {
            try writer.write { db in
                let record: TraceModel.Record
                do { record = try make(AppendReader(db: db)) } catch { throw MakeFailed(error: error) }
                made = record
                let item = LineParsing.parse(IngestLine(number: 1, bytes: record.canonicalBytes))
                guard let parsedRecord = item.record, let id = item.id, let body = item.body else {
                    let problem = item.problem ?? RecordProblem(field: "$", Message.Ingest.unreadable)
                    report.rejected.append(IngestRejection(line: 1, field: problem.field, reason: problem.reasonText))
                    throw AppendRefused()
                }
                let context = try IngestContext(db: db, now: now, journaling: false)
                if try context.recordExists(id, issuer: parsedRecord.issuer, seq: parsedRecord.seq) {
                    report.alreadyPresent = 1
                    return
                }
                do {
                    // One record, so no other input position to tell a reorder from a gap.
                    try RecordApplier(context: context, record: parsedRecord, id: id, body: body, order: nil, index: 0)
                        .apply(signatureValid: try context.verifySignature(of: parsedRecord))
                } catch let refusal as Refusal {
                    report.rejected.append(
                        IngestRejection(line: 1, recordID: id, field: refusal.field, reason: refusal.text))
                    throw AppendRefused()
                } catch let found as EquivocationFound {
                    report.rejected.append(IngestRejection(line: 1, recordID: id, field: "$.seq", reason: found.reason))
                    throw AppendRefused()
                }
                report.accepted = 1
            }
        } catch is AppendRefused {
            report.committed = false
        } catch let failed as MakeFailed {
            throw failed.error
        } catch {
            throw StoreError(.database, Message.Store.rolledBack(ingest: false, source: source, detail: "\(error)"))
        }
        guard let made else { throw StoreError(.database, "append to \(source): no record was made") }
        logger.info(
            "append",
            metadata: ["source": "\(source)", "accepted": "\(report.accepted)", "rejected": "\(report.rejected.count)"])
        return (made, report)
    }

    static func nextSeq(for issuer: String, _ db: Database) throws -> (seq: Int, prev: String?) {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT seq, id FROM records WHERE issuer = ? ORDER BY seq DESC LIMIT 1", arguments: [issuer])
        else { return (1, nil) }
        return ((row[0] as Int) + 1, row[1] as String)
    }

    static func nextTraceCode(for party: String, at time: Timestamp, _ db: Database) throws -> TraceCode {
        guard let row = try Row.fetchOne(db, sql: "SELECT area, node FROM parties WHERE id = ?", arguments: [party])
        else {
            throw StoreError(.badInput, Message.Store.partyNotRegistered(party))
        }
        let prefix = (row[0] as String) + (row[1] as String) + time.localDateDigits
        let last = try String.fetchOne(
            db, sql: "SELECT MAX(code) FROM nodes WHERE code >= ? AND code < ?", arguments: [prefix, prefix + "A"])
        let serial = last.map { Int($0.dropFirst(15).prefix(4))! + 1 } ?? 0
        guard let code = TraceCode(area: row[0], node: row[1], date: time.localDateDigits, serial: serial) else {
            throw StoreError(.badInput, Message.Store.codesUsedUp(party: party, day: time.localDateDigits))
        }
        return code
    }

    static func onHand(_ code: String, _ reader: StoreGraphReader) throws -> (holder: String, quantity: Quantity)? {
        guard let node = try reader.node(code), node.type == .batch else { return nil }
        // In 128 bits: a batch's movements may add up beyond 64 bits (see MassBalance.sum).
        let total = try reader.movements(of: code).reduce(Int128(0)) { $0 + Int128($1.delta.micros) }
        return (node.holder, Quantity(Amount(micros: Int64(clamping: total)), node.quantity.unit))
    }
}

private struct AppendRefused: Error {}

/// An error of the caller's `make`, carried out of the write transaction unchanged.
private struct MakeFailed: Error {
    var error: any Error
}
