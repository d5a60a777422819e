import GRDB
import TraceGraph
import TraceModel

/// What the commands that read the traceability graph (`trace up|down`, `balance`, `show`) ask of a store, on
/// either engine: the SQLite store (``TraceStore``) and the PostgreSQL store serve it.
public protocol GraphStore: AnyObject {
    /// The store, as `--store` names it (a file, or a `postgres://` URL without its password).
    var name: String { get }
    /// Runs `body` with a graph reader over one consistent snapshot of the store.
    func withGraphReader<T>(_ body: (any GraphReader) throws -> T) throws(StoreError) -> T
    /// The record with this id (or unique id prefix of at least 8 hex digits).
    func record(id: String) throws(StoreError) -> StoredRecord?
    /// The id of the record that created a batch, slip or meal.
    func recordID(forCode code: String) throws(StoreError) -> String?
    /// Up to `limit` trace codes of the store starting with `prefix`, in code order.
    func traceCodes(withPrefix prefix: String, limit: Int) throws(StoreError) -> [String]
    /// Codes of every batch, optionally of one holder, in code order.
    func batchCodes(holder: String?) throws(StoreError) -> [String]
    /// Every party the store knows (anchors included), with licences and key counts, in id order.
    func directory() throws(StoreError) -> [DirectoryEntry]
    /// The parties that signed two different records with one sequence number.
    func equivocatingIssuers() throws(StoreError) -> Set<String>
    /// Every voided slip with its void.
    func voids() throws -> [String: SlipVoid]
    /// Every record of `kind`, in ingest order.
    func records(kind: RecordKind) throws(StoreError) -> [StoredRecord]
    /// The logged time of each of `recordIDs` that a signed head includes; empty when the store keeps no log.
    func loggedTimes(of recordIDs: [String]) throws(StoreError) -> [String: LoggedTime]
    /// Records of `recordIDs` (all when `nil`) logged after their key's revocation; empty without a log.
    func loggedAfterRevocation(of recordIDs: [String]?) throws(StoreError) -> [LoggedAfterRevocation]
    /// When a record was first logged (milliseconds since 1970); `nil` without a log.
    func loggedTime(of recordID: String) throws(StoreError) -> Int64?
}

extension GraphStore {
    /// Codes of every batch held by any of `holders`, in code order.
    public func batchCodes(holders: [String]) throws(StoreError) -> [String] {
        var codes: [String] = []
        for holder in holders { codes += try batchCodes(holder: holder) }
        return codes.sorted()
    }
}

extension TraceStore: GraphStore {
    public var name: String { path ?? ":memory:" }

    public func withGraphReader<T>(_ body: (any GraphReader) throws -> T) throws(StoreError) -> T {
        try withGraph { try body($0) }
    }

    public func records(kind: RecordKind) throws(StoreError) -> [StoredRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM records WHERE kind = ? ORDER BY rowid", arguments: [kind.rawValue])
                .map { try Self.storedRecord($0) }
        }
    }
}
