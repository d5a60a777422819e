import Foundation
import GRDB
import TraceCrypto
import TraceModel

/// One problem `foodtrace verify` found.
public struct VerifyFinding: Sendable, Codable, Hashable, CustomStringConvertible {
    /// signature, id, chain, key, time, derived, reference, certificate, equivocation or log.
    public var check: String
    public var record: String?
    /// What is wrong, in Chinese and English (from the message catalogue, `Message.Verify`).
    public var text: Message
    /// What is wrong, in English: the JSON report's `message`.
    public var message: String { text.en }

    public init(check: String, record: String?, _ text: Message) {
        self.check = check
        self.record = record
        self.text = text
    }

    /// The finding as `verify` prints it, in each language: the check, the record, what is wrong.
    public var line: Message { .Verify.finding(check: check, record: record, text) }

    /// The finding in English.
    public var description: String { line.en }

    enum CodingKeys: String, CodingKey {
        case check, record, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        check = try container.decode(String.self, forKey: .check)
        record = try container.decodeIfPresent(String.self, forKey: .record)
        text = .verbatim(try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(check, forKey: .check)
        try container.encodeIfPresent(record, forKey: .record)
        try container.encode(message, forKey: .message)
    }
}

/// What `foodtrace verify` checked and found.
public struct VerifyReport: Sendable, Codable {
    public var format = "foodtrace-verify"
    public var v = 1
    public var records = 0
    public var findings: [VerifyFinding] = []
    /// In a store that keeps a transparency log: how many records are logged, and those whose `at` is far from their
    /// logged time (shown, not a finding: an edge offline for days pushes late). `nil` without a log.
    public var log: VerifyLogSummary?
    public var ok: Bool { findings.isEmpty }
}

/// The log's view of the records' times, in `verify`'s report.
public struct VerifyLogSummary: Sendable, Codable {
    /// Records whose `at` is this many hours or more from their logged time are listed.
    public var thresholdHours = LoggedTime.flagHours
    /// Records dated that far from their logged time, and the first of them in log order.
    public var farFromLoggedTime = 0
    public var first: [LoggedTime] = []
}

extension TraceStore {
    /// Re-checks every record's bytes, id and signature (on all cores), every issuer's chain, every key
    /// binding and revocation, every graph reference, certificates quoted after their revocation,
    /// and lists equivocation evidence. The rows ingest derives from the records — parties, keys, licences and
    /// revocations (``checkDerivedRows()``), the graph's nodes and edges (``storedGraph()``) — are derived again from
    /// the records and compared: a row no record supports, or one a record makes that the store lacks, is reported.
    ///
    /// In a store file the checks over the whole store (SQL queries, one core each) run on a connection of their
    /// own while the signatures are checked, and the records are read while those read before are checked.
    /// - Parameter progress: told the number of records and, as they are checked, how many are.
    public func verify(progress: ProgressCounter? = nil) throws(StoreError) -> VerifyReport {
        var report = VerifyReport()
        if let progress { progress.setTotal(try counts()["records"]) }
        let (keys, unreadableKeys) = try loadKeys()
        report.findings += unreadableKeys
        // A sealed batch's head is checked once, not once per record.
        let seals = SealCache()
        let concurrent = writer is DatabasePool
        let storeWide = BackgroundWork<[VerifyFinding], StoreError> { () throws(StoreError) -> [VerifyFinding] in
            try self.checkPrevLinks() + self.checkTimes() + self.checkDerivedRows() + self.checkReferences()
                + self.equivocationFindings() + self.checkLoggedAfterRevocation()
        }
        let graph = BackgroundWork<(digest: GraphDigest, findings: [VerifyFinding]), StoreError> {
            () throws(StoreError) -> (digest: GraphDigest, findings: [VerifyFinding]) in try self.storedGraph()
        }
        if concurrent {
            storeWide.start()
            graph.start()
        }
        // The graph rows the records make, added up as their signatures are checked.
        var derivedGraph = GraphDigest()
        var batch: [StoredRecord] = []
        // Chain findings of the records in `batch`, reported before their signature findings.
        var chainFindings: [VerifyFinding] = []
        var checking: (chain: [VerifyFinding], signatures: BackgroundWork<[RecordCheck], Never>)?
        var chains: [String: (seq: Int, id: String)] = [:]
        func collect() {
            guard let pending = checking else { return }
            checking = nil
            let checked = pending.signatures.result()
            report.findings += pending.chain + checked.flatMap(\.findings)
            for record in checked { derivedGraph.add(record.graph) }
        }
        func flush() {
            collect()
            progress?.add(batch.count)
            let records = batch
            let signatures = BackgroundWork<[RecordCheck], Never> {
                Parallel.map(records.count) { index in Self.check(records[index], keys: keys, seals: seals) }
            }
            if concurrent { signatures.start() }
            checking = (chainFindings, signatures)
            batch.removeAll(keepingCapacity: true)
            chainFindings.removeAll()
        }
        try forEachRecord { record in
            report.records += 1
            let previous = chains[record.issuer]
            if record.seq != (previous?.seq ?? 0) + 1 {
                chainFindings.append(
                    VerifyFinding(
                        check: "chain", record: record.id,
                        .Verify.chainOrder(issuer: record.issuer, seq: record.seq, previous: previous?.seq ?? 0)))
            }
            chains[record.issuer] = (record.seq, record.id)
            batch.append(record)
            if batch.count >= 4096 { flush() }
        }
        flush()
        collect()
        report.findings += try storeWide.result()
        let stored = try graph.result()
        report.findings += stored.findings
        if stored.digest != derivedGraph { report.findings += try graphDifferences() }
        if let far = try recordsFarFromLoggedTime() {
            report.log = VerifyLogSummary(farFromLoggedTime: far.count, first: far.first)
        }
        return report
    }

    struct KeyEntry: Sendable {
        var party: String
        /// `nil` when the stored key does not parse (reported once by ``loadKeys()``).
        var key: PublicKey?
        var revokedMilliseconds: Int64?
        var revokedAfterSeq: Int?
    }

    /// Every anchored and registered key by id, and a `key` finding for each whose stored public key does not parse
    /// (the records it signed are then reported as not checkable, never as signed by a missing key).
    private func loadKeys() throws(StoreError) -> (keys: [String: KeyEntry], findings: [VerifyFinding]) {
        try read { db in
            var keys: [String: KeyEntry] = [:]
            var findings: [VerifyFinding] = []
            for row in try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT key_id, party, spki, NULL, NULL FROM anchors
                    UNION ALL SELECT id, party, spki, revoked_ms, revoked_after_seq FROM keys
                    """
            ) {
                let id: String = row[0]
                let party: String = row[1]
                var key: PublicKey?
                do { key = try PublicKey(spkiDER: Array(row[2] as Data)) } catch {
                    findings.append(
                        VerifyFinding(
                            check: "key", record: nil, .Verify.keyUnparsable(key: id, party: party, .of(error))))
                }
                keys[id] = KeyEntry(party: party, key: key, revokedMilliseconds: row[3], revokedAfterSeq: row[4])
            }
            return (keys, findings)
        }
    }

    /// What checking one record found, and the graph rows it makes.
    struct RecordCheck: Sendable {
        var findings: [VerifyFinding]
        var graph = GraphDigest()
    }

    static func check(_ stored: StoredRecord, keys: [String: KeyEntry], seals: SealCache) -> RecordCheck {
        let record: TraceModel.Record
        do {
            record = try TraceModel.Record.parse(stored.raw)
        } catch {
            return RecordCheck(
                findings: [
                    VerifyFinding(check: "id", record: stored.id, .Verify.bytesUnparsable(.of(error)))
                ])
        }
        var graph = GraphDigest()
        var bodyFindings: [VerifyFinding] = []
        if GraphRow.kinds.contains(record.kind) {
            do {
                let body = try record.decodedBody()
                for row in GraphRow.rows(of: record, id: stored.id, body: body) { graph.add(row) }
            } catch {
                bodyFindings.append(
                    VerifyFinding(check: "id", record: stored.id, .Verify.bodyUndecodable(.of(error))))
            }
        }
        return RecordCheck(findings: findings(stored, record, keys: keys, seals: seals) + bodyFindings, graph: graph)
    }

    private static func findings(
        _ stored: StoredRecord, _ record: TraceModel.Record, keys: [String: KeyEntry], seals: SealCache
    ) -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        if record.id != stored.id {
            findings.append(VerifyFinding(check: "id", record: stored.id, .Verify.hashesTo(record.id)))
        }
        if record.canonicalBytes != stored.raw {
            findings.append(
                VerifyFinding(check: "id", record: stored.id, .Verify.notCanonical))
        }
        guard let sig = record.sig, let entry = keys[sig.key] else {
            return findings + [
                VerifyFinding(check: "key", record: stored.id, .Verify.keyNotInStore(record.sig?.key))
            ]
        }
        if entry.key == nil {
            findings.append(
                VerifyFinding(check: "signature", record: stored.id, .Verify.signatureUncheckable(key: sig.key)))
        }
        if entry.party != record.issuer {
            findings.append(
                VerifyFinding(
                    check: "key", record: stored.id,
                    .Verify.keyOfAnother(key: sig.key, owner: entry.party, issuer: record.issuer)))
        }
        if let key = entry.key, !record.verifySignature(with: key, seals: seals) {
            findings.append(
                VerifyFinding(
                    check: "signature", record: stored.id,
                    record.sealProblem?.text ?? .Verify.signatureFails(key: sig.key, issuer: record.issuer)))
        }
        if let revoked = entry.revokedMilliseconds, record.at.epochMilliseconds >= revoked {
            findings.append(
                VerifyFinding(
                    check: "key", record: stored.id,
                    .Verify.revokedFrom(
                        key: sig.key, from: "\(Timestamp(epochMilliseconds: revoked))", at: "\(record.at)")))
        }
        if let last = entry.revokedAfterSeq, record.seq > last {
            findings.append(
                VerifyFinding(
                    check: "key", record: stored.id,
                    .Verify.revokedAfterSeq(key: sig.key, issuer: record.issuer, last: last, seq: record.seq)))
        }
        return findings
    }

    private func checkPrevLinks() throws(StoreError) -> [VerifyFinding] {
        try scan { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.issuer, r.seq FROM records r
                    LEFT JOIN records p ON p.issuer = r.issuer AND p.seq = r.seq - 1
                    WHERE r.seq > 1 AND (p.id IS NULL OR json_extract(CAST(r.raw AS TEXT), '$.prev') IS NOT p.id)
                    """
            ).map { row in
                VerifyFinding(
                    check: "chain", record: row[0],
                    .Verify.prevMismatch(issuer: row[1], seq: (row[2] as Int) - 1))
            }
        }
    }

    private func checkReferences() throws(StoreError) -> [VerifyFinding] {
        try scan { db in
            var findings: [VerifyFinding] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT e.record, e.parent, e.child FROM edges e
                    WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.code = e.parent)
                       OR NOT EXISTS (SELECT 1 FROM nodes n WHERE n.code = e.child)
                       OR NOT EXISTS (SELECT 1 FROM records r WHERE r.id = e.record)
                    """)
            {
                findings.append(
                    VerifyFinding(
                        check: "reference", record: row[0],
                        .Verify.edgeDangling(parent: row[1], child: row[2])))
            }
            findings += try Self.disposalReferences(db)
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT r.record, r.type, r.number, d.revoked_ms FROM document_refs r
                    JOIN records x ON x.id = r.record
                    JOIN documents d ON d.type = r.type AND d.number = r.number
                    WHERE d.revoked_ms IS NOT NULL AND x.at_ms >= d.revoked_ms
                    """)
            {
                findings.append(
                    VerifyFinding(
                        check: "certificate", record: row[0],
                        .Verify.quotesRevoked(
                            type: row[1], number: row[2], from: "\(Timestamp(epochMilliseconds: row[3]))")))
            }
            return findings
        }
    }

    /// Disposals answering a recall notice that is not in the store, or that covers neither their batch nor a
    /// batch it was made from.
    private static func disposalReferences(_ db: Database) throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, json_extract(CAST(raw AS TEXT), '$.body.recall'), json_extract(CAST(raw AS TEXT), '$.body.batch')
                FROM records WHERE kind = 'dispose' AND json_extract(CAST(raw AS TEXT), '$.body.recall') IS NOT NULL
                """)
        {
            let (record, notice, batch): (String, String, String) = (row[0], row[1], row[2])
            let recalled = try String.fetchAll(
                db, sql: "SELECT batch FROM recalls WHERE notice = ?", arguments: [notice])
            if recalled.isEmpty {
                findings.append(
                    VerifyFinding(
                        check: "reference", record: record,
                        .Verify.disposalWithoutNotice(batch: batch, notice: notice)))
                continue
            }
            let covered =
                try Bool.fetchOne(
                    db,
                    sql: """
                        WITH RECURSIVE up(code) AS (SELECT ? UNION SELECT e.parent FROM edges e JOIN up ON e.child = up.code)
                        SELECT EXISTS (SELECT 1 FROM up JOIN recalls r ON r.batch = up.code WHERE r.notice = ?)
                        """, arguments: [batch, notice]) ?? false
            if !covered {
                findings.append(
                    VerifyFinding(
                        check: "reference", record: record,
                        .Verify.disposalNotCovered(batch: batch, notice: notice, covers: recalled)))
            }
        }
        return findings
    }

    private func equivocationFindings() throws(StoreError) -> [VerifyFinding] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT issuer, seq, id, conflicts_with FROM equivocations ORDER BY issuer, seq")
                .map { row in
                    EngineVerify.equivocation(issuer: row[0], seq: row[1], id: row[2], conflictsWith: row[3])
                }
        }
    }
}
