import Foundation
import PostgresNIO

/// The SQL the store's rules are written in (SQLite's), as PostgreSQL reads it: `?` and `?N` parameters become
/// `$N`, and `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`. Nothing else differs in the statements
/// the rules run (the schema keeps SQLite's names and types: see ``PostgresSchema``).
enum PostgresDialect {
    static func translate(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var next = 1
        var inString = false
        var chars = sql.makeIterator()
        var pending: Character? = chars.next()
        while let char = pending {
            pending = chars.next()
            if char == "'" { inString.toggle() }
            guard char == "?", !inString else {
                out.append(char)
                continue
            }
            var digits = ""
            while let digit = pending, digit.isASCII, digit.isNumber {
                digits.append(digit)
                pending = chars.next()
            }
            if digits.isEmpty {
                out += "$\(next)"
                next += 1
            } else {
                out += "$" + digits
            }
        }
        if let range = out.range(of: "INSERT OR IGNORE INTO") {
            out.replaceSubrange(range, with: "INSERT INTO")
            while out.last == ";" || out.last?.isWhitespace == true { out.removeLast() }
            out += " ON CONFLICT DO NOTHING"
        }
        return out
    }

    /// A server error's own message (PSQLError hides it from `description`).
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error, when the error is one.
    static func state(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
