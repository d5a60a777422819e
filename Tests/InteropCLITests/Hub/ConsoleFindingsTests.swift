import Foundation
import Testing
import TraceCrypto
import TraceModel

/// The console's findings page, period report download, evidence records and drill history over the demo city,
/// through a running hub: the findings of November 2026 by severity, rule and party; a market's page keeps only the
/// market and its stalls; the download is `foodtrace report`'s page for the same month and scope (one gathering for
/// both); a filter that is not a month is refused on a page that says so; a drill's JSON report is accepted by
/// `POST /drills/reports` only when a stored drill names its hash, and the drill history links to it. Then in
/// headless Chromium (`scripts/browser/check_findings.py`): the filters, the links that narrow the list, a finding's
/// evidence record, the drill report, the same with JavaScript off, and screenshots at 360 and 1280 px.
@Suite("console findings, report and drills")
struct ConsoleFindingsTests {
    @Test func findingsReportAndDrills() throws {
        let demo = try DemoCity.shared()
        let (sandbox, nowMilliseconds) = try demo.servedCopy()
        let key = demo.sandbox.file("keys/\(demo.regulator).key")
        let now = Timestamp(epochMilliseconds: nowMilliseconds, offsetMinutes: 480).text
        let month = String(now.prefix(7))
        // A drill of a farm lot stored by the regulator now (this month), its JSON report kept aside.
        let lot = try #require(demo.farmLots.first)
        let drill = try sandbox.run(
            ["recall", "drill", "--store", "city.sqlite", "--batch", lot, "--key", key, "--out", "drill.json"], now: now
        )
        #expect(drill.status == 0 || drill.status == 1, "\(drill)")
        let reportBytes = try sandbox.bytes("drill.json")
        try FileManager.default.createDirectory(
            atPath: sandbox.file("drill-reports"), withIntermediateDirectories: true)
        let hub = try HubProcess(
            store: sandbox.file("city.sqlite"), in: sandbox,
            extra: ["--rate", "0", "--drill-reports", sandbox.file("drill-reports")])
        defer { hub.stop() }
        let token = try sandbox.ok(
            [
                "token", "issue", "--key", key, "--subject", "inspector", "--scope", "read:trace,read:audit",
                "--expires", "1h",
            ],
            now: now
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        // The findings of November: behind the token; counted as `foodtrace report` counts them.
        #expect(try hub.request("GET", "/console/findings?period=2026-11").status == 401)
        let whole = try hub.request("GET", "/console/findings?period=2026-11", token: token)
        #expect(whole.status == 200 && whole.headers["server-timing"]?.hasPrefix("render;dur=") == true, "\(whole)")
        let cli = try sandbox.ok(
            ["report", "--store", "city.sqlite", "--period", "2026-11", "--out", "whole.html", "--lang", "en"], now: now
        )
        let counted = try #require(Int(cli.stdout.firstMatch(of: /\((\d+) finding/)?.output.1 ?? ""), "\(cli)")
        #expect(counted > 0)
        #expect(whole.body.contains("共 \(counted) 项"), "the page counts what the report counts (\(counted))")
        #expect(Self.rows(whole.body).count == counted)
        #expect(Self.rows(whole.body).allSatisfy { ["warning", "violation", "critical"].contains($0.severity) })
        // Each finding links to its evidence records' pages.
        let evidence = try #require(whole.body.firstMatch(of: /href="\/console\/records\/(sha256:[0-9a-f]{64})"/))
        let record = try hub.request("GET", "/console/records/\(evidence.output.1)", token: token)
        #expect(
            record.status == 200 && record.body.contains("id=\"record\"")
                && record.body.contains(String(evidence.output.1)))
        let missing = try hub.request(
            "GET", "/console/records/sha256%3A\(String(repeating: "0", count: 64))", token: token)
        #expect(missing.status == 404 && missing.body.contains("id=\"problem\""), "\(missing)")

        // Only warnings and worse by default; `severity=info` adds the figures; `severity=critical` only those.
        let info = try hub.request("GET", "/console/findings?period=2026-11&severity=info", token: token)
        #expect(Self.rows(info.body).count > counted && Self.rows(info.body).contains { $0.severity == "info" })
        let critical = try hub.request("GET", "/console/findings?period=2026-11&severity=critical", token: token)
        #expect(Self.rows(critical.body).allSatisfy { $0.severity == "critical" })
        #expect(Self.rows(critical.body).count < counted)
        // One rule, by the link of the by-rule table.
        let rule = try #require(Self.rows(whole.body).first?.rule)
        let ruled = try hub.request(
            "GET", "/console/findings?period=2026-11&rule=\(rule.replacingOccurrences(of: "/", with: "%2F"))",
            token: token)
        #expect(!Self.rows(ruled.body).isEmpty && Self.rows(ruled.body).allSatisfy { $0.rule == rule })

        // A market: only it and its stalls, as `foodtrace report --market` finds.
        let parties = try jsonObject(try sandbox.ok(["parties", "--store", "city.sqlite", "--format", "json"]).stdout)
        let list = try #require(parties["parties"] as? [[String: Any]])
        let markets = list.filter { $0["role"] as? String == "retail-market" }.compactMap { $0["id"] as? String }
        let market = markets.contains("RM-510104-001") ? "RM-510104-001" : try #require(markets.first)
        let inMarket = try jsonObject(
            try sandbox.ok(["parties", "--store", "city.sqlite", "--market", market, "--format", "json"]).stdout)
        let members = Set(((inMarket["parties"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(members.contains(market) && members.count > 1, "\(members)")
        let marketPage = try hub.request("GET", "/console/findings?period=2026-11&market=\(market)", token: token)
        let marketRows = Self.rows(marketPage.body)
        #expect(marketRows.allSatisfy { members.contains($0.party) }, "\(marketRows.map(\.party))")
        #expect(marketRows.count < counted)
        // The download: the report of `foodtrace report` for the same month and market, but for when it was made.
        let download = try hub.request("GET", "/console/report?period=2026-11&market=\(market)", token: token)
        #expect(download.status == 200, "\(download)")
        #expect(download.headers["content-disposition"] == "attachment; filename=\"foodtrace-report-2026-11.html\"")
        #expect(download.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        try sandbox.ok(
            ["report", "--store", "city.sqlite", "--period", "2026-11", "--market", market, "--out", "m.html"], now: now
        )
        #expect(Self.masked(download.body) == Self.masked(try sandbox.read("m.html")), "the same page as the CLI's")
        let english = try hub.request("GET", "/console/report?period=2026-11&lang=en", token: token)
        try sandbox.ok(
            ["report", "--store", "city.sqlite", "--period", "2026-11", "--out", "w.html", "--lang", "en"], now: now)
        #expect(Self.masked(english.body) == Self.masked(try sandbox.read("w.html")))

        // Filters that are not valid: said on the page, 400; a market id that is a stall, likewise.
        let badPeriod = try hub.request("GET", "/console/findings?period=2026-13", token: token)
        #expect(
            badPeriod.status == 400 && badPeriod.body.contains("2026-13") && badPeriod.body.contains("id=\"problem\""))
        let stall = try #require(members.first { $0 != market })
        let notMarket = try hub.request("GET", "/console/findings?period=2026-11&market=\(stall)", token: token)
        #expect(notMarket.status == 400 && notMarket.body.contains(stall), "\(notMarket)")
        let badSeverity = try hub.request("GET", "/console/findings?severity=loud", token: token)
        #expect(badSeverity.status == 400)
        let noArea = try hub.request("GET", "/console/report?period=2026-11&area=999999", token: token)
        #expect(noArea.status == 400 && noArea.body.contains("999999"))

        // The drill's report: refused until it is the one a stored drill names, then kept and linked.
        let drills = try hub.request("GET", "/console/drills?period=\(month)", token: token)
        #expect(drills.status == 200 && drills.body.contains("data-report=\"false\""), "\(drills)")
        var tampered = reportBytes
        tampered.insert(UInt8(ascii: " "), at: tampered.count - 1)
        let refused = try hub.request("POST", "/drills/reports", body: tampered)
        #expect(refused.status == 422 && refused.errorCode == "no-drill", "\(refused)")
        let notReport = try hub.request("POST", "/drills/reports", body: Array("{\"format\":\"x\"}".utf8))
        #expect(notReport.status == 400, "\(notReport)")
        let kept = try hub.request("POST", "/drills/reports", body: reportBytes)
        let keptLot = try kept.json()["lot"] as? String
        #expect(kept.status == 201 && keptLot == lot, "\(kept)")
        #expect(try hub.request("POST", "/drills/reports", body: reportBytes).status == 200, "kept once")
        let linked = try hub.request("GET", "/console/drills?period=\(month)", token: token)
        let drillRecord = try #require(
            linked.body.firstMatch(of: /data-record="(sha256:[0-9a-f]{64})" data-report="true"/))
        let report = try hub.request(
            "GET", "/console/drills/\(drillRecord.output.1.replacingOccurrences(of: ":", with: "%3A"))/report",
            token: token)
        #expect(report.status == 200 && report.body.contains("id=\"verdict\"") && report.body.contains(lot))
        #expect(report.body.contains(DrillHash.of(reportBytes)), "the page names the report's hash")
        let other = try hub.request("GET", "/console/drills?period=2026-10", token: token)
        #expect(other.body.contains("id=\"no-drills\""), "no drill in another month")

        // In Chromium, with and without JavaScript.
        let spec: [String: Any] = [
            "hub": hub.url, "token": token, "market": market, "rule": rule, "month": month,
            "shots": sandbox.path, "references": SlipPageTests.references,
            "record": ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1",
        ]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let run = try Python.script(SlipPageTests.scripts + "/check_findings.py", [sandbox.file("spec.json")])
        #expect(run.status == 0 && run.stdout.contains(" 0 failed"), "\(run)")
    }

    struct Row {
        var severity: String
        var rule: String
        var party: String
    }

    /// The findings listed on a page.
    static func rows(_ html: String) -> [Row] {
        html.matches(
            of:
                /<tr id="f-\d+" class="finding [^"]*" data-severity="([a-z]+)" data-rule="([^"]+)" data-party="([^"]*)">/
        )
        .map { Row(severity: String($0.output.1), rule: String($0.output.2), party: String($0.output.3)) }
    }

    /// A report page without the time it was made.
    static func masked(_ html: String) -> String {
        html.replacing(/<dt>(生成时间|Generated)<\/dt><dd>[^<]*<\/dd>/, with: "")
    }
}

/// The SHA-256 a drill record names for its JSON report.
enum DrillHash {
    static func of(_ bytes: [UInt8]) -> String { Digest.sha256(bytes).map { String(format: "%02x", $0) }.joined() }
}
