import Foundation
import Testing
import TraceModel

/// Scripting the till: `code new` makes the next trace code (check digit included), `log` says when `--limit` cut
/// the list, and `recall drill --out` prepares every file before it signs and stores the drill.
@Suite("scripting the till")
struct TillScriptingTests {
    @Test func codeNewPrintsTheNextFreeCodeOfThePartysNodeAndDay() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // The stall used serials 0001 (its lot) and 0002 (the slip) on 2026-11-28.
        let next = try workspace.ok(["code", "new", "--party", chain.stall.id, "--kind", "slip"]).stdout
        let expected = try #require(TraceCode(area: "510104", node: "112", date: "261128", serial: 3))
        #expect(next == expected.digits + "\n")
        #expect((try? TraceCode(validating: String(next.dropLast()))) != nil, "the check digit is right")
        let json = try workspace.ok(
            ["code", "new", "--party", chain.stall.id, "--kind", "batch", "--at", "2026-11-29", "--format", "json"]
        ).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nextDay = try #require(TraceCode(area: "510104", node: "112", date: "261129", serial: 0))
        #expect(object["code"] as? String == nextDay.digits && object["grouped"] as? String == nextDay.grouped)
        #expect(object["party"] as? String == chain.stall.id && object["date"] as? String == "2026-11-29")
        // The code a sale then takes is the one printed.
        let sale = try workspace.ok(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "1",
                "--unit-price", "28", "--key", chain.stall.keyFile, "--format", "json",
            ])
        #expect(sale.stdout.contains(#""slip" : "\#(expected.digits)""#), "\(sale)")
        // A kind the party does not make, and an unknown party, are refused.
        let meal = try workspace.run(
            ["code", "new", "--party", chain.stall.id, "--kind", "meal", "--lang", "en"])
        #expect(meal.status == 2 && meal.stderr.contains("is a stall, which makes no meal"), "\(meal)")
        let slip = try workspace.run(["code", "new", "--party", chain.farm.id, "--kind", "slip", "--lang", "en"])
        #expect(slip.status == 2 && slip.stderr.contains("makes no slip"), "\(slip)")
        let farmBatch = try workspace.ok(["code", "new", "--party", chain.farm.id, "--kind", "batch"]).stdout
        #expect(farmBatch == CLIChain.code(area: "510112", node: "003", serial: 2).digits + "\n")
        let unknown = try workspace.run(["code", "new", "--party", "STALL-510104-001-A13", "--kind", "slip"])
        #expect(unknown.status == 2 && unknown.stderr.contains(chain.stall.id), "did you mean: \(unknown)")
    }

    @Test func logSaysWhenLimitCutTheList() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let all = try workspace.run(["log", "--limit", "13", "--lang", "en"])
        #expect(all.status == 0 && all.stdout.split(separator: "\n").count == 13 && all.stderr.isEmpty, "\(all)")
        let cut = try workspace.run(["log", "--limit", "12", "--lang", "en"])
        #expect(cut.status == 0 && cut.stdout.split(separator: "\n").count == 12, "\(cut)")
        #expect(cut.stderr.contains("showing the newest 12 records; older ones were left out"), "\(cut)")
        let json = try workspace.run(["log", "--limit", "3", "--format", "json"])
        #expect(json.stdout.split(separator: "\n").count == 3 && json.stderr.contains("只列出了最新的 3 条记录"), "\(json)")
        let zero = try workspace.run(["log", "--limit", "0"])
        #expect(zero.status == 2, "\(zero)")
    }

    @Test func aDrillWhoseReportCannotBeWrittenStoresNothing() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let before = try workspace.exported()
        // /proc takes no new files (whoever runs the test): the check before the drill passes, the write fails.
        let drill = [
            "recall", "drill", "--batch", chain.carcass.digits, "--key", CLIChain.regulatorKey, "--lang", "en",
        ]
        let unwritable = try workspace.run(drill + ["--out", "report.html", "--out", "/proc/foodtrace-drill.json"])
        #expect(unwritable.status == 2 && unwritable.stderr.contains("/proc/foodtrace-drill.json"), "\(unwritable)")
        #expect(try workspace.exported() == before, "no drill record stored")
        #expect(!workspace.exists("report.html"), "no report written either")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasSuffix(".tmp") }
        #expect(hidden.isEmpty, "no temporary file left: \(hidden)")
        // The near miss: writable files, the record stored, its hash that of the JSON report written.
        let written = try workspace.run(drill + ["--out", "report.html", "--out", "report.json"])
        #expect(written.status == 0, "\(written)")
        let digest = try workspace.runTool("/usr/bin/sha256sum", ["report.json"]).stdout.prefix(64)
        #expect(digest.count == 64)
        let stored = try workspace.ok(["log", "--kind", "test", "--format", "json", "--limit", "1"]).stdout
        #expect(stored.contains("sha256:\(digest)"), "\(stored)")
        #expect(workspace.exists("report.html"))
    }
}
