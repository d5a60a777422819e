import Foundation
import Testing
import TraceGraph
import TraceModel
import TraceStore
import TraceStorePostgres

/// The engines the conformance suite runs on: SQLite always; PostgreSQL when `FOODTRACE_TEST_POSTGRES` names a
/// server (`scripts/test` starts a throwaway cluster and sets it; see scripts/pg-cluster).
enum StoreEngine: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    /// The engines to run a conformance test on here.
    static var all: [StoreEngine] { postgresBase == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// The server the PostgreSQL cases use, from `FOODTRACE_TEST_POSTGRES`.
    static let postgresBase: PostgresLocation? = ProcessInfo.processInfo.environment["FOODTRACE_TEST_POSTGRES"]
        .flatMap { $0.isEmpty ? nil : try? PostgresLocation($0) }

    /// Why the PostgreSQL cases do not run, when they do not.
    static let skipReason: Comment =
        "FOODTRACE_TEST_POSTGRES is unset: the PostgreSQL cases of the store conformance suite are skipped (scripts/test starts a cluster and sets it; locally: eval \"$(scripts/pg-cluster start)\")"

    var testDescription: String { rawValue }

    /// A new, empty PostgreSQL database on the test server, named for this test process and a counter.
    static func newDatabase() throws -> PostgresLocation {
        guard let base = postgresBase else { throw StoreError(.notAStore, "\(skipReason)") }
        let name = "t\(ProcessInfo.processInfo.processIdentifier)_\(counter.next())"
        return try PostgresStore.makeDatabase(name, on: base)
    }

    private static let counter = Counter()
}

/// A thread-safe counter.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The conformance suite's store: the SQLite store or the PostgreSQL store, through the same calls.
final class TestStore {
    let engine: StoreEngine
    /// The SQLite store, when the engine is SQLite (tests of SQLite-only reads use it).
    let sqlite: TraceStore?
    let postgres: PostgresStore?

    init(_ engine: StoreEngine, anchors: [TrustAnchor]) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            sqlite = try TraceStore.inMemory(anchors: anchors)
            postgres = nil
        case .postgres:
            sqlite = nil
            postgres = try PostgresStore.create(try StoreEngine.newDatabase(), anchors: anchors)
        }
    }

    init(sqlite store: TraceStore) {
        engine = .sqlite
        sqlite = store
        postgres = nil
    }

    var ledger: any RecordLedger { sqlite?.ledger ?? postgres! }

    /// The store's graph side (traces, balance, records by id), on its engine.
    var graph: any GraphStore { sqlite ?? postgres! }

    /// Runs `body` with the engine's graph reader over one snapshot.
    func withGraph<T>(_ body: (any GraphReader) throws -> T) throws -> T { try graph.withGraphReader(body) }

    /// The trace up or down from `code`, read through the engine's graph reader.
    func trace(_ direction: TraceResult.Direction, from code: TraceCode) throws -> TraceResult {
        try withGraph { reader in
            var tracer = Tracer(reader: reader)
            return direction == .up ? try tracer.up(from: code.digits) : try tracer.down(from: code.digits)
        }
    }

    func ingest(
        _ lines: [IngestLine], source: String, partial: Bool = false, now: Int64, continuing head: ChainHead? = nil
    ) throws(StoreError) -> IngestReport {
        if let sqlite { return try sqlite.ingest(lines, source: source, partial: partial, now: now, continuing: head) }
        return try postgres!.ingest(lines, source: source, partial: partial, now: now, continuing: head)
    }

    func counts() throws -> [String: Int] { try ledger.counts() }

    func verify() throws -> VerifyReport { try ledger.verify(progress: nil) }

    func record(id: String) throws -> StoredRecord? {
        if let sqlite { return try sqlite.record(id: id) }
        return try postgres!.record(id: id)
    }

    func recordID(forCode code: String) throws -> String? {
        if let sqlite { return try sqlite.recordID(forCode: code) }
        return try postgres!.recordID(forCode: code)
    }

    func nextSeq(for issuer: String) throws -> (seq: Int, prev: String?) {
        if let sqlite { return try sqlite.nextSeq(for: issuer) }
        return try postgres!.nextSeq(for: issuer)
    }

    /// The ids of the last `count` records in ingest order.
    func lastRecordIDs(_ count: Int) throws -> [String] {
        var ids: [String] = []
        try ledger.forEachRecord(issuers: nil, since: nil) { ids.append($0.id) }
        return Array(ids.suffix(count))
    }
}
