import CSQLiteConfig
import Foundation
import GRDB
import Logging
import TraceCrypto
import TraceModel

/// The append-only ledger of signed records in SQLite, with the graph tables derived from them.
///
/// One type owns the database: a WAL-mode `DatabasePool` for a file, a `DatabaseQueue` in memory
/// for tests. Writes are named after what they do (``ingest(_:source:partial:now:)``); reads go
/// through ``read(_:)``. A store opened read-only cannot write, whatever the caller does.
public final class TraceStore: Sendable {
    let writer: any DatabaseWriter
    /// The file, or `nil` for an in-memory store.
    public let path: String?
    let logger: Logger
    /// The shared `flock` every process holds on an open store file (``StoreLock``); `nil` in memory.
    let lock: StoreLock?

    private init(writer: any DatabaseWriter, path: String?, logger: Logger, lock: StoreLock? = nil) {
        self.writer = writer
        self.path = path
        self.logger = logger
        self.lock = lock
    }

    deinit {
        // The connections close before the lock's descriptor (see StoreLock); the readers before the writer, so that
        // the writer, closing last, checkpoints the WAL and removes it (as the pool's own deinit would).
        if lock != nil, let pool = writer as? DatabasePool {
            pool.invalidateReadOnlyConnections()
            try? pool.close()
        }
    }

    /// `creating`: the file is new, and gets ``pageSize`` before anything is written to it.
    static func configuration(readOnly: Bool, creating: Bool = false) -> Configuration {
        _ = memoryStatisticsOff
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // Only a new file takes a page size: an existing WAL-mode store keeps the size it was made with.
            if creating { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Debian builds SQLite to zero every byte it frees, so that deleted data cannot be read back from the
                // file. A store deletes nothing it does not still hold (records are only appended; what is freed is
                // a B-tree cell moved when a page splits, or a value an update replaced): the zeroing only cost the
                // writer (≈ 2.5k instructions per record ingested, callgrind on the small demo).
                try db.execute(sql: "PRAGMA secure_delete = OFF")
                // The writer's page cache: an ingest transaction touches the record, graph and index pages of every
                // record it appends; with SQLite's default 2 MB they are spilled and read back over and over. Pages are
                // allocated as used, so a small write never holds the whole size.
                try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKiB)")
            } else {
                // Readers (every connection of a read-only store, the pool's readers otherwise) read pages from the
                // OS page cache in place: a trace touches thousands of scattered pages, far more than SQLite's own
                // 2 MB cache holds, and a read() per page costs more than the lookup. (2 GB is the largest size
                // SQLite allows; pages past it are read as before.) The writer is left as it was.
                try db.execute(sql: "PRAGMA mmap_size = \(readerMapBytes)")
            }
        }
        return config
    }

    /// SQLite's memory statistics (which FoodTrace never reads) are turned off before the process opens its first
    /// connection: each of the two dozen allocations SQLite makes per record ingested otherwise takes a global mutex.
    /// `false` when SQLite was in use already (the statistics then stay on).
    static let memoryStatisticsOff: Bool = foodtrace_sqlite_memory_statistics_off() == SQLITE_OK

    /// The page size of a new store, in bytes (16 KiB; SQLite's default is 4 KiB). Ingesting the city store's export
    /// (854,633 records) into a new store took 63.8 s with 16 KiB pages and 67.9 s with 4 KiB (system time 4.0 s and
    /// 7.7 s: a quarter of the pages to spill, commit and checkpoint), and the file is 4% smaller; trace up and down on
    /// the two stores took the same time (p50 0.060 ms and 5.6–5.9 ms). Stores made before keep 4 KiB pages.
    static let pageSize = 16_384

    /// How much of the file a reading connection maps (2 GB, the largest size SQLite allows).
    static let readerMapBytes = 2_147_418_112

    /// The writer connection's page cache, in KiB (256 MiB). Ingesting the city store's export (854,633 records,
    /// 1.2 GB store) took 69.7 s with 64 MiB, 64.2 s with 256 MiB and 64.6 s with 1 GiB (peak memory 0.26, 0.48 and
    /// 1.4 GB): the record-id index, random by nature, is what outgrows a smaller cache.
    static let writerCacheKiB = 262_144

    /// The default logger: discards everything (pass one to see the store's info-level log).
    public static var silentLogger: Logger {
        Logger(label: "foodtrace.store", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    /// Creates a new store file with the given trust anchors.
    public static func create(
        path: String, anchors: [TrustAnchor], logger: Logger = TraceStore.silentLogger, wait: StoreWait = StoreWait()
    ) throws(StoreError) -> TraceStore {
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError(.alreadyExists, Message.Store.exists(path))
        }
        // A folder that is not there is the path given, not SQLite failing.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(.badInput, "cannot create \(path): there is no folder \(folder)")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false, creating: true))
            let store = TraceStore(
                writer: pool, path: path, logger: logger, lock: try StoreLock(path: path, wait: wait))
            try store.initialise(anchors: anchors)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, Message.Store.cannotCreate(path, detail: "\(error)"))
        }
    }

    /// Opens an existing store file; `readOnly` opens the SQLite connection read-only.
    ///
    /// While another process's first load runs (``FirstLoad``), the open waits for it, up to `wait.seconds`, then
    /// fails with ``StoreError/Code/busy``: a store is never read half loaded or as if empty.
    public static func open(
        path: String, readOnly: Bool = false, logger: Logger = TraceStore.silentLogger, wait: StoreWait = StoreWait()
    ) throws(StoreError) -> TraceStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.notAStore, Message.Store.missing(path))
        }
        let lock = try StoreLock(path: path, wait: wait)
        if readOnly { FirstLoad.recover(path: path) }
        do {
            // The file is judged through a read-only connection before the pool opens it: opening a WAL pool writes
            // (GRDB makes and drops a table to create the WAL file), and a store of a later format must be left
            // exactly as it is.
            try inspect(path: path)
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: readOnly))
            let store = TraceStore(writer: pool, path: path, logger: logger, lock: lock)
            if !readOnly { try StoreSchema.migrator.migrate(pool) }
            return store
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            // Not an SQLite database at all: a file of another kind.
            throw StoreError(.notAStore, Message.Store.notAStore(path, unfinished: false))
        } catch {
            throw StoreError(.notAStore, Message.Store.cannotOpen(path, detail: "\(error)"))
        }
    }

    /// Refuses, without writing a byte, a file that is not a finished FoodTrace store or was written by a later
    /// FoodTrace (another format version, or a schema migration this build does not know).
    private static func inspect(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        // `create` writes the format row last, with the trust anchors: a file without it is not a store, or one
        // whose creation was cut short (a killed `init` or `demo`), and has no anchors to trust.
        let (hasConfig, format, future) = try queue.read { db -> (Bool, String?, String?) in
            guard try db.tableExists("config") else { return (false, nil, nil) }
            let format = try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = 'format'")
            return (true, format, format == "foodtrace-store" ? try StoreSchema.isFromTheFuture(db) : nil)
        }
        guard format == "foodtrace-store" else {
            throw StoreError(.notAStore, Message.Store.notAStore(path, unfinished: hasConfig))
        }
        if let future { throw StoreError(.notAStore, Message.Store.fromTheFuture(path, version: future)) }
    }

    /// A store in memory (tests).
    public static func inMemory(anchors: [TrustAnchor], logger: Logger = TraceStore.silentLogger) throws(StoreError)
        -> TraceStore
    {
        do {
            let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
            let store = TraceStore(writer: queue, path: nil, logger: logger)
            try store.initialise(anchors: anchors)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot create an in-memory store: \(error)")
        }
    }

    private func initialise(anchors: [TrustAnchor]) throws {
        try StoreSchema.migrator.migrate(writer)
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO config(key, value) VALUES ('format', 'foodtrace-store'), ('version', ?)",
                arguments: [StoreSchema.formatVersion])
            for anchor in anchors {
                try db.execute(
                    sql: "INSERT INTO anchors(key_id, party, alg, spki) VALUES (?, ?, ?, ?)",
                    arguments: [
                        anchor.key.keyID, anchor.party, anchor.key.algorithm.rawValue, Data(anchor.key.spkiDER),
                    ])
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO parties(id, name, role, area, node, record)
                        VALUES (?, ?, 'regulator', ?, '000', 'anchor')
                        """,
                    arguments: [anchor.party, anchor.name, anchor.area])
            }
        }
    }

    /// Runs `body` in one read transaction (a consistent snapshot).
    /// An error `body` throws comes out as itself when it is a ``StoreError``, as ``StoreError/Code/database`` when
    /// SQLite failed, and otherwise as ``StoreError/Code/caller`` carrying it (``StoreError/cause``).
    public func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(.database, "read failed: \(error)")
        } catch {
            throw StoreError(caller: error)
        }
    }

    /// Runs `body` in one read transaction meant to read the whole store once (exports, verify), with the file
    /// read rather than mapped: mapped pages count as the process's resident memory, so a scan of a large store
    /// would look as large as the store, while a scan gains nothing from mapping (each page is read once).
    public func scan<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try read { db in
            try db.execute(sql: "PRAGMA mmap_size = 0")
            defer { try? db.execute(sql: "PRAGMA mmap_size = \(db.configuration.readonly ? Self.readerMapBytes : 0)") }
            return try body(db)
        }
    }

    /// The trust anchors configured in this store.
    public func anchors() throws(StoreError) -> [TrustAnchor] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.key_id, a.party, a.alg, a.spki, p.name, p.area FROM anchors a
                    LEFT JOIN parties p ON p.id = a.party ORDER BY a.party, a.key_id
                    """
            ).map { row in
                let spki: Data = row["spki"]
                let key: PublicKey
                do { key = try PublicKey(spkiDER: Array(spki)) } catch {
                    throw StoreError(
                        .corrupt, "the store's trust anchor key \(row["key_id"] as String) does not parse: \(error)")
                }
                return TrustAnchor(
                    party: row["party"], name: row["name"] ?? row["party"], area: row["area"] ?? "000000", key: key)
            }
        }
    }
}
