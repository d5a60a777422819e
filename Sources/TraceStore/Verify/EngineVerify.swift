import Foundation
import TraceCrypto
import TraceModel

/// `foodtrace verify`'s record checks for another engine's store (the PostgreSQL store): each record's bytes, id
/// and signature against the key that signed it, the key's binding and revocation, and each issuer's chain in
/// ingest order; the same checks, in the same words, as the SQLite store's ``TraceStore/verify(progress:)``.
@_spi(StoreEngine)
public enum EngineVerify {
    /// A key as the store holds it: an anchor's, or one a `register` record bound (with its revocation).
    public struct Key: Sendable {
        public var id: String
        public var party: String
        public var spki: [UInt8]
        public var revokedMilliseconds: Int64?
        public var revokedAfterSeq: Int?

        public init(id: String, party: String, spki: [UInt8], revokedMilliseconds: Int64?, revokedAfterSeq: Int?) {
            self.id = id
            self.party = party
            self.spki = spki
            self.revokedMilliseconds = revokedMilliseconds
            self.revokedAfterSeq = revokedAfterSeq
        }
    }

    /// Checks the records `forEachRecord` streams in ingest order, signatures in parallel batches.
    public static func verify(
        keys: [Key], progress: ProgressCounter? = nil,
        forEachRecord: ((StoredRecord) throws -> Void) throws -> Void
    ) throws -> VerifyReport {
        var entries: [String: TraceStore.KeyEntry] = [:]
        for key in keys {
            guard let publicKey = try? PublicKey(spkiDER: key.spki) else { continue }
            entries[key.id] = TraceStore.KeyEntry(
                party: key.party, key: publicKey, revokedMilliseconds: key.revokedMilliseconds,
                revokedAfterSeq: key.revokedAfterSeq)
        }
        let keyTable = entries
        // A sealed batch's head is checked once, not once per record.
        let seals = SealCache()
        var report = VerifyReport()
        var batch: [StoredRecord] = []
        var chains: [String: Int] = [:]
        func flush() {
            let records = batch
            let found = Parallel.map(records.count) { index in
                TraceStore.check(records[index], keys: keyTable, seals: seals).findings
            }
            report.findings += found.flatMap { $0 }
            progress?.add(batch.count)
            batch.removeAll(keepingCapacity: true)
        }
        try forEachRecord { record in
            report.records += 1
            let previous = chains[record.issuer] ?? 0
            if record.seq != previous + 1 {
                report.findings.append(
                    VerifyFinding(
                        check: "chain", record: record.id,
                        .Verify.chainOrder(issuer: record.issuer, seq: record.seq, previous: previous)))
            }
            chains[record.issuer] = record.seq
            batch.append(record)
            if batch.count >= 4096 { flush() }
        }
        flush()
        return report
    }

    /// The finding for one record of kept equivocation evidence.
    public static func equivocation(issuer: String, seq: Int, id: String, conflictsWith: String) -> VerifyFinding {
        VerifyFinding(
            check: "equivocation", record: id,
            .Verify.equivocation(issuer: issuer, seq: seq, id: id, other: conflictsWith))
    }
}
