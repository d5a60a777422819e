import Foundation
import GRDB
import TraceCrypto

/// The first ingest into a store file that holds no records, written through SQLite's rollback journal rather than
/// the WAL.
///
/// A store runs in WAL mode so that readers never wait for the writer. A first load (a node's history, a whole
/// export) has nothing for readers to see, and pays for the WAL twice: every page it writes goes to the WAL and is
/// copied into the database at the checkpoint that ends it (for the city export, 1.2 GB written twice and ≈ 2.5 s
/// on one core after the last record), and every page the writer reads is first looked up in the WAL's index.
/// Through a rollback journal the pages go straight into the file, and the journal holds only the few pages the
/// store had before (pages past the file's old end are not journaled). Measured on the city export
/// (854,633 records): ≈ 3 s less of ≈ 59.
///
/// The switch needs the file to itself: SQLite refuses it at once when another connection has the store open, and
/// the ingest then goes through the WAL as any other. While the load runs, it holds the store's `flock`
/// exclusively (``StoreLock``): other processes opening the store wait for it (up to ``StoreWait``, then refuse)
/// instead of reading it empty or failing with "database is locked". Killed in the middle, the load leaves a hot journal, which
/// SQLite rolls back when the store is next opened: the store as it was. ``end()`` returns the store to WAL mode.
///
/// No index of record ids is kept up while the load runs (``deferRecordIDIndex(_:)``): an id is a hash, so each
/// record's entry would go to a random place in a large index — ≈ 4 µs of the writer's ≈ 15 per record on the city
/// export. The index is built from the records loaded so far once the input is nearly all read (≈ 1 s for the city
/// export, while the readers check the last signatures), in the load's transaction: a load that fails or is killed
/// leaves the store with its index, as it was.
///
/// Readers of the store are not used meanwhile (a reader would wait for the writer's lock): the keys the parallel
/// phase checks signatures with come from memory, read when the load begins (a store without records has no keys
/// but its trust anchors'); and there are no stored heads.
final class FirstLoad {
    private let pool: DatabasePool
    /// The store's `flock`, held exclusively while the load runs.
    private let lock: StoreLock?
    /// The keys the store held when the load began, by id.
    let keys: [String: PublicKey]
    /// Whether the index of record ids was dropped for the load, to be built again before it commits.
    private var recordIDIndexDeferred = false

    private init(pool: DatabasePool, lock: StoreLock?, keys: [String: PublicKey]) {
        self.pool = pool
        self.lock = lock
        self.keys = keys
    }

    /// Switches an empty store file to the rollback journal; `nil` (nothing changed) for a store in memory, a store
    /// with records, or one another connection has open.
    ///
    /// The store's `flock` is taken exclusively first (``StoreLock``): it fails at once when another process has
    /// the store open, and while it is held every other process opening the store waits.
    static func begin(_ writer: any DatabaseWriter, lock: StoreLock?) -> FirstLoad? {
        guard let pool = writer as? DatabasePool, lock?.upgrade() ?? true else { return nil }
        let load = begin(pool, lock: lock)
        if load == nil { lock?.downgrade() }
        return load
    }

    private static func begin(_ pool: DatabasePool, lock: StoreLock?) -> FirstLoad? {
        // The pool's idle readers (opening the store read its format) would keep SQLite from leaving WAL mode.
        pool.invalidateReadOnlyConnections()
        do {
            return try pool.writeWithoutTransaction { db -> FirstLoad? in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM records)") == false else { return nil }
                var keys: [String: PublicKey] = [:]
                let rows = try Row.fetchAll(
                    db, sql: "SELECT key_id AS id, spki FROM anchors UNION ALL SELECT id, spki FROM keys")
                for row in rows {
                    let spki: Data = row["spki"]
                    if let key = try? PublicKey(spkiDER: Array(spki)) { keys[row["id"]] = key }
                }
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete" else { return nil }
                // Each commit synced in full: NORMAL, right for the WAL, can lose a rollback-journal commit to a
                // power cut.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                return FirstLoad(pool: pool, lock: lock, keys: keys)
            }
        } catch {
            // SQLITE_BUSY: another connection has the store open. The ingest goes through the WAL.
            return nil
        }
    }

    /// The key look-up of ``SignatureKeys``: from memory.
    var keyLookUp: (Set<String>) -> [String: PublicKey] {
        let keys = keys
        return { ids in Dictionary(uniqueKeysWithValues: ids.compactMap { id in keys[id].map { (id, $0) } }) }
    }

    /// Drops the index of record ids for the load, in its transaction, when the store has it under its own name
    /// (``StoreSchema/recordIDIndex``: every store whose records table was empty at schema v8). Nothing the load
    /// does looks a record up by id: an id is only ever looked for with its issuer and `seq`.
    func deferRecordIDIndex(_ db: Database) throws {
        guard try db.indexes(on: "records").contains(where: { $0.name == StoreSchema.recordIDIndex }) else { return }
        try db.execute(sql: "DROP INDEX \(StoreSchema.recordIDIndex)")
        recordIDIndexDeferred = true
    }

    /// Whether an index was dropped for the load and is not built yet.
    var hasDeferredIndexes: Bool { recordIDIndexDeferred }

    /// Builds the index of record ids again from the records loaded so far; those that follow are indexed as they
    /// are written. Ingest calls it when the input is nearly all read, so that the readers' last signature checks
    /// overlap the build, and again before the load commits (then a no-op, or the build when the input's size is
    /// not known). Returns `true` when it built an index.
    func buildDeferredIndexes(_ db: Database) throws -> Bool {
        guard recordIDIndexDeferred else { return false }
        try db.execute(sql: StoreSchema.createRecordIDIndex)
        recordIDIndexDeferred = false
        return true
    }

    /// Returns the store to WAL mode (ingest calls it once, when the load ends).
    ///
    /// The WAL is left with a commit in it, as GRDB leaves it when a pool opens a store: the pool's readers rely
    /// on a WAL file that is not empty.
    func end() throws {
        defer { lock?.downgrade() }
        try pool.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "the store could not return to WAL mode")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // SQLite leaves a page alone when a write would not change it: a table made and dropped changes the
            // schema's version.
            try db.inTransaction {
                try db.execute(sql: "CREATE TABLE foodtrace_wal_start (x); DROP TABLE foodtrace_wal_start")
                return .commit
            }
        }
    }
}

extension FirstLoad {
    /// Returns a store file a first load left in rollback-journal mode (killed before ``end()``) to WAL mode, rolling
    /// back its hot journal on the way, when the process may write the file.
    ///
    /// A writable open does this anyway (the pool switches the file to WAL); a read-only connection cannot change the
    /// journal mode, nor be relied on to roll a hot journal back. While another process's first load is running,
    /// the open has waited for it already (``StoreLock``).
    static func recover(path: String) {
        guard !isInWALMode(path: path) || FileManager.default.fileExists(atPath: path + "-journal"),
            FileManager.default.isWritableFile(atPath: path)
        else { return }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return }
        _ = try? queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        try? queue.close()
    }

    /// Whether the file's header says WAL mode (bytes 18 and 19 are 2; 1 in rollback-journal mode). A file too short
    /// to tell counts as WAL: there is nothing to recover.
    private static func isInWALMode(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 20), header.count == 20 else { return true }
        return header[header.startIndex + 18] == 2
    }
}
