import Foundation
import Testing

/// `foodtrace report`: the month's page through the binary, checked in headless Chromium
/// (`scripts/browser/check_report.py`: structure, evidence links, no external assets, charts, language, screenshot).
@Suite("report: the month's page")
struct ReportCommandTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/browser").path

    /// Runs the Chromium check on `page` and requires it to pass.
    static func checkInChromium(_ workspace: Workspace, page: String, language: String) throws {
        let result = try workspace.runTool(
            "/usr/bin/env", ["python3", scripts + "/check_report.py", page, page + ".png", language])
        #expect(result.status == 0 && result.stdout.hasSuffix(" 0 failed\n"), "\(result)")
        #expect(workspace.exists(page + ".png"))
    }

    @Test(arguments: ["zh", "en"])
    func wholeStoreInEachLanguage(language: String) throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.ok([
            "report", "--store", demo.store, "--period", "2026-11", "--out", "report.html", "--lang", language,
        ])
        let html = try workspace.read("report.html")
        #expect(
            result.stdout == (language == "en" ? "wrote report.html (50 findings)\n" : "已写入报告 report.html（问题 50 项）\n"))
        #expect(html.contains(language == "en" ? "<html lang=\"en\">" : "<html lang=\"zh-CN\">"))
        // Three school canteens, each with its rate from the school-meals plugin.
        #expect(html.components(separatedBy: "<tr class=\"canteen\">").count - 1 == 3)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        try Self.checkInChromium(workspace, page: "report.html", language: language)
    }

    @Test func marketCoversItsStallsOnly() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        try workspace.ok([
            "report", "--store", demo.store, "--period", "2026-11", "--market", "RM-510104-001", "--out", "m.html",
        ])
        let html = try workspace.read("m.html")
        let parties = Set(
            html.matches(of: /<tr id="f-\d+" class="finding">(?:<td>.*?<\/td>){2}<td>[^<]*<code>([^<]+)<\/code>/).map {
                String($0.output.1)
            })
        #expect(!parties.isEmpty)
        #expect(parties.allSatisfy { $0.hasPrefix("ST-510104-") || $0 == "RM-510104-001" }, "\(parties)")
        #expect(html.contains("锦江区"))
        try Self.checkInChromium(workspace, page: "m.html", language: "zh")
    }

    @Test func areaCodeOfADistrictKeepsItsParties() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        try workspace.ok([
            "report", "--store", demo.store, "--period", "2026-11", "--area", "510104", "--out", "a.html",
        ])
        let whole = try workspace.ok(["report", "--store", demo.store, "--period", "2026-11", "--out", "w.html"])
        let area = try workspace.read("a.html")
        let rows = area.components(separatedBy: "class=\"finding\"").count - 1
        #expect(rows > 0 && rows < 46, "\(rows) findings in 510104 of 46 in the city (\(whole.stdout))")
        #expect(!area.contains("<code>ST-510105-"), "no stall of another district")
    }

    @Test func anotherMonthHasNoFindings() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.ok(
            ["report", "--store", demo.store, "--period", "2026-10", "--out", "o.html", "--lang", "en"])
        #expect(result.stdout == "wrote o.html (0 findings)\n")
        #expect(try workspace.read("o.html").contains("None in this period"))
    }

    @Test(
        arguments: [
            (["--period", "2026-13"], "--period 2026-13"), (["--period", "202611"], "--period 202611"),
            (["--period", "2026-11", "--area", "510104", "--market", "RM-510104-001"], "--area"),
            (["--period", "2026-11", "--market", "ST-510104-002"], "--market ST-510104-002"),
            (["--period", "2026-11", "--market", "RM-999999-001"], "--market RM-999999-001"),
            (["--period", "2026-11", "--area", "990000"], "--area 990000"),
            (["--period", "2026-11", "--format", "docx"], "--format docx"),
        ])
    func badInputExits2AndWritesNothing(arguments: [String], names: String) throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.run(["report", "--store", demo.store, "--out", "bad.html"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("foodtrace: ") && result.stderr.contains(names), "\(result)")
        #expect(!workspace.exists("bad.html"))
    }

    @Test func anExistingFileIsKeptWithoutForce() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        try workspace.write("report.html", "earlier")
        let refused = try workspace.run([
            "report", "--store", demo.store, "--period", "2026-11", "--out", "report.html",
        ])
        #expect(refused.status == 2)
        #expect(try workspace.read("report.html") == "earlier")
        try workspace.ok(["report", "--store", demo.store, "--period", "2026-11", "--out", "report.html", "--force"])
        #expect(try workspace.read("report.html").hasPrefix("<!DOCTYPE html>"))
    }

    @Test func pdfThroughChromium() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        try workspace.ok(["report", "--store", demo.store, "--period", "2026-11", "--out", "report.pdf"])
        let bytes = try workspace.bytes("report.pdf")
        #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 20_000)
    }

    @Test func pdfWithoutChromiumIsAClearError() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let result = try workspace.run(
            ["report", "--store", demo.store, "--period", "2026-11", "--out", "r.pdf", "--lang", "en"],
            environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format pdf needs Chromium"))
        #expect(!workspace.exists("r.pdf"))
    }
}
