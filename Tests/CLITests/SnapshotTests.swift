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

    @Test func helpInEnglish() throws {
        let workspace = try Workspace()
        try Snapshot.expect(try workspace.ok(["--help", "--lang", "en"]).stdout, matches: "help-root.en.txt")
        try Snapshot.expect(
            try workspace.ok(["ingest", "--help", "--lang", "en"]).stdout, matches: "help-ingest.en.txt")
    }

    /// Help in the chosen language: the abstracts of every command and the discussions of the root and of the
    /// commands a regulator runs come from the catalogue; argument-parser's own words (USAGE, OPTIONS) and the
    /// options' one-line help stay as they are, so no line mixes the two.
    @Test(arguments: [["--help"], ["trace", "up", "--help"], ["parties", "--help"], ["audit", "run", "--help"]])
    func helpInOneLanguage(arguments: [String]) throws {
        let workspace = try Workspace()
        let zh = try workspace.ok(arguments).stdout
        let en = try workspace.ok(arguments + ["--lang", "en"]).stdout
        let overview = try #require(zh.split(separator: "\n").first)
        #expect(overview.hasPrefix("OVERVIEW: ") && !OneLanguage.hanRuns(String(overview)).isEmpty, "\(zh)")
        #expect(OneLanguage.hanRuns(en).isEmpty, "\(en)")
        // Command and option names are what users type, in every language.
        func namesRemoved(_ text: String) -> String {
            text.replacingOccurrences(of: #"(?m)^  [a-z][a-z0-9-]* "#, with: "  ", options: .regularExpression)
        }
        let mixed = OneLanguage.mixedLines(zh: namesRemoved(zh), en: namesRemoved(en))
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
        if arguments == ["--help"] {
            // Every subcommand's abstract in Chinese.
            let listed = zh.components(separatedBy: "SUBCOMMANDS:\n")[1].split(separator: "\n").filter {
                $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("foodtrace help")
            }
            #expect(listed.count >= 25)
            for line in listed { #expect(!OneLanguage.hanRuns(String(line)).isEmpty, "\(line)") }
        }
    }

    @Test func verifyText() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English report is pinned here (OneLanguageOutputTests pins both)
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
