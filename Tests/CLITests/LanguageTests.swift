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

/// The audit's text report of the demo city in one language at a time (and the yield finding, whose message once
/// mixed Chinese and English, in each).
@Suite("audit text in each language")
struct AuditLanguageTests {
    @Test func chinese() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.run(["audit", "--store", demo.store])
        #expect(result.status == 1)
        try Snapshot.expect(result.stdout, matches: "audit-demo.zh.txt")
        #expect(result.stdout.hasPrefix("审计报告 — "))
        let yield = try #require(result.stdout.split(separator: "\n").first { $0.contains("得率超出范围") })
        #expect(yield.contains("：加工记录 ") && yield.contains(" 头生猪 产出 ") && !yield.contains(" made "), "\(yield)")
        for english in ["FoodTrace audit", "finding(s)", "evidence:", "source:", "reported by", "whole store"] {
            #expect(!result.stdout.contains(english), "\(english)")
        }
    }

    @Test func english() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.run(["audit", "--store", demo.store, "--lang", "en"])
        #expect(result.status == 1)
        try Snapshot.expect(result.stdout, matches: "audit-demo.en.txt")
        #expect(result.stdout.hasPrefix("FoodTrace audit — "))
        let yield = try #require(result.stdout.split(separator: "\n").first { $0.contains("yield out of bounds") })
        #expect(yield.contains(": transform sha256:") && yield.contains(" head of live-pig"), "\(yield)")
        for chinese in ["审计报告", "合计", "证据", "依据", "未通过", "得率", "行业惯例"] {
            #expect(!result.stdout.contains(chinese), "\(chinese)")
        }
    }

    /// Every line of the Chinese report is Chinese and every line of the English one English, findings included:
    /// each plugin's messages come in both languages.
    @Test func noLineMixesLanguages() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let chinese = try workspace.run(["audit", "--store", demo.store])
        let english = try workspace.run(["audit", "--store", demo.store, "--lang", "en"])
        let mixed = OneLanguage.mixedLines(zh: chinese.stdout, en: english.stdout)
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh.prefix(5))")
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en.prefix(5))")
        // A near miss for the check itself: an English fragment in a Chinese line is caught.
        let planted = chinese.stdout + "\n  - X: 收货 made from 7 head\n"
        #expect(OneLanguage.mixedLines(zh: planted, en: english.stdout).zh.count == 1)
        let plantedEnglish = english.stdout + "\n  - X: received 10 kg 未查验\n"
        #expect(OneLanguage.mixedLines(zh: chinese.stdout, en: plantedEnglish).en.count == 1)
    }
}

/// `audit rules` in one language at a time: titles, severities, parameter types and descriptions from the rule or
/// the catalogue in the chosen language; citations keep the instrument's own name in both.
@Suite("audit rules in each language")
struct AuditRulesLanguageTests {
    @Test func oneLanguagePerListing() throws {
        let workspace = try Workspace()
        let zh = try workspace.run(["audit", "rules"])
        let en = try workspace.run(["audit", "rules", "--lang", "en"])
        #expect(zh.status == 0 && en.status == 0, "\(zh.stderr)\(en.stderr)")
        // A parameter's default is a value users type (`positive`, `rapid`), in every language.
        func defaultsRemoved(_ text: String) -> String {
            text.replacingOccurrences(of: #"\) = [^ ]* — "#, with: ") = … — ", options: .regularExpression)
                .replacingOccurrences(of: #"）= [^ ]* — "#, with: "）= … — ", options: .regularExpression)
        }
        let mixed = OneLanguage.mixedLines(zh: defaultsRemoved(zh.stdout), en: defaultsRemoved(en.stdout))
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh.prefix(5))")
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en.prefix(5))")
        // The citation in each, the instrument as it names itself; "practice" in the reader's language.
        #expect(zh.stdout.contains("依据：《生猪屠宰管理条例》(2021) 第二条"))
        #expect(en.stdout.contains("source: 《生猪屠宰管理条例》(2021) 第二条"))
        #expect(zh.stdout.contains("依据：行业惯例，无条文") && !zh.stdout.contains("practice, no article"))
        #expect(en.stdout.contains("source: practice, no article") && !en.stdout.contains("行业惯例"))
        // Severities, parameter types and descriptions.
        #expect(zh.stdout.contains("[违规]") && !zh.stdout.contains("violation]"))
        #expect(en.stdout.contains("[violation]") && !en.stdout.contains("违规"))
        #expect(zh.stdout.contains("参数 min-grams（小数）= 125 — 每道菜留样的最少重量，单位克。"), "\(zh.stdout)")
        #expect(en.stdout.contains("parameter min-grams (decimal) = 125 — Least sample weight per dish, in grams."))
        // Every line that says something in Chinese says it only in Chinese: no English description is left.
        for line in OneLanguage.lines(zh.stdout) where line.hasPrefix("    参数 ") {
            let description = line.components(separatedBy: " — ").dropFirst().joined(separator: " — ")
            #expect(!OneLanguage.hanRuns(description).isEmpty, "\(line)")
        }
    }
}
