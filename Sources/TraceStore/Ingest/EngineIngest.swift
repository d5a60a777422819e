import Foundation
import TraceCrypto
import TraceModel

/// Ingest's rules for another engine's store (the PostgreSQL store): the same parsing, signature checks and
/// record-by-record pass as the SQLite store's, run in the engine's own write transaction through its
/// ``IngestSQL``. The engine owns the transaction: it begins it, serializes writers as its rules need, and commits
/// or rolls back from the report (all or nothing unless `partial`).
@_spi(StoreEngine)
public enum EngineIngest {
    /// An input parsed and hashed, its signatures checked, on all cores.
    public struct Prepared: Sendable {
        let parsed: [ParsedLine]
        /// Every issuer of a readable record of the input, sorted: the chains the input writes to.
        public let issuers: [String]
    }

    /// Parses and hashes `lines`, then checks each signature whose key is registered earlier in the input or
    /// given by `storedKeys` (the store's keys and anchors for the ids asked); the rest are checked when applied.
    public static func prepare(
        _ lines: [IngestLine], storedKeys: (Set<String>) throws -> [String: PublicKey]
    ) rethrows -> Prepared {
        var parsed = LineParsing.parse(lines)
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
        if !needed.isEmpty { keys.merge(try storedKeys(needed)) { first, _ in first } }
        LineParsing.verify(&parsed, keys: keys)
        let issuers = Set(parsed.compactMap { $0.record?.issuer }).sorted()
        return Prepared(parsed: parsed, issuers: issuers)
    }

    /// Applies the prepared input record by record in the caller's transaction, through `statements`; returns the
    /// report (its refusals, equivocations and counts; `committed` is the caller's to set) and the equivocation
    /// evidence to keep once the transaction has ended (``keep(_:now:_:)``).
    /// - Parameter now: the ingest time in milliseconds since 1970; records are stamped with it, or with the store's
    ///   last stamp if that is later (a clock set back).
    public static func apply<SQL: IngestSQL>(
        _ input: Prepared, source: String, now: Int64, _ statements: SQL
    ) throws -> (report: IngestReport, evidence: [Evidence]) {
        let context = try IngestContext(statements: statements, now: stamp(now, statements))
        var report = IngestReport(source: source)
        var evidence: [Evidence] = []
        try CarefulPass.apply(input.parsed, context: context, report: &report, evidence: &evidence)
        return (report, evidence)
    }

    /// Keeps both records of each equivocation found, in the caller's (new) transaction.
    public static func keep<SQL: IngestSQL>(_ evidence: [Evidence], now: Int64, _ statements: SQL) throws {
        try Evidence.keep(evidence, now: now, statements)
    }
}
