import Foundation
import TraceCrypto
import TraceModel

/// What `foodtrace store copy` did: the records copied, and the check that both stores now hold the same.
public struct StoreCopyReport: Sendable {
    public var records = 0
    /// Records of the source the target refused (none, for a source that verifies).
    public var rejected: [IngestRejection] = []
    /// Equivocation evidence in the source: not records of any chain, so not copied.
    public var equivocationsNotCopied = 0
    /// Differences found by the check after the copy (empty: the target holds the same records, byte for byte, in
    /// the same order, and the same graph).
    public var differences: [String] = []
    public var verified: Bool { differences.isEmpty && rejected.isEmpty }
}

/// Copies a store's records into a new store of either engine, by ingest, and checks the result.
///
/// The target is a new, empty store with the source's trust anchors; the source's records are ingested into it in
/// ingest order, in chunks, each through the target's own rules (a record the source accepted and the target
/// refuses is reported, and the copy is not verified). Then both stores are read again side by side: the same
/// records, byte for byte, in the same order, and the same counts of records, parties and nodes. Records are
/// stamped with the time of the copy (`export records --since` on the copy counts from then).
public enum StoreCopy {
    public static func copy(
        from source: any RecordLedger, to target: any RecordLedger, now: Int64, chunk: Int = 20_000,
        progress: ProgressCounter? = nil
    ) throws(StoreError) -> StoreCopyReport {
        var report = StoreCopyReport()
        var lines: [IngestLine] = []
        var position = 0
        func flush() throws(StoreError) {
            guard !lines.isEmpty else { return }
            let ingested = try target.ingest(
                .lines(lines), source: source.name, partial: false, now: now)
            report.records += ingested.accepted + ingested.alreadyPresent
            report.rejected += ingested.rejected
            progress?.add(lines.count)
            lines.removeAll(keepingCapacity: true)
        }
        // After a refusal the rest is read but not ingested (it would continue chains the target lacks).
        try source.forEachRecord(issuers: nil, since: nil) { record in
            guard report.rejected.isEmpty else { return }
            position += 1
            lines.append(IngestLine(number: position, bytes: record.raw))
            if lines.count >= chunk { try flush() }
        }
        if report.rejected.isEmpty { try flush() }
        let sourceCounts = try source.counts()
        report.equivocationsNotCopied = sourceCounts["equivocations"] ?? 0
        guard report.rejected.isEmpty else { return report }
        report.differences = try compare(source, target, sourceCounts: sourceCounts)
        return report
    }

    /// Where `target` differs from `source`: its records (their number, and a digest chained over every record's
    /// bytes in ingest order), then its counts.
    static func compare(_ source: any RecordLedger, _ target: any RecordLedger, sourceCounts: [String: Int])
        throws(StoreError) -> [String]
    {
        var differences: [String] = []
        let (sourceRecords, sourceDigest) = try digest(source)
        let (targetRecords, targetDigest) = try digest(target)
        if sourceRecords != targetRecords {
            differences.append("\(source.name) holds \(sourceRecords) records, \(target.name) \(targetRecords)")
        } else if sourceDigest != targetDigest {
            differences.append("the records of \(source.name) and \(target.name) differ in their bytes or order")
        }
        var targetCounts = try target.counts()
        targetCounts["equivocations"] = sourceCounts["equivocations"]
        for key in Set(sourceCounts.keys).union(targetCounts.keys).sorted()
        where sourceCounts[key, default: 0] != targetCounts[key, default: 0] {
            differences.append(
                "\(key): \(sourceCounts[key, default: 0]) in \(source.name), \(targetCounts[key, default: 0]) in \(target.name)"
            )
        }
        return differences
    }

    /// The number of records and a SHA-256 chained over them in ingest order (each step: the digest so far, then
    /// the record's bytes as `export records` writes them).
    static func digest(_ ledger: any RecordLedger) throws(StoreError) -> (Int, [UInt8]) {
        var count = 0
        var chain = [UInt8](repeating: 0, count: 32)
        try ledger.forEachRecord(issuers: nil, since: nil) { record in
            count += 1
            chain = Digest.sha256(chain + record.raw + [0x0A])
        }
        return (count, chain)
    }

}
