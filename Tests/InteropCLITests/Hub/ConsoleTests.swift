import Foundation
import Testing
import TraceModel

/// The regulator's console over the demo city behind a regulator token: refused without one (401) or with a token
/// lacking `read:audit` (403); then in headless Chromium (`scripts/browser/check_console.py`) the search by trace code,
/// market, area and nonsense, the trace tree unfolding and folding, the recall board with an overdue notice in red
/// and one within its deadlines not, the drill history, the same lists with JavaScript off, and screenshots at 360
/// and 1280 px against the references.
@Suite("regulator's console in Chromium")
struct ConsoleTests {
    @Test func searchTreeAndRecallBoard() throws {
        let demo = try DemoCity.shared()
        let (sandbox, nowMilliseconds) = try demo.servedCopy()
        let key = demo.sandbox.file("keys/\(demo.regulator).key")
        let now = Timestamp(epochMilliseconds: nowMilliseconds).text
        // Two recalls: the demo's last farm lot, much of it still held along the chain, issued 8 days ago and never
        // started (overdue: level 1 starts within 24 hours), and another farm lot an hour ago (within its deadlines).
        try #require(demo.farmLots.count >= 3)
        let stallBatch = try #require(demo.farmLots.last)
        let late = Timestamp(epochMilliseconds: nowMilliseconds - 8 * 86_400_000).text
        let recent = Timestamp(epochMilliseconds: nowMilliseconds - 3_600_000).text
        for (lot, at, notice) in [(stallBatch, late, "RC-LATE-1"), (demo.farmLots[2], recent, "RC-RECENT-1")] {
            try sandbox.ok(
                [
                    "recall", "issue", "--store", "city.sqlite", "--batch", lot, "--level", "1", "--reason",
                    "瘦肉精抽检阳性", "--key", key, "--notice", notice, "--at", at,
                ], now: now)
        }
        let hub = try HubProcess(store: sandbox.file("city.sqlite"), in: sandbox, extra: ["--rate", "0"])
        defer { hub.stop() }
        let token = try sandbox.ok(
            [
                "token", "issue", "--key", key, "--subject", "inspector", "--scope", "read:trace,read:audit",
                "--expires", "1h",
            ],
            now: now
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let traceOnly = try sandbox.ok(
            ["token", "issue", "--key", key, "--subject", "shop", "--scope", "read:trace", "--expires", "1h"], now: now
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        // Without a regulator token: the login form, 401; a token without read:audit is refused at login (403).
        let anonymous = try hub.request("GET", "/console/recalls")
        #expect(anonymous.status == 401 && anonymous.body.contains("name=\"token\""), "\(anonymous)")
        let refused = try hub.request(
            "POST", "/console/login", body: Array("token=\(traceOnly)".utf8),
            headers: ["Content-Type": "application/x-www-form-urlencoded"])
        #expect(refused.status == 403 && refused.body.contains("read:audit"), "\(refused)")
        let bearer = try hub.request("GET", "/console/recalls", token: token)
        #expect(bearer.status == 200 && bearer.body.contains("RC-LATE-1") && bearer.body.contains("RC-RECENT-1"))
        #expect(bearer.headers["server-timing"]?.hasPrefix("render;dur=") == true, "\(bearer.headers)")
        #expect(bearer.body.contains("id=\"notice-RC-LATE-1\" data-overdue=\"true\""), "the late recall is overdue")
        #expect(bearer.body.contains("id=\"notice-RC-RECENT-1\" data-overdue=\"false\""), "the recent one is not")
        #expect(
            !bearer.body.contains("<script>") && !bearer.body.contains("http://"), "no inline script, no other site")

        // The slip under the demo's recall: its trace carries the recall flag.
        let manifest = try jsonObject(try demo.sandbox.read("manifest.json"))
        let recallCodes = try #require(
            (manifest["defects"] as? [[String: Any]])?.first { $0["type"] as? String == "sale-after-recall" }?["codes"]
                as? [String])
        var slip: String?
        for batch in recallCodes {
            let down = try sandbox.trace("down", batch, store: "city.sqlite")
            // The smallest code: the same slip on every run (the walk's order may differ).
            let codes = ((down["nodes"] as? [[String: Any]]) ?? []).filter { $0["type"] as? String == "slip" }
                .compactMap { $0["code"] as? String }
            if let least = codes.min(), slip.map({ least < $0 }) ?? true { slip = least }
        }
        let code = try #require(slip)
        let parties = try jsonObject(try sandbox.ok(["parties", "--store", "city.sqlite", "--format", "json"]).stdout)
        let list = try #require(parties["parties"] as? [[String: Any]])
        let market = try #require(list.first { $0["role"] as? String == "retail-market" })
        let spec: [String: Any] = [
            "hub": hub.url, "token": token, "code": code, "market": market["id"] as? String ?? "",
            "area": market["area"] as? String ?? "", "shots": sandbox.path, "references": SlipPageTests.references,
            "record": ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", "expect_overdue": true,
        ]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let run = try Python.script(SlipPageTests.scripts + "/check_console.py", [sandbox.file("spec.json")])
        #expect(run.status == 0 && run.stdout.contains(" 0 failed"), "\(run)")
    }
}
