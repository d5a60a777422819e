import Foundation
import Testing

extension Workspace {
    /// The PostgreSQL server of the end-to-end cases that need one, from FOODTRACE_TEST_POSTGRES (scripts/test
    /// starts a throwaway cluster and sets it).
    static let postgresBase = ProcessInfo.processInfo.environment["FOODTRACE_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }
    static let postgresSkipReason: Comment =
        "FOODTRACE_TEST_POSTGRES is unset: the PostgreSQL cases are skipped (scripts/test starts a cluster and sets it)"

    /// A new, empty database on the test server (made with psql), as a `postgres://` URL.
    func newPostgresDatabase() throws -> String {
        let base = try #require(Self.postgresBase)
        let name = "cli\(ProcessInfo.processInfo.processIdentifier)_\(UInt32.random(in: 0...UInt32.max))"
        let made = try runTool("/usr/bin/psql", [base, "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"])
        try #require(made.status == 0, "psql: \(made)")
        let at = try #require(base.range(of: "@"))
        let query = base.firstIndex(of: "?") ?? base.endIndex
        let slash = try #require(base[at.upperBound...].firstIndex(of: "/"))
        return String(base[..<slash]) + "/" + name + String(base[query...])
    }
}
