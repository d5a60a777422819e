import Testing

/// What users read, pinned: help screens and the text reports of `verify` and `trace up` for the fixed
/// chain of ``CLIChain``. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter CLITests` after an
/// intended change, and review the diff of `Tests/CLITests/Snapshots/`.
@Suite("snapshots of what users see")
struct SnapshotTests {
    @Test func rootHelp() throws {
        let workspace = try Workspace()
        let result = try workspace.ok(["--help"])
        try Snapshot.expect(result.stdout, matches: "help-root.txt")
    }

    @Test func ingestHelp() throws {
        let workspace = try Workspace()
        let result = try workspace.ok(["ingest", "--help"])
        try Snapshot.expect(result.stdout, matches: "help-ingest.txt")
    }

    @Test func verifyText() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let result = try workspace.ok(["verify"])
        try Snapshot.expect(result.stdout, matches: "verify-clean.txt")
    }

    @Test func traceUpText() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // Exit 1: the stall's receipt quotes no certificate, a flagged hop (the chain itself is complete).
        let result = try workspace.run(["trace", "up", chain.slip.digits])
        #expect(result.status == 1)
        try Snapshot.expect(result.stdout, matches: "trace-up.txt")
        let down = try workspace.run(["trace", "down", chain.farmLot.digits])
        #expect(down.status == 1)
        try Snapshot.expect(down.stdout, matches: "trace-down.txt")
    }

    /// The same traces in English: one language per output, names as recorded.
    @Test func traceTextInEnglish() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        for (direction, code) in [("up", chain.slip.digits), ("down", chain.farmLot.digits)] {
            let english = try workspace.run(["trace", direction, code, "--lang", "en"])
            #expect(english.status == 1)
            try Snapshot.expect(english.stdout, matches: "trace-\(direction).en.txt")
            let chinese = try workspace.run(["trace", direction, code])
            #expect(chinese.stdout.hasPrefix(direction == "up" ? "向上追溯 " : "向下追溯 "))
            #expect(english.stdout.hasPrefix(direction == "up" ? "upstream trace from " : "downstream trace from "))
            let mixed = OneLanguage.mixedLines(zh: chinese.stdout, en: english.stdout)
            #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
            #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)")
        }
    }
}
