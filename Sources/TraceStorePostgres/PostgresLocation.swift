import Foundation
import PostgresNIO
import TraceModel
@_spi(StoreEngine) import TraceStore

/// Where a PostgreSQL store is: a `postgres://` URL, as `--store` and `FOODTRACE_STORE` give it.
///
/// `postgres://USER[:PASSWORD]@[HOST][:PORT]/DATABASE[?host=SOCKET-DIRECTORY&port=PORT]`: with `host=` naming a
/// directory (libpq's convention) the connection goes to the unix socket `DIRECTORY/.s.PGSQL.PORT`; otherwise to
/// HOST over TCP (5432 by default), without TLS. `postgresql://` is read the same way.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    /// A host name, or the directory of a unix socket.
    public var host: String
    public var port: Int
    public var database: String

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL; the error names what is missing or malformed.
    public init(_ text: String) throws(StoreError) {
        guard let schemeEnd = text.range(of: "://"), Self.isPostgres(text) else {
            throw StoreError(.notAStore, Message.Store.notPostgresURL(text))
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                let value = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : ""
                query[String(parts[0])] = value
            }
            rest = rest[..<mark]
        }
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let hostPort = rest[..<slash]
        let database = slash < rest.endIndex ? String(rest[rest.index(after: slash)...]) : ""
        let userParts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        user = userParts.first.map { String($0).removingPercentEncoding ?? String($0) } ?? ""
        password = userParts.count > 1 ? String(userParts[1]).removingPercentEncoding : nil
        var hostText = String(hostPort)
        var portText = query["port"]
        if let colon = hostPort.lastIndex(of: ":") {
            hostText = String(hostPort[..<colon])
            portText = portText ?? String(hostPort[hostPort.index(after: colon)...])
        }
        host = query["host"] ?? (hostText.isEmpty ? "/var/run/postgresql" : hostText)
        guard let port = Int(portText ?? "5432"), (1...65535).contains(port) else {
            throw StoreError(.notAStore, Message.Store.badPort(Self.redacted(text), port: portText ?? ""))
        }
        self.port = port
        self.database = database.isEmpty ? (query["dbname"] ?? "") : database
        guard !user.isEmpty else {
            throw StoreError(.notAStore, Message.Store.noUser(Self.redacted(text)))
        }
        guard !self.database.isEmpty else {
            throw StoreError(.notAStore, Message.Store.noDatabase(Self.redacted(text)))
        }
    }

    /// Whether ``host`` is a unix socket's directory.
    public var isUnixSocket: Bool { host.hasPrefix("/") }

    /// The URL without its password, for messages.
    public var description: String {
        guard isUnixSocket else { return "postgres://\(user)@\(host):\(port)/\(database)" }
        return "postgres://\(user)@/\(database)?host=\(host)" + (port == 5432 ? "" : "&port=\(port)")
    }

    var configuration: PostgresConnection.Configuration {
        if isUnixSocket {
            return .init(
                unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        return .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    private static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
            let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
