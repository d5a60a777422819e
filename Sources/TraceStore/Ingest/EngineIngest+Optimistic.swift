import Foundation
import TraceCrypto
import TraceModel

@_spi(StoreEngine)
extension EngineIngest {
    /// The optimistic pass of ``TraceStore/ingest(_:source:partial:now:continuing:)``, for another engine: the
    /// input is read on all cores (parse, hash, signature checks) while the caller's thread applies each record
    /// straight into the caller's transaction, with no savepoint; `nil` at the first record it cannot apply (an
    /// unreadable or unsigned line, a refusal, an equivocation). The caller then rolls its transaction back and
    /// applies the input record by record (``prepare(_:storedKeys:)``, ``apply(_:source:now:_:)``), which reports
    /// every refusal. Only a chunk of the input is held at a time.
    /// - Parameters:
    ///   - keys: reads public keys the store holds, by id, without the caller's transaction (another connection:
    ///     what is committed); `nil`: the writer checks those signatures itself.
    ///   - heads: reads the stored head `seq` of issuers, by id, likewise; `nil`: every signature is checked.
    ///   - willWrite: given the issuers of each chunk not given before, sorted, before any record of that chunk is
    ///     applied (the engine serializes writers of a chain there).
    /// - Throws: ``StoreError/Code/badInput`` when the input cannot be read; what `statements` or `willWrite`
    ///   throw. A statement's failure may mean a refusal the engine found late (a code used twice, when it defers
    ///   writes): the caller applies the input record by record then too.
    public static func applyOptimistically<SQL: IngestSQL>(
        _ input: IngestInput, source: String, now: Int64, _ statements: SQL,
        keys: ((Set<String>) -> [String: PublicKey])?, heads: ((Set<String>) -> [String: Int])?,
        willWrite: ([String]) throws -> Void
    ) throws -> IngestReport? {
        let pipeline = LinePipeline(
            input: try input.reader(), keys: SignatureKeys(lookUp: keys), heads: StoredHeads(lookUp: heads))
        pipeline.start()
        defer { pipeline.cancel() }
        var report = IngestReport(source: source)
        var announced: Set<String> = []
        var context: IngestContext<SQL>?
        while let chunk = pipeline.next() {
            let issuers = Set(chunk.lines.compactMap { $0.record?.issuer }).subtracting(announced)
            if !issuers.isEmpty {
                try willWrite(issuers.sorted())
                announced.formUnion(issuers)
            }
            // The stamp and the context are read once the first chains are locked, as the careful pass reads them.
            let writing =
                try context ?? IngestContext(statements: statements, now: stamp(now, statements), journaling: false)
            context = writing
            for item in chunk.lines {
                guard try writing.applyOptimistically(item, into: &report) else { return nil }
            }
            pipeline.recycle(chunk)
        }
        if let failure = pipeline.inputFailure { throw failure }
        return report
    }

    /// The ingest stamp: `now`, or the store's last stamp if that is later (a clock set back).
    static func stamp<SQL: IngestSQL>(_ now: Int64, _ statements: SQL) throws -> Int64 {
        let last = try statements.first("SELECT ingested_ms FROM records ORDER BY n DESC LIMIT 1", []) {
            $0.integer(0)
        }
        return max(now, (last ?? now) ?? now)
    }
}
