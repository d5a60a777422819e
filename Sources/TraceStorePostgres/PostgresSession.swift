import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import TraceModel
@_spi(StoreEngine) import TraceStore

/// One connection to PostgreSQL, used synchronously: each statement is sent and waited for on the calling thread
/// (never one of NIO's), so the store's rules, written as plain synchronous code, run unchanged.
///
/// Statements are written with SQLite's `?` parameters and translated once each (``PostgresDialect``). Three ways
/// to run one: ``query(_:_:)`` (parsed and planned by the server at each call), ``prepared(_:_:)`` (prepared once
/// per connection under a name, then only bound and executed: the graph reader's statements, run thousands of
/// times) and ``send(_:_:)`` (not waited for: ingest's deferred writes, sent back to back).
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    let location: PostgresLocation
    private let logger: Logger
    private let preparedQueries = PreparedQueries()

    private init(connection: PostgresConnection, location: PostgresLocation, logger: Logger) {
        self.connection = connection
        self.location = location
        self.logger = logger
    }

    deinit {
        try? connection.close().wait()
    }

    static func connect(_ location: PostgresLocation, logger: Logger) throws(StoreError) -> PostgresSession {
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: location.configuration, id: 1,
                logger: logger
            ).wait()
            return PostgresSession(connection: connection, location: location, logger: logger)
        } catch {
            throw StoreError(
                .notAStore,
                Message.Store.cannotConnect("\(location)", detail: PostgresDialect.message(error)))
        }
    }

    /// Runs one statement (PostgreSQL's own syntax, `$n` parameters) and returns every row.
    @discardableResult
    func query(_ sql: String, _ arguments: [SQLValue] = []) throws -> [PostgresRow] {
        Array(try send(sql, arguments).wait().rows)
    }

    /// Sends one statement without waiting for it; statements sent one after another run in that order, each
    /// once the one before has returned (postgres-nio queues them on the connection).
    func send(_ sql: String, _ arguments: [SQLValue]) -> EventLoopFuture<PostgresQueryResult> {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument.storage {
            case .null: binds.appendNull()
            case .integer(let value): binds.append(value)
            case .text(let text): binds.append(text)
            case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
            }
        }
        return connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
    }

    /// Runs a statement prepared on this connection the first time it is run here (the server parses it once and
    /// keeps it under a name; each later run is bound and executed only). Each parameter's type is what the server
    /// infers from the statement, so a parameter is cast where it could be read otherwise (`$1::text::text[]` for
    /// an array given as text); an argument binds as its own type (`text`, `bigint`, `bytea`).
    func prepared(_ sql: String, _ arguments: [SQLValue] = []) throws -> [PostgresRow] {
        let statement: PreparedQuery
        if let known = preparedQueries[sql] {
            statement = known
        } else {
            statement = try connection.prepare(query: sql).wait()
            preparedQueries[sql] = statement
        }
        return try statement.execute(
            arguments.map { argument -> PostgresData in
                switch argument.storage {
                case .null: return .null
                case .integer(let value): return PostgresData(int64: value)
                case .text(let text): return PostgresData(string: text)
                case .blob(let bytes): return PostgresData(bytes: bytes)
                }
            }
        ).wait()
    }

    /// Runs statements that take no parameters, one by one.
    func run(_ statements: [String]) throws {
        for statement in statements { try query(statement) }
    }

    /// Runs `body` in a transaction begun by `begin`: committed when it returns, rolled back when it throws.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try query(begin)
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }
}

/// The statements prepared on one connection, by their text.
private final class PreparedQueries: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String: PreparedQuery] = [:]

    subscript(sql: String) -> PreparedQuery? {
        get { lock.withLock { statements[sql] } }
        set { lock.withLock { statements[sql] = newValue } }
    }
}
