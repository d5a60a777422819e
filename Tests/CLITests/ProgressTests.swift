import Foundation
import Testing
import TraceModel

/// The progress line of long commands: on a terminal only, never with `--quiet`, in the chosen language, erased at
/// the end. `FOODTRACE_PROGRESS_AFTER=0` draws it at once (it waits 1 s otherwise), so a short run shows it too.
@Suite("progress on a terminal")
struct ProgressTests {
    static let now = ["FOODTRACE_PROGRESS_AFTER": "0"]
    /// The escape that erases the line, written before each redraw and at the end.
    static let erase = "\r\u{1B}[K"

    @Test func verifyShowsProgressOnATerminalAndErasesIt() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.runOnTerminal(["verify", "--store", demo.store], environment: Self.now)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("已核验 "), "the summary in Chinese too: \(result.stdout)")
        #expect(result.terminal.contains(Self.erase + "校验 "))
        #expect(result.terminal.contains(" 条记录"))
        #expect(result.terminal.hasSuffix(Self.erase), "the line is erased at the end")
        #expect(!result.terminal.contains("records"), "no English in a Chinese progress line")
    }

    @Test func exportCountsRecordsInEnglish() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.runOnTerminal(
            ["export", "records", "--store", demo.store, "--out", "all.jsonl", "--lang", "en"], environment: Self.now)
        #expect(result.status == 0)
        let first = try #require(result.terminal.components(separatedBy: Self.erase).first { !$0.isEmpty })
        #expect(first.range(of: #"^export 0% 0/[\d,]+ records$"#, options: .regularExpression) != nil, "\(first)")
    }

    @Test func ingestCountsBytesOfAFile() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        try workspace.ok(["export", "records", "--store", demo.store, "--out", "all.jsonl"])
        try workspace.write("regulator.pub.pem", demo.regulatorPublicKey)
        try workspace.ok(["init", "--regulator-key", "regulator.pub.pem", "--regulator", demo.regulator])
        let result = try workspace.runOnTerminal(["ingest", "all.jsonl", "--lang", "en"], environment: Self.now)
        #expect(result.status == 0)
        #expect(result.stdout.contains(" accepted"))
        #expect(result.terminal.hasPrefix(Self.erase + "ingest 0% 0.0/"))
        let pattern = #"ingest \d+% [\d.]+/[\d.]+ MB · [\d.]+ MB/s · \d+:\d\d left"#
        #expect(result.terminal.range(of: pattern, options: .regularExpression) != nil, "rate and time left")
        #expect(result.terminal.hasSuffix(Self.erase))
    }

    @Test(arguments: [["verify", "--quiet"], ["--quiet", "audit"]])
    func quietShowsNothing(arguments: [String]) throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.runOnTerminal(arguments + ["--store", demo.store], environment: Self.now)
        #expect(result.terminal.isEmpty, "\(result.terminal)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func nothingWhenStandardErrorIsNotATerminal() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.run(["verify", "--store", demo.store], environment: Self.now)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func auditCountsPlugins() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.runOnTerminal(["audit", "--store", demo.store], environment: Self.now)
        #expect(result.terminal.contains(Self.erase + "审计 0% 0/4 个插件"))
    }
}

@Suite("progress line text")
struct ProgressTextTests {
    @Test func knownTotalShowsShareRateAndTimeLeft() {
        let line = Message.progress(task: .exportTask, done: 25_000, total: 100_000, unit: .records, elapsed: 2)
        #expect(line.en == "export 25% 25,000/100,000 records · 12,500/s · 0:06 left")
        #expect(line.zh == "导出 25% 25,000/100,000 条记录 · 12,500 条/秒 · 剩余 0:06")
    }

    @Test func unknownTotalShowsNoShareNorTimeLeft() {
        let line = Message.progress(task: .exportTask, done: 1_500, total: nil, unit: .records, elapsed: 3)
        #expect(line.en == "export 1,500 records · 500/s")
    }

    @Test func bytesInMegabytesAndHoursLeft() {
        let line = Message.progress(
            task: .ingestTask, done: 1_048_576, total: 10_485_760_000, unit: .bytes, elapsed: 1)
        #expect(line.en == "ingest 0% 1.0/10000.0 MB · 1.0 MB/s · 2:46:39 left")
    }

    @Test func nothingDoneYetHasNoRate() {
        let line = Message.progress(task: .auditTask, done: 0, total: 3, unit: .plugins, elapsed: 0.5)
        #expect(line.en == "audit 0% 0/3 plugins")
        #expect(line.zh == "审计 0% 0/3 个插件")
    }
}
