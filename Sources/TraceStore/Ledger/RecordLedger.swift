import Foundation
import TraceModel

/// The ledger side of a store, which every engine serves the same way: its trust anchors, its records in ingest
/// order, ingest by the store's rules, verify, and its counts. The SQLite store serves it through ``TraceStore/ledger``;
/// the PostgreSQL store (`TraceStorePostgres`) directly. `foodtrace ingest`, `export records`, `verify` and
/// `store copy` are written against it alone.
public protocol RecordLedger: AnyObject {
    /// The store, as `--store` names it (a file, or a `postgres://` URL without its password).
    var name: String { get }
    /// The trust anchors configured in the store.
    func anchors() throws(StoreError) -> [TrustAnchor]
    /// The number of records, parties, equivocations and graph nodes of each type.
    func counts() throws(StoreError) -> [String: Int]
    /// Streams records in ingest order, optionally only `issuers`' or those ingested at or after `since`.
    func forEachRecord(issuers: [String]?, since: Int64?, _ body: (StoredRecord) throws -> Void) throws(StoreError)
    /// Verifies and appends signed records, atomically (unless `partial`) and idempotently.
    func ingest(_ input: IngestInput, source: String, partial: Bool, now: Int64) throws(StoreError) -> IngestReport
    /// Re-checks every record's bytes, id, signature and chain.
    func verify(progress: ProgressCounter?) throws(StoreError) -> VerifyReport
}

extension TraceStore {
    /// The store as a ``RecordLedger``.
    public var ledger: any RecordLedger { SQLiteLedger(store: self) }
}

/// The SQLite store as a ``RecordLedger``: each requirement is the store's own method.
final class SQLiteLedger: RecordLedger {
    let store: TraceStore

    init(store: TraceStore) { self.store = store }

    var name: String { store.name }

    func anchors() throws(StoreError) -> [TrustAnchor] { try store.anchors() }

    func counts() throws(StoreError) -> [String: Int] { try store.counts() }

    func forEachRecord(issuers: [String]?, since: Int64?, _ body: (StoredRecord) throws -> Void) throws(StoreError) {
        try store.forEachRecord(issuers: issuers, since: since, body)
    }

    func ingest(_ input: IngestInput, source: String, partial: Bool, now: Int64) throws(StoreError) -> IngestReport {
        try store.ingest(input, source: source, partial: partial, now: now)
    }

    func verify(progress: ProgressCounter?) throws(StoreError) -> VerifyReport { try store.verify(progress: progress) }
}
