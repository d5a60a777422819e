import Foundation
import TraceCrypto
import TraceModel
@_spi(StoreEngine) import TraceStore

extension PostgresStore {
    /// Verifies and appends signed records, atomically and idempotently, by the SQLite store's rules (see
    /// ``TraceStore/ingest(_:source:partial:now:continuing:)``): any refusal rolls the whole input back unless
    /// `partial`; a record already stored is a no-op; equivocation evidence is kept even when the input is rolled
    /// back.
    /// - Parameter now: the ingest time in milliseconds since 1970 (from the caller's clock).
    /// - Parameter continuing: when the input continues a chain signed from a head read before the ingest, that
    ///   head: checked once the issuer's chain is locked, before anything is applied (see ``ChainHead``).
    /// - Throws: ``StoreError/Code/chainMoved`` when `continuing` no longer holds (nothing is stored).
    public func ingest(
        _ lines: [IngestLine], source: String, partial: Bool = false, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        try ingest(.lines(lines), source: source, partial: partial, now: now, continuing: head)
    }

    /// Verifies and appends the signed records of `input`, as the method above does with lines in memory.
    ///
    /// As the SQLite store does, the input is first applied optimistically: read on all cores (parse, hash,
    /// signatures) while the records are applied, with no savepoint, their rows written in multi-row statements
    /// (``PostgresStatements``), a chunk of the input held at a time. At the first refusal — or the first statement
    /// that fails, which may be a refusal met late — that transaction is rolled back and the input applied again
    /// record by record, each in a savepoint, to report every refusal and to keep what `partial` keeps.
    ///
    /// The optimistic pass locks each issuer's chain when it first meets the issuer (the issuers of each chunk in
    /// sorted order), not all at once: two ingests meeting shared issuers in opposite orders can deadlock; PostgreSQL
    /// then stops one, which falls back to the record-by-record pass, whose locks are taken in sorted order before
    /// anything is read.
    ///
    /// Figures: ``PostgresDeferredWrites``.
    /// - Throws: ``StoreError/Code/badInput`` when the input cannot be read (nothing is stored).
    public func ingest(
        _ input: IngestInput, source: String, partial: Bool = false, now: Int64, continuing head: ChainHead?
    ) throws(StoreError) -> IngestReport {
        guard !readOnly else { throw StoreError(.database, Message.Store.openedReadOnly("\(location)")) }
        if let report = try ingestOptimistically(input, source: source, now: now, continuing: head) {
            return report
        }
        return try ingestCarefully(try input.lines(), source: source, partial: partial, now: now, continuing: head)
    }

    /// Reads every line of `input` and ingests them as ``ingest(_:source:partial:now:continuing:)`` does.
    public func ingest(_ input: IngestInput, source: String, partial: Bool = false, now: Int64) throws(StoreError)
        -> IngestReport
    {
        try ingest(input, source: source, partial: partial, now: now, continuing: nil)
    }

    /// The optimistic pass (see above); `nil`, with nothing stored, when the input must be applied record by record.
    private func ingestOptimistically(
        _ input: IngestInput, source: String, now: Int64, continuing head: ChainHead?
    ) throws(StoreError) -> IngestReport? {
        // Keys and chain heads for the readers, read on a connection of their own (what is committed), as the
        // SQLite store reads them from its pool.
        let lookups = try? PostgresSession.connect(location, logger: TraceStore.silentLogger)
        return try using("ingest of \(source)") { session in
            let statements = PostgresStatements(session: session, deferring: true)
            var locked: Set<String> = []
            try session.query("BEGIN")
            do {
                if let head {
                    try lockChains(of: [head.issuer], session)
                    locked.insert(head.issuer)
                    try check(head)
                }
                let report = try EngineIngest.applyOptimistically(
                    input, source: source, now: now, statements,
                    keys: lookups.map { lookups in { ids in (try? Self.storedKeys(ids, lookups)) ?? [:] } },
                    heads: lookups.map { lookups in { issuers in (try? Self.storedHeads(issuers, lookups)) ?? [:] } },
                    willWrite: { issuers in
                        try self.lockChains(of: issuers.filter { !locked.contains($0) }, session)
                        locked.formUnion(issuers)
                    })
                guard let report else {
                    _ = try? session.query("ROLLBACK")
                    return nil
                }
                try statements.flush()
                try session.query("COMMIT")
                return report
            } catch let error as StoreError {
                _ = try? session.query("ROLLBACK")
                throw error
            } catch {
                // A statement failed: perhaps a refusal met late (a code used twice), perhaps a deadlock between
                // chains' locks. The record-by-record pass says which, or fails the same way.
                _ = try? session.query("ROLLBACK")
                return nil
            }
        }
    }

    /// The record-by-record pass, the whole input in memory: parsing and signature checks run on all cores before
    /// the transaction opens; every issuer's chain is locked, in sorted order, before anything is read.
    private func ingestCarefully(
        _ lines: [IngestLine], source: String, partial: Bool, now: Int64, continuing head: ChainHead?
    ) throws(StoreError) -> IngestReport {
        try using("ingest of \(source)") { session in
            let prepared = try EngineIngest.prepare(lines) { ids in try Self.storedKeys(ids, session) }
            let statements = PostgresStatements(session: session)
            var report: IngestReport
            var evidence: [Evidence]
            try session.query("BEGIN")
            do {
                // The chains this input writes to, locked until the end of the transaction (see the type's note).
                try lockChains(of: prepared.issuers, session)
                if let head {
                    try lockChains(of: [head.issuer], session)
                    try check(head)
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

    /// Takes the transaction-scoped advisory lock of each issuer's chain, in the order given.
    private func lockChains(of issuers: [String], _ session: PostgresSession) throws {
        for issuer in issuers {
            try session.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7305))", [.text(issuer)])
        }
    }

    /// Throws ``StoreError/Code/chainMoved`` unless the issuer's chain still ends where `head` says.
    private func check(_ head: ChainHead) throws {
        let now = try nextSeq(for: head.issuer)
        guard now.seq == head.nextSeq, now.prev == head.prev else {
            throw StoreError(
                .chainMoved,
                Message.Store.chainMoved(issuer: head.issuer, next: Int(now.seq), expected: Int(head.nextSeq)))
        }
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
    static func storedKeys(_ ids: Set<String>, _ session: PostgresSession) throws -> [String: PublicKey] {
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

    /// The last `seq` of each issuer asked that has records in the store.
    static func storedHeads(_ issuers: Set<String>, _ session: PostgresSession) throws -> [String: Int] {
        var found: [String: Int] = [:]
        for row in try session.query(
            "SELECT issuer, max(seq) FROM records WHERE issuer = ANY($1::text[]) GROUP BY issuer",
            [.text(Self.textArray(issuers.sorted()))])
        {
            let view = PostgresRowView(row)
            if let issuer = view.text(0), let seq = view.integer(1) { found[issuer] = Int(seq) }
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
