import Foundation
import GRDB
import TraceCrypto
import TraceModel

extension TraceStore {
    /// Applies the records one by one, each in a savepoint, reporting every refusal; with `partial` the valid
    /// records are kept, otherwise any refusal rolls everything back.
    func ingestCarefully(
        _ lines: [IngestLine], source: String, partial: Bool, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        var parsed = LineParsing.parse(lines)
        let keys = try resolveKeys(for: parsed)
        let heads = StoredHeads(lookUp: concurrentHeadLookUp())
        heads.learn(from: parsed)
        heads.stopLookingUp()
        LineParsing.verify(&parsed, keys: keys, storedHeads: heads.seqs)
        var report = IngestReport(source: source)
        var evidence: [Evidence] = []
        do {
            try writer.write { db in
                try head?.check(db)
                let context = try IngestContext(db: db, now: now)
                try CarefulPass.apply(parsed, context: context, report: &report, evidence: &evidence)
                if !report.rejected.isEmpty && !partial { throw Rollback() }
            }
        } catch is Rollback {
            report.committed = false
            report.accepted = 0
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, Message.Store.rolledBack(ingest: true, source: source, detail: "\(error)"))
        }
        if !evidence.isEmpty { try keepEvidence(evidence, now: now) }
        return report
    }

    /// The public keys the input's signatures need: registered or anchored in the store, or
    /// registered by a `register` record earlier in the input.
    private func resolveKeys(for parsed: [ParsedLine]) throws(StoreError) -> [String: PublicKey] {
        var keys: [String: PublicKey] = [:]
        for item in parsed {
            guard case .register(let body)? = item.body else { continue }
            for key in body.keys {
                guard let der = Data(base64Encoded: key.spki), let publicKey = try? PublicKey(spkiDER: Array(der)),
                    publicKey.keyID == key.id
                else { continue }
                keys[key.id] = publicKey
            }
        }
        let needed = Set(parsed.compactMap { $0.record?.sig?.key }).subtracting(keys.keys)
        guard !needed.isEmpty else { return keys }
        let stored: [String: PublicKey] = try read { db in
            var found: [String: PublicKey] = [:]
            for id in needed {
                let row =
                    try Row.fetchOne(db, sql: "SELECT spki FROM keys WHERE id = ?", arguments: [id])
                    ?? Row.fetchOne(db, sql: "SELECT spki FROM anchors WHERE key_id = ?", arguments: [id])
                if let row, let key = try? PublicKey(spkiDER: Array(row[0] as Data)) { found[id] = key }
            }
            return found
        }
        keys.merge(stored) { first, _ in first }
        return keys
    }

    /// Keeps both records of an equivocation: the conflicting one, and the earlier one too when it is not (or no
    /// longer, after a rollback) in the records table.
    private func keepEvidence(_ evidence: [Evidence], now: Int64) throws(StoreError) {
        do {
            try writer.write { db in try Evidence.keep(evidence, now: now, SQLiteStatements(db: db)) }
        } catch {
            throw StoreError(.database, "cannot keep equivocation evidence: \(error)")
        }
    }
}

/// Both sides of an equivocation, as bytes to keep.
@_spi(StoreEngine)
public struct Evidence: Sendable {
    var equivocation: Equivocation
    var conflicting: [UInt8]
    var stored: [UInt8]?
}

private struct Rollback: Error {}

extension Evidence {
    /// Keeps both records of each equivocation in `statements`' transaction: the conflicting one, and the earlier
    /// one too when it is not (or no longer, after a rollback) in the records table.
    static func keep<SQL: IngestSQL>(_ evidence: [Evidence], now: Int64, _ statements: SQL) throws {
        for item in evidence {
            let e = item.equivocation
            try statements.execute(
                """
                INSERT OR IGNORE INTO equivocations(issuer, seq, id, raw, conflicts_with, detected_ms)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(e.issuer), .integer(e.seq), .text(e.conflictingID), .blob(item.conflicting),
                    .text(e.storedID), .integer(now),
                ])
            let storedKept =
                try statements.first("SELECT count(*) FROM records WHERE id = ?", [.text(e.storedID)]) {
                    $0.integer(0) ?? 0
                } ?? 0 > 0
            if !storedKept, let stored = item.stored {
                try statements.execute(
                    """
                    INSERT OR IGNORE INTO equivocations(issuer, seq, id, raw, conflicts_with, detected_ms)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .text(e.issuer), .integer(e.seq), .text(e.storedID), .blob(stored), .text(e.conflictingID),
                        .integer(now),
                    ])
            }
        }
    }
}

struct EquivocationFound: Error {
    var equivocation: Equivocation
    /// The canonical bytes of the record already at that seq.
    var storedRaw: [UInt8]?
    var reason: Message
}

/// Where each (issuer, seq) stands in the input, to tell a reorder from a gap.
struct SeqIndex {
    private var positions: [String: [Int: Int]] = [:]

    init(_ parsed: [ParsedLine]) {
        for (index, item) in parsed.enumerated() {
            guard let record = item.record else { continue }
            positions[record.issuer, default: [:]][record.seq] = positions[record.issuer]?[record.seq] ?? index
        }
    }

    /// The input position of the issuer's record `seq`, if the input has one.
    func position(issuer: String, seq: Int) -> Int? { positions[issuer]?[seq] }
}
