import Testing

/// `--lang` and `FOODTRACE_LANG`: one language per output, errors included.
@Suite("output language")
struct LanguageTests {
    @Test func errorIsChineseByDefault() throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let result = try workspace.run(["show", "sha256:00"])
        #expect(result.status == 2)
        try Snapshot.expect(result.stderr, matches: "error-no-record.zh.txt")
    }

    @Test(arguments: [["--lang", "en", "show", "sha256:00"], ["show", "sha256:00", "--lang=en"]])
    func errorInEnglishWhereverTheOptionStands(arguments: [String]) throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let result = try workspace.run(arguments)
        #expect(result.status == 2)
        try Snapshot.expect(result.stderr, matches: "error-no-record.en.txt")
    }

    @Test func environmentChoosesAndOptionWins() throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let english = try workspace.run(["show", "sha256:00"], environment: ["FOODTRACE_LANG": "en"])
        #expect(english.stderr == "foodtrace: no record sha256:00 in the store\n")
        let both = try workspace.run(
            ["show", "sha256:00", "--lang", "zh+en"], environment: ["FOODTRACE_LANG": "en"])
        #expect(both.stderr == "foodtrace: 库中没有记录 sha256:00 / no record sha256:00 in the store\n")
    }

    @Test(arguments: [
        (["--lang", "fr", "log"], [:]), (["log"], ["FOODTRACE_LANG": "english"]), (["log", "--lang"], [:]),
    ])
    func unknownLanguageIsRefused(arguments: [String], environment: [String: String]) throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let result = try workspace.run(arguments, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("不支持的语言") && result.stderr.contains("unknown language"))
        #expect(result.stdout.isEmpty)
    }

    @Test func argumentsAfterDoubleDashAreNotTaken() throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let result = try workspace.run(["show", "--", "--lang"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("unknown language"))
    }
}
