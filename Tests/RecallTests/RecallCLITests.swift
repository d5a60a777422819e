import Foundation
import Testing
import TraceCrypto
import TraceDemo

/// `foodtrace recall drill/drills/issue/status/dispose` end to end through the built executable.
@Suite(.serialized) struct RecallCLITests {
    /// A small demo city written by `foodtrace demo` with its manifest and every party's key.
    struct City {
        let folder: URL
        let manifest: DemoManifest
        var store: String { folder.appendingPathComponent("foodtrace.sqlite").path }
        func key(_ party: String) -> String { folder.appendingPathComponent("keys/\(party).key").path }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    }

    private static func makeCity() throws -> City {
        let folder = try Processes.temporaryFolder("cli")
        let result = try Processes.run(
            try FoodtraceExecutable.url(),
            [
                "demo", "--scale", "small", "--seed", "1", "--store",
                folder.appendingPathComponent("foodtrace.sqlite").path,
                "--manifest", folder.appendingPathComponent("manifest.json").path, "--keys",
                folder.appendingPathComponent("keys").path,
            ])
        guard result.status == 0 else { throw ChainError("foodtrace demo failed: \(result)") }
        let manifest = try JSONDecoder().decode(
            DemoManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        return City(folder: folder, manifest: manifest)
    }

    /// One city for the whole suite (the tests run one after another; each works on its own notice numbers).
    private static let city: Result<City, any Error> = Result { try makeCity() }

    private func foodtrace(_ arguments: [String], now: String = "2026-11-08T10:00:00+08:00") throws -> ProcessResult {
        let city = try Self.city.get()
        return try Processes.run(
            try FoodtraceExecutable.url(), arguments + ["--store", city.store], environment: ["FOODTRACE_NOW": now])
    }

    @Test func drillPassesOnACleanLotAndStoresASignedRecord() throws {
        let city = try Self.city.get()
        let lot = try #require(city.manifest.farmLots.first { $0.slips > 0 }?.code)
        let plain = try foodtrace(["recall", "drill", "--batch", lot, "--lang", "en"])
        #expect(plain.status == 0, "\(plain)")
        #expect(
            plain.stdout.contains("PASS") && plain.stdout.contains("accounted for: 100%")
                && plain.stdout.contains("not stored"))
        let chinese = try foodtrace(["recall", "drill", "--batch", lot])
        #expect(
            chinese.stdout.hasPrefix("模拟召回演练：通过") && chinese.stdout.contains("已查明：100%")
                && chinese.stdout.contains("未存档"), "\(chinese)")

        let regulator = city.key(city.manifest.regulator)
        let json = city.path("drill.json")
        let html = city.path("drill.html")
        let stored = try foodtrace([
            "recall", "drill", "--batch", lot, "--key", regulator, "--out", json, "--out", html, "--target", "30m",
        ])
        #expect(stored.status == 0, "\(stored)")
        #expect(stored.stdout.contains("已存档：记录 sha256:"))
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: json)))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(report["passed"] as? Bool == true && report["targetMilliseconds"] as? Int == 1_800_000)
        #expect((report["storage"] as? [String: Any])?["stored"] as? Bool == true)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<table id=\"reconciliation\">"))

        let listed = try foodtrace(["recall", "drills", "--format", "json"])
        #expect(listed.status == 0, "\(listed)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        #expect(list["format"] as? String == "foodtrace-recall-drills")
        let drills = try #require(list["drills"] as? [[String: Any]])
        let drill = try #require(drills.last)
        #expect(
            drill["lot"] as? String == lot && drill["passed"] as? Bool == true
                && drill["party"] as? String == city.manifest.regulator)
        let hash = Digest.sha256(bytes).map { String(format: "%02x", $0) }.joined()
        #expect(drill["reportSHA256"] as? String == hash, "the stored hash is the JSON report's")
        let text = try foodtrace(["recall", "drills", "--lang", "en"])
        #expect(text.status == 0 && text.stdout.contains(lot) && text.stdout.contains("PASS"))
        #expect(try foodtrace(["recall", "drills"]).stdout.contains("  通过  "))
    }

    @Test func drillFailsOnABrokenLotAndRefusesBadInput() throws {
        let city = try Self.city.get()
        let broken = try #require(city.manifest.defects.first { $0.type == "oversold" }?.codes.first)
        let failed = try foodtrace(["recall", "drill", "--batch", broken, "--format", "json"])
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.stdout.contains("\"negative-on-hand\""))

        let lot = try #require(city.manifest.farmLots.first?.code)
        for arguments in [
            ["recall", "drill", "--batch", "123"],
            ["recall", "drill", "--batch", lot, "--random"],
            ["recall", "drill"],
            ["recall", "drill", "--batch", lot, "--target", "soon"],
            ["recall", "drill", "--batch", lot, "--out", city.path("report.pdf")],
            ["recall", "drill", "--batch", lot, "--key", city.path("no-such.key")],
            ["recall", "drill", "--batch", lot, "--key", city.key(try #require(city.manifest.sampleParties["farm"]))],
            ["recall", "drill", "--batch", try #require(city.manifest.sampleSlips.first)],
        ] {
            let result = try foodtrace(arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
        }
    }

    @Test func randomDrillsAreDeterministicBySeed() throws {
        func pick(_ seed: String) throws -> String {
            let result = try foodtrace(["recall", "drill", "--random", "--seed", seed, "--format", "json"])
            #expect(result.status == 0 || result.status == 1, "\(result)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect((report["scenario"] as? String)?.contains("（种子 \(seed)）") == true)
            return try #require((report["lot"] as? [String: Any])?["code"] as? String)
        }
        let first = try pick("7")
        #expect(try pick("7") == first)
        let picks = try Set(["1", "2", "3", "4", "5"].map(pick))
        #expect(picks.count > 1)
    }

    @Test func issueStatusAndDisposeFollowARealRecall() throws {
        let city = try Self.city.get()
        let regulator = city.key(city.manifest.regulator)
        // A lot with some of it still on hand somewhere at the end of the demo.
        var candidate: String?
        for farmLot in city.manifest.farmLots.reversed() where farmLot.slips > 0 {
            let drill = try foodtrace(["recall", "drill", "--batch", farmLot.code, "--format", "json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(drill.stdout.utf8)) as? [String: Any])
            if (report["reconciliation"] as? [String: Any])?["onHand"] as? String != "0" {
                candidate = farmLot.code
                break
            }
        }
        let lot = try #require(candidate)
        let issued = try foodtrace([
            "recall", "issue", "--batch", lot, "--level", "1", "--reason", "抽检不合格", "--key", regulator,
            "--notice", "RC-CLI-1", "--lang", "en",
        ])
        #expect(issued.status == 0, "\(issued)")
        #expect(
            issued.stdout.contains("recall RC-CLI-1 (level 1)") && issued.stdout.contains("2026-11-09T10:00:00+08:00"))
        // Sunday 8 Nov 2026: the ten working days run Mon 9 … Fri 20 Nov.
        #expect(issued.stdout.contains("finish by 2026-11-21T00:00:00+08:00"), "\(issued)")

        let soon = try foodtrace(
            ["recall", "status", "RC-CLI-1", "--format", "json"], now: "2026-11-08T11:00:00+08:00")
        #expect(soon.status == 0, "\(soon)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(soon.stdout.utf8)) as? [String: Any])
        let statuses = try #require(list["recalls"] as? [[String: Any]])
        let status = try #require(statuses.first)
        #expect(status["state"] as? String == "in-progress")
        let holders = try #require(status["holders"] as? [[String: Any]])
        let open = try #require(
            holders.first { ($0["outstanding"] as? String) != "0" && ($0["batches"] as? [String])?.count == 1 })
        let party = try #require(open["party"] as? String)
        let batch = try #require((open["batches"] as? [String])?.first)
        let quantity = try #require(open["outstanding"] as? String)
        let unit = try #require(open["unit"] as? String)

        let disposed = try foodtrace(
            [
                "recall", "dispose", "--batch", batch, "--quantity", quantity, "--unit", unit, "--method", "returned",
                "--notice", "RC-CLI-1", "--key", city.key(party),
            ], now: "2026-11-08T12:00:00+08:00")
        #expect(disposed.status == 0, "\(disposed)")
        let after = try foodtrace(["recall", "status", "RC-CLI-1", "--lang", "en"], now: "2026-11-08T13:00:00+08:00")
        #expect(after.status == 0, "\(after)")
        #expect(after.stdout.contains("start by 2026-11-09T10:00:00+08:00: met"), "\(after)")
        let row = try #require(
            after.stdout.split(separator: "\n").first { $0.contains(party) && $0.contains(" \(unit) ") })
        #expect(row.hasSuffix("done") && row.contains(" \(quantity) "), "\(row)")

        // A month later, with quantity still outstanding elsewhere: overdue, exit 1.
        let late = try foodtrace(["recall", "status", "RC-CLI-1", "--lang", "en"], now: "2026-12-08T10:00:00+08:00")
        #expect(late.status == 1 && late.stdout.contains("OVERDUE"), "\(late)")

        for arguments in [
            ["recall", "status", "RC-NO-SUCH"],
            ["recall", "issue", "--batch", lot, "--level", "4", "--reason", "x", "--key", regulator],
            [
                "recall", "issue", "--batch", lot, "--level", "1", "--reason", "x", "--key",
                city.key(try #require(city.manifest.sampleParties["stall"])),
            ],
            [
                "recall", "dispose", "--batch", batch, "--quantity", "0", "--method", "returned", "--notice",
                "RC-CLI-1", "--key", city.key(party),
            ],
            [
                "recall", "dispose", "--batch", batch, "--quantity", "1", "--method", "eaten", "--notice", "RC-CLI-1",
                "--key", city.key(party),
            ],
        ] {
            let result = try foodtrace(arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
        }
    }
}
