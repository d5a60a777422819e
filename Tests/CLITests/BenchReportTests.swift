import Foundation
import Testing

/// `scripts/lib/bench_report.py`, which folds a `scripts/bench` run into `bench/results.*`: a scenario that failed
/// records no figure — its row says failed, and the figure an earlier run measured is not kept as if confirmed.
@Suite("bench report")
struct BenchReportTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/lib/bench_report.py").path

    // Guards: a failed row replaces the earlier figure of the same name and scale and shows as failed; a figure of
    // another scale (the near miss) and a measured figure of this run are kept with their values.
    @Test func aFailedScenarioRecordsNoFigure() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.file("out"), withIntermediateDirectories: false)
        try workspace.write(
            "out/results.json",
            """
            {"format": "foodtrace-bench", "v": 1, "metrics": [
              {"name": "audit-all-seconds", "value": 4.2, "unit": "s", "scale": "city", "met": true},
              {"name": "audit-all-seconds", "value": 0.3, "unit": "s", "scale": "small"}]}
            """)
        try workspace.write(
            "metrics.jsonl",
            """
            {"name": "audit-all-seconds", "value": null, "unit": "", "scale": "city", "failed": "foodtrace audit exited 4"}
            {"name": "store-records", "value": 12000, "unit": "records", "scale": "city"}

            """)
        let result = try workspace.runTool(
            "/usr/bin/python3", [Self.script, workspace.file("metrics.jsonl"), workspace.file("out"), "2"])
        try #require(result.status == 0, "\(result)")
        let table = try workspace.read("out/results.md")
        #expect(table.contains("| audit-all-seconds | city | **failed**: foodtrace audit exited 4 |"), "\(table)")
        #expect(!table.contains("4.2 s"), "the earlier city figure is gone: \(table)")
        #expect(table.contains("| audit-all-seconds | small | 0.3 s |"), "\(table)")
        #expect(table.contains("| store-records | city | 12,000 records |"), "\(table)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try workspace.read("out/results.json").utf8)) as? [String: Any])
        let metrics = try #require(json["metrics"] as? [[String: Any]])
        let city = try #require(
            metrics.first { $0["name"] as? String == "audit-all-seconds" && $0["scale"] as? String == "city" })
        #expect(city["value"] is NSNull && city["failed"] as? String == "foodtrace audit exited 4", "\(city)")
    }
}
