import Foundation
import Logging
import TraceCrypto
import TraceModel
@_spi(StoreEngine) import TraceStore

/// The store in PostgreSQL: the same ledger of signed records and the same graph tables derived from them as the
/// SQLite store (``TraceStore``), for a hub that many nodes write to and many inspectors read at once.
///
/// Ingest runs the SQLite store's own rules (``EngineIngest``) in one PostgreSQL transaction: all or nothing by
/// default, a refused input leaving the store as it was. Writers are serialized per issuer: before it reads an
/// issuer's chain, an ingest takes a transaction-scoped advisory lock on that issuer, and holds it until it commits
/// (the optimistic pass as it meets each issuer, the record-by-record pass on every issuer of its input at once, in
/// sorted order: see ``ingest(_:source:partial:now:continuing:)``). Two processes ingesting records of one party
/// therefore apply them one after the other, each seeing the other's chain head; ingests of different parties run
/// side by side, reading what the others committed (PostgreSQL's READ COMMITTED).
public final class PostgresStore: RecordLedger, Sendable {
    let session: PostgresSession
    /// Where the store is.
    public let location: PostgresLocation
    /// ``location``, without its password.
    public var name: String { location.description }
    let readOnly: Bool

    private init(session: PostgresSession, location: PostgresLocation, readOnly: Bool) {
        self.session = session
        self.location = location
        self.readOnly = readOnly
    }

    /// Makes a new store in the (empty) database at `location`, with the given trust anchors.
    public static func create(
        _ location: PostgresLocation, anchors: [TrustAnchor], logger: Logger = TraceStore.silentLogger
    ) throws(StoreError) -> PostgresStore {
        let session = try PostgresSession.connect(location, logger: logger)
        do {
            if try hasConfig(session) {
                throw StoreError(.alreadyExists, Message.Store.databaseHoldsStore("\(location)"))
            }
            try PostgresSchema.migrate(session)
            try session.transaction {
                try session.query(
                    "INSERT INTO config(key, value) VALUES ('format', 'foodtrace-store'), ('version', $1)",
                    [.text(PostgresSchema.formatVersion)])
                for anchor in anchors {
                    try session.query(
                        "INSERT INTO anchors(key_id, party, alg, spki) VALUES ($1, $2, $3, $4)",
                        [
                            .text(anchor.key.keyID), .text(anchor.party), .text(anchor.key.algorithm.rawValue),
                            .blob(anchor.key.spkiDER),
                        ])
                    try session.query(
                        """
                        INSERT INTO parties(id, name, role, area, node, record) VALUES ($1, $2, 'regulator', $3, '000', 'anchor')
                        ON CONFLICT DO NOTHING
                        """, [.text(anchor.party), .text(anchor.name), .text(anchor.area)])
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(
                .database, Message.Store.cannotCreateIn("\(location)", detail: PostgresDialect.message(error)))
        }
        return PostgresStore(session: session, location: location, readOnly: false)
    }

    /// Opens the store in the database at `location`; `readOnly` refuses every write (and applies no migration).
    public static func open(
        _ location: PostgresLocation, readOnly: Bool = false, logger: Logger = TraceStore.silentLogger
    ) throws(StoreError) -> PostgresStore {
        let session = try PostgresSession.connect(location, logger: logger)
        do {
            guard try hasConfig(session) else {
                throw StoreError(.notAStore, Message.Store.databaseHoldsNoStore("\(location)"))
            }
            if let future = try PostgresSchema.isFromTheFuture(session) {
                throw StoreError(.notAStore, Message.Store.fromTheFuture("\(location)", version: "\(future)"))
            }
            if readOnly {
                try session.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            } else {
                try PostgresSchema.migrate(session)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(
                .notAStore, Message.Store.cannotOpen("\(location)", detail: PostgresDialect.message(error)))
        }
        return PostgresStore(session: session, location: location, readOnly: readOnly)
    }

    private static func hasConfig(_ session: PostgresSession) throws -> Bool {
        let exists = try session.query("SELECT to_regclass('config') IS NOT NULL").first.map {
            PostgresRowView($0).integer(0) == 1
        }
        guard exists == true else { return false }
        return try session.query("SELECT value FROM config WHERE key = 'format'").first.map {
            PostgresRowView($0).text(0) == "foodtrace-store"
        } ?? false
    }

    /// Runs `body` with the store's connection, wrapping a database failure in a ``StoreError`` naming `what`.
    func using<T>(_ what: String, _ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        do {
            return try body(session)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "\(what) failed: \(PostgresDialect.message(error))")
        }
    }

    /// The trust anchors configured in this store.
    public func anchors() throws(StoreError) -> [TrustAnchor] {
        try using("reading the anchors") { session in
            try session.query(
                """
                SELECT a.key_id, a.party, a.alg, a.spki, p.name, p.area FROM anchors a
                LEFT JOIN parties p ON p.id = a.party ORDER BY a.party, a.key_id
                """
            ).map { row in
                let view = PostgresRowView(row)
                guard case .blob(let spki) = view.value(3).storage else {
                    throw StoreError(.database, "anchor \(view.text(0) ?? "") has no key")
                }
                let party = view.text(1) ?? ""
                return TrustAnchor(
                    party: party, name: view.text(4) ?? party, area: view.text(5) ?? "000000",
                    key: try PublicKey(spkiDER: spki))
            }
        }
    }

    /// The number of records, parties, equivocations and graph nodes of each type (batch, slip, meal), as the
    /// SQLite store counts them.
    public func counts() throws(StoreError) -> [String: Int] {
        try using("counting") { session in
            func count(_ sql: String) throws -> Int {
                Int(try session.query(sql).first.flatMap { PostgresRowView($0).integer(0) } ?? 0)
            }
            var counts: [String: Int] = [:]
            counts["records"] = try count("SELECT count(*) FROM records")
            counts["parties"] = try count("SELECT count(*) FROM parties")
            for row in try session.query("SELECT type, count(*) FROM nodes GROUP BY type") {
                let view = PostgresRowView(row)
                counts[view.text(0) ?? ""] = Int(view.integer(1) ?? 0)
            }
            counts["equivocations"] = try count("SELECT count(*) FROM equivocations")
            return counts
        }
    }
}
