import Foundation
import TraceCrypto
import TraceModel
@_spi(StoreEngine) import TraceStore

extension PostgresStore {
    /// Verifies and appends signed records, atomically and idempotently, by the SQLite store's rules (see
    /// ``TraceStore/ingest(_:source:partial:now:continuing:)``): any refusal rolls the whole input back unless
    /// `partial`; a record already stored is a no-op; equivocation evidence is kept even when the input is rolled
    /// back. Parsing and signature checks run on all cores before the transaction opens.
    /// - Parameter now: the ingest time in milliseconds since 1970 (from the caller's clock).
    /// - Parameter continuing: when the input continues a chain signed from a head read before the ingest, that
    ///   head: checked once the issuer's chain is locked, before anything is applied (see ``ChainHead``).
    /// - Throws: ``StoreError/Code/chainMoved`` when `continuing` no longer holds (nothing is stored).
    public func ingest(
        _ lines: [IngestLine], source: String, partial: Bool = false, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        guard !readOnly else { throw StoreError(.database, Message.Store.openedReadOnly("\(location)")) }
        return try using("ingest of \(source)") { session in
            let prepared = try EngineIngest.prepare(lines) { ids in try self.storedKeys(ids) }
            let statements = PostgresStatements(session: session)
            var report: IngestReport
            var evidence: [Evidence]
            try session.query("BEGIN")
            do {
                // The chains this input writes to, locked until the end of the transaction (see the type's note).
                for issuer in prepared.issuers {
                    try session.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7305))", [.text(issuer)])
                }
                if let head {
                    try session.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7305))", [.text(head.issuer)])
                    let now = try self.nextSeq(for: head.issuer)
                    guard now.seq == head.nextSeq, now.prev == head.prev else {
                        throw StoreError(
                            .chainMoved,
                            Message.Store.chainMoved(
                                issuer: head.issuer, next: Int(now.seq), expected: Int(head.nextSeq)))
                    }
                }
                (report, evidence) = try EngineIngest.apply(prepared, source: source, now: now, statements)
                if !report.rejected.isEmpty && !partial {
                    try session.query("ROLLBACK")
                    report.committed = false
                    report.accepted = 0
                } else {
                    try session.query("COMMIT")
                }
            } catch {
                _ = try? session.query("ROLLBACK")
                throw error
            }
            if !evidence.isEmpty {
                try session.transaction { try EngineIngest.keep(evidence, now: now, statements) }
            }
            return report
        }
    }

    /// Reads every line of `input` and ingests them as ``ingest(_:source:partial:now:)`` does.
    public func ingest(_ input: IngestInput, source: String, partial: Bool = false, now: Int64) throws(StoreError)
        -> IngestReport
    {
        try ingest(try input.lines(), source: source, partial: partial, now: now)
    }

    /// The seq the issuer's next record takes, and the `prev` it names.
    public func nextSeq(for issuer: String) throws(StoreError) -> (seq: Int, prev: String?) {
        try using("reading the chain of \(issuer)") { session in
            guard
                let row = try session.query(
                    "SELECT seq, id FROM records WHERE issuer = $1 ORDER BY seq DESC LIMIT 1", [.text(issuer)]
                ).first
            else { return (1, nil) }
            let view = PostgresRowView(row)
            return (Int(view.integer(0) ?? 0) + 1, view.text(1))
        }
    }

    /// The public keys (registered or anchors) of the ids asked that the store holds.
    func storedKeys(_ ids: Set<String>) throws -> [String: PublicKey] {
        var found: [String: PublicKey] = [:]
        for row in try session.query(
            """
            SELECT id, spki FROM keys WHERE id = ANY($1::text[])
            UNION ALL SELECT key_id, spki FROM anchors WHERE key_id = ANY($1::text[])
            """, [.text(Self.textArray(ids.sorted()))])
        {
            let view = PostgresRowView(row)
            guard let id = view.text(0), case .blob(let spki) = view.value(1).storage,
                let key = try? PublicKey(spkiDER: spki), found[id] == nil
            else { continue }
            found[id] = key
        }
        return found
    }

    /// A PostgreSQL array literal of texts (`{"a","b"}`), for `= ANY($1::text[])`.
    static func textArray(_ values: [String]) -> String {
        "{"
            + values.map {
                "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }
            .joined(separator: ",") + "}"
    }
}
