import Foundation
import GRDB
import TraceCrypto
import TraceModel

extension TraceStore {
    /// Verifies and appends signed records, atomically and idempotently.
    ///
    /// Parsing, hashing and signature checks run on all cores; the records are then applied in input
    /// order in one transaction. By default any rejection rolls the whole input back (the report
    /// lists every rejection); with `partial` the valid records are kept. A record already in the
    /// store is a no-op. Equivocation evidence is kept even when the input is rolled back.
    ///
    /// Input is first applied optimistically: it is read on all cores while the writer applies
    /// what is read, each record straight into the transaction. At the first refusal that pass is rolled back and
    /// the input applied again record by record, each in a savepoint, to report every refusal and to keep what
    /// `partial` keeps. Into a store file that holds no records the optimistic pass writes through SQLite's rollback
    /// journal rather than the WAL (``FirstLoad``).
    /// - Parameter now: the ingest time in milliseconds since 1970 (from the caller's clock).
    public func ingest(
        _ lines: [IngestLine], source: String, partial: Bool = false, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        try ingest(.lines(lines), source: source, partial: partial, now: now, continuing: head)
    }

    /// Verifies and appends signed records read from `input`, as the method above does with lines in memory; a file
    /// is read as the records are applied, and read again only for the record-by-record pass.
    /// - Throws: ``StoreError/Code/badInput`` when the input cannot be read (nothing is stored).
    /// - Parameter continuing: when the input continues a chain signed from a head read before the ingest, that
    ///   head: checked inside the write transaction before anything is applied (see ``ChainHead``).
    /// - Throws: ``StoreError/Code/chainMoved`` when `continuing` no longer holds (nothing is stored).
    public func ingest(
        _ input: IngestInput, source: String, partial: Bool = false, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        let report: IngestReport
        if let applied = try ingestOptimistically(input, source: source, now: now, continuing: head) {
            report = applied
        } else {
            report = try ingestCarefully(input.lines(), source: source, partial: partial, now: now, continuing: head)
        }
        logger.info(
            "ingest",
            metadata: ["source": "\(source)", "accepted": "\(report.accepted)", "rejected": "\(report.rejected.count)"])
        return report
    }

    /// Applies every record straight into one transaction while the rest of the input is read; `nil`, with
    /// nothing stored, when a record is refused.
    private func ingestOptimistically(
        _ input: IngestInput, source: String, now: Int64, continuing head: ChainHead?
    ) throws(StoreError) -> IngestReport? {
        let reader = try input.reader()
        let firstLoad = FirstLoad.begin(writer, lock: lock)
        defer {
            do { try firstLoad?.end() } catch {
                logger.warning("ingest: \(error); the store stays in rollback-journal mode until it is next opened")
            }
        }
        let pipeline = LinePipeline(
            input: reader, keys: SignatureKeys(lookUp: firstLoad?.keyLookUp ?? concurrentKeyLookUp()),
            heads: StoredHeads(lookUp: firstLoad == nil ? concurrentHeadLookUp() : nil))
        pipeline.start()
        defer { pipeline.cancel() }
        var report = IngestReport(source: source)
        do {
            try writer.write { db in
                try head?.check(db)
                let context = try IngestContext(db: db, now: now, journaling: false)
                try firstLoad?.deferRecordIDIndex(db)
                /// Builds the index a first load deferred, if not built yet, and says so in the log with the number
                /// of records it was built from (those applied since are indexed as they are written).
                func buildDeferredIndexes() throws {
                    guard try firstLoad?.buildDeferredIndexes(db) == true else { return }
                    let records = report.accepted + report.alreadyPresent
                    logger.info("ingest: first load: record-id index built", metadata: ["records": "\(records)"])
                }
                while let chunk = pipeline.next() {
                    for item in chunk.lines {
                        guard try context.applyOptimistically(item, into: &report) else { throw GaveUp() }
                    }
                    pipeline.recycle(chunk)
                    // The record-id index a first load defers is built before the input's end, while the readers
                    // check the last records' signatures: both cores stay busy (see FirstLoad).
                    if firstLoad?.hasDeferredIndexes == true, pipeline.nearlyAllTaken { try buildDeferredIndexes() }
                }
                if let failure = pipeline.inputFailure { throw failure }
                try buildDeferredIndexes()
            }
        } catch is GaveUp {
            return nil
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, Message.Store.rolledBack(ingest: true, source: source, detail: "\(error)"))
        }
        return report
    }

    /// Reads keys from the store while a write transaction is open: possible with a pool of connections (a store
    /// file), not with the single connection of an in-memory store.
    func concurrentKeyLookUp() -> ((Set<String>) -> [String: PublicKey])? {
        guard let pool = writer as? DatabasePool else { return nil }
        return { ids in
            (try? pool.read { db in
                var found: [String: PublicKey] = [:]
                for id in ids {
                    let spki =
                        try Data.fetchOne(db, sql: "SELECT spki FROM keys WHERE id = ?", arguments: [id])
                        ?? Data.fetchOne(db, sql: "SELECT spki FROM anchors WHERE key_id = ?", arguments: [id])
                    if let spki, let key = try? PublicKey(spkiDER: Array(spki)) { found[id] = key }
                }
                return found
            }) ?? [:]
        }
    }

    /// Reads issuers' stored heads the same way; `nil` too when the store holds no records (all are new).
    func concurrentHeadLookUp() -> ((Set<String>) -> [String: Int])? {
        guard let pool = writer as? DatabasePool,
            (try? pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM records)") }) == true
        else { return nil }
        return { issuers in
            (try? pool.read { db in
                var found: [String: Int] = [:]
                for issuer in issuers {
                    let seq = try Int.fetchOne(
                        db, sql: "SELECT max(seq) FROM records WHERE issuer = ?", arguments: [issuer])
                    if let seq { found[issuer] = seq }
                }
                return found
            }) ?? [:]
        }
    }
}

/// The optimistic pass met a record it cannot apply.
private struct GaveUp: Error {}
