import Foundation
import GRDB
import TraceCrypto
import TraceModel
import TraceStore

/// What a store holds, read in-process without changing it: how the tests tell "unchanged" and "all or none".
struct StoreProbe: Equatable, CustomStringConvertible {
    /// Number of records.
    var records: Int
    /// SHA-256 of what `foodtrace export records` prints: every stored record's bytes and a newline, in ingest order.
    var exportDigest: String
    /// Rows of evidence of equivocation.
    var equivocations: Int

    init(path: String) throws {
        let store = try TraceStore.open(path: path, readOnly: true, logger: QuietLogger.logger)
        var bytes: [UInt8] = []
        var count = 0
        try store.forEachRecord { record in
            bytes += record.raw
            bytes.append(0x0A)
            count += 1
        }
        records = count
        exportDigest = Hex.encode(Digest.sha256(bytes))
        equivocations = try store.counts()["equivocations"] ?? 0
    }

    var description: String {
        "\(records) records, export sha256 \(exportDigest.prefix(16))…, \(equivocations) equivocation(s)"
    }

    /// SQLite's own consistency check of the file (`PRAGMA integrity_check`): "ok" when the file is sound.
    static func integrity(path: String) throws -> String {
        let queue = try DatabaseQueue(
            path: path,
            configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }())
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
