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
/// Statements are written with SQLite's `?` parameters and translated once each (``PostgresDialect``).
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    let location: PostgresLocation
    private let logger: Logger

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
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument.storage {
            case .null: binds.appendNull()
            case .integer(let value): binds.append(value)
            case .text(let text): binds.append(text)
            case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
            }
        }
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait()
        return Array(result.rows)
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
