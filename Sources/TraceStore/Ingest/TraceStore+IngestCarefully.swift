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
        let order = SeqIndex(parsed)
        do {
            try writer.write { db in
                try head?.check(db)
                let context = try IngestContext(db: db, now: now)
                for (index, item) in parsed.enumerated() {
                    guard let record = item.record, let id = item.id, let body = item.body else {
                        let problem = item.problem ?? RecordProblem(field: "$", reason: "unreadable")
                        report.rejected.append(
                            IngestRejection(
                                line: item.line, recordID: item.id, field: problem.field, reason: problem.reason))
                        continue
                    }
                    guard record.sig != nil else {
                        report.rejected.append(
                            IngestRejection(
                                line: item.line, recordID: id, field: "$.sig", reason: "the record is not signed"))
                        continue
                    }
                    let presence = try context.presence(
                        of: id, issuer: record.issuer, seq: record.seq, signed: record.canonicalBytes)
                    if presence == .same {
                        report.alreadyPresent += 1
                        continue
                    }
                    context.beginRecord()
                    do {
                        let signatureValid = try item.signatureValid ?? context.verifySignature(of: record)
                        let applier = RecordApplier(
                            context: context, record: record, id: id, body: body, order: order, index: index)
                        if presence == .otherSignature {
                            try applier.checkOtherSignature(signatureValid: signatureValid)
                            report.alreadyPresent += 1
                            continue
                        }
                        try db.inSavepoint {
                            try applier.apply(signatureValid: signatureValid)
                            return .commit
                        }
                        report.accepted += 1
                    } catch let refusal as Refusal {
                        context.discardRecord()
                        report.rejected.append(
                            IngestRejection(line: item.line, recordID: id, field: refusal.field, reason: refusal.reason)
                        )
                    } catch let found as EquivocationFound {
                        context.discardRecord()
                        report.equivocations.append(found.equivocation)
                        evidence.append(
                            Evidence(
                                equivocation: found.equivocation, conflicting: record.canonicalBytes,
                                stored: found.storedRaw))
                        report.rejected.append(
                            IngestRejection(line: item.line, recordID: id, field: "$.seq", reason: found.reason))
                    }
                }
                if !report.rejected.isEmpty && !partial { throw Rollback() }
            }
        } catch is Rollback {
            report.committed = false
            report.accepted = 0
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "ingest of \(source) failed and was rolled back: \(error)")
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
            try writer.write { db in
                let insert = """
                    INSERT OR IGNORE INTO equivocations(issuer, seq, id, raw, conflicts_with, detected_ms) VALUES (?, ?, ?, ?, ?, ?)
                    """
                for item in evidence {
                    let e = item.equivocation
                    try db.execute(
                        sql: insert,
                        arguments: [e.issuer, e.seq, e.conflictingID, Data(item.conflicting), e.storedID, now])
                    let storedKept =
                        try Bool.fetchOne(
                            db, sql: "SELECT EXISTS (SELECT 1 FROM records WHERE id = ?)", arguments: [e.storedID])
                        ?? false
                    if !storedKept, let stored = item.stored {
                        try db.execute(
                            sql: insert, arguments: [e.issuer, e.seq, e.storedID, Data(stored), e.conflictingID, now])
                    }
                }
            }
        } catch {
            throw StoreError(.database, "cannot keep equivocation evidence: \(error)")
        }
    }
}

/// Both sides of an equivocation, as bytes to keep.
struct Evidence {
    var equivocation: Equivocation
    var conflicting: [UInt8]
    var stored: [UInt8]?
}

private struct Rollback: Error {}

struct EquivocationFound: Error {
    var equivocation: Equivocation
    /// The canonical bytes of the record already at that seq.
    var storedRaw: [UInt8]?
    var reason: String
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
