import Foundation
import Testing
import TraceGraph

/// The HTML drill report: self-contained, and its reconciliation table is there when a real browser loads it.
struct DrillHTMLTests {
    static let measures = [
        "produced", "shipped", "received", "on-hand", "sold", "used", "destroyed", "returned", "in-transit",
        "unaccounted", "excess-out", "accounted", "accounted-percent",
    ]

    private func oversoldReport() throws -> DrillReport {
        let city = try DemoCity.shared()
        let lot = try #require(city.defects("oversold").first?.codes.first)
        return try Drills.run(city.store, lot: lot)
    }

    @Test func theReportNeedsNothingFromTheNetwork() throws {
        let html = DrillHTMLRenderer.render(try oversoldReport(), reportSHA256: String(repeating: "a", count: 64))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["http://", "https://", "src=", "<link", "<script", "url(", "@import", "//cdn"] {
            #expect(!html.lowercased().contains(forbidden), "the report contains \(forbidden)")
        }
        #expect(html.contains("<style>") && html.contains("<meta charset=\"utf-8\">"))
        #expect(DrillHTMLRenderer.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    @Test func chromiumFindsTheReconciliationTable() throws {
        let report = try oversoldReport()
        let browser = try #require(
            Processes.which(["chromium", "chromium-browser", "google-chrome"]),
            "Chromium is required (Debian package chromium; scripts/lib/setup.sh installs it)")
        let folder = try Processes.temporaryFolder("html")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("drill.html")
        try Data(DrillHTMLRenderer.render(report).utf8).write(to: file)
        let result = try Processes.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--dump-dom", file.absoluteString,
            ], environment: ["HOME": folder.path], timeout: 120)
        try #require(result.status == 0, "\(result)")
        let dom = result.stdout
        #expect(dom.contains("<table id=\"reconciliation\">"), "\(result)")
        for measure in Self.measures { #expect(dom.contains("data-measure=\"\(measure)\""), "row \(measure) missing") }
        let table = try #require(
            dom.range(of: "<table id=\"reconciliation\">").map { String(dom[$0.lowerBound...]) }?
                .components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr data-measure=").count - 1 == Self.measures.count)
        #expect(table.contains(">\(report.reconciliation.produced)<") && table.contains("100% "))
        #expect(dom.contains("<table id=\"gaps\">") && dom.contains("negative-on-hand"))
        #expect(dom.contains("id=\"verdict\"") && dom.contains("FAIL"))
    }
}
