import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceSlips

/// The shopper's slip page served by a hub over the demo city, in headless Chromium at phone size
/// (`scripts/browser/check_slip_page.py`): the QR address read by zbarimg from a printed slip's PNG shows 真; one digit
/// changed, a swapped signature, a slip signed by a market's key and one signed with a key not the stall's show 假;
/// the recall banner shows on a recalled slip and not on a clean one; with the hub stopped the same verdicts come from
/// the service worker's cache; online the slip's record is shown in the hub's log under a head the regulator
/// co-signed, and answers one step wrong (another leaf, a changed path, leaf, root or head, an altered or unknown
/// co-signature) are refused; with JavaScript off the page says it cannot check; screenshots at 360 and 1280 px match
/// the references in `References/` within 1% of pixels (`RECORD_SNAPSHOTS=1` re-records them).
@Suite("slip page in Chromium")
struct SlipPageTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/browser").path
    static let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("References").path

    /// The signed sale a slip page address carries.
    static func record(_ url: String) throws -> Record {
        try SlipPayload.decode(try SlipLink.payload(fromScanned: url))
    }

    /// `record`'s sale re-signed: as `issuer` with `key`, or with `signature` in place of its own.
    static func forged(_ record: Record, issuer: String? = nil, key: PrivateKey? = nil, signature: Signature? = nil)
        throws -> Record
    {
        guard case .sell(let sale) = try record.decodedBody() else { throw HubFailure("not a sale") }
        let unsigned = try Record(
            kind: .sell, issuer: issuer ?? record.issuer, seq: issuer == nil ? record.seq : 1,
            prev: issuer == nil ? record.prev : nil, at: record.at, body: sale)
        if let key { return try unsigned.signed(by: key) }
        return unsigned.signed(with: signature ?? record.sig!)
    }

    /// `trust export` of the city's parties as `bundle.json`, signed by the regulator and valid for 30 days from `now`.
    static func exportBundle(_ demo: DemoCity, in sandbox: Sandbox, now: String) throws {
        try sandbox.ok(
            [
                "trust", "export", "--store", "city.sqlite", "--key", demo.sandbox.file("keys/\(demo.regulator).key"),
                "--out", "bundle.json", "--valid-for", "30d",
            ], now: now)
    }

    static func address(_ record: Record, hub: String) throws -> String {
        try SlipLink.url(base: hub, payload: try SlipPayload.encode(record: record))
    }

    @Test func verdictsOnlineAndOfflineRecallBannerAndScreenshots() throws {
        let demo = try DemoCity.shared()
        // The bundle is checked against the real clock, by the hub and by the browser.
        let (sandbox, clock) = try demo.servedCopy()
        let keys = demo.sandbox.file("keys")
        let now = Timestamp(epochMilliseconds: clock).text
        try Self.exportBundle(demo, in: sandbox, now: now)
        let hub = try HubProcess(
            store: sandbox.file("city.sqlite"), in: sandbox,
            extra: ["--slip-bundle", sandbox.file("bundle.json"), "--rate", "0"])
        defer { hub.stop() }
        try sandbox.ok(["settings", "hub-url", hub.url, "--store", "city.sqlite"])

        // The page and its files: one origin, a policy that forbids any other, the worker allowed at /s.
        let page = try hub.request("GET", "/s")
        #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8", "\(page)")
        let policy = page.headers["content-security-policy"] ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), "\(policy)")
        #expect(!page.body.contains("http://") && !page.body.contains("https://"), "no external assets")
        #expect(try hub.request("GET", "/s/sw.js").headers["service-worker-allowed"] == "/s")
        let script = try hub.request("GET", "/s/slip.js")
        #expect(script.status == 200 && !script.body.contains("http://") && !script.body.contains("https://"))

        // Ed25519 slips (the browser checks those), the first printed and read back by zbarimg.
        let slips = try demo.sampleSlips.compactMap { code -> (code: String, url: String, record: Record)? in
            let url = try sandbox.ok(["slip", code, "--store", "city.sqlite", "--format", "url"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let record = try Self.record(url)
            return record.sig?.alg == "ed25519" ? (code, url, record) : nil
        }
        try #require(slips.count >= 2, "two Ed25519 sample slips")
        let (code, first, firstRecord) = slips[0]
        try sandbox.write(
            "slip.svg", try sandbox.ok(["slip", code, "--store", "city.sqlite", "--format", "svg"]).stdout)
        try Self.tool("/usr/bin/rsvg-convert", ["-z", "3", "-o", sandbox.file("slip.png"), sandbox.file("slip.svg")])
        let scanned = try Self.tool("/usr/bin/zbarimg", ["--raw", "-q", sandbox.file("slip.png")])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(scanned == first && scanned.hasPrefix(hub.url + "/s#1"), "zbarimg read \(scanned)")

        var changed = Array(scanned)
        let middle = changed.count - 150
        changed[middle] = changed[middle] == "5" ? "6" : "5"
        let swapped = try Self.forged(
            firstRecord,
            signature: Signature(
                alg: "ed25519", key: firstRecord.sig!.key, value: slips[1].record.sig!.value))
        let bundle = try jsonObject(try sandbox.read("bundle.json"))
        let parties = try #require(bundle["parties"] as? [[String: Any]])
        let stall = try #require(parties.first { $0["id"] as? String == firstRecord.issuer })
        let market = try #require(stall["parent"] as? String)
        let farm = try #require(parties.first { $0["role"] as? String == "farm" }?["id"] as? String)
        let (_, marketKey) = try KeyFile.read("\(keys)/\(market).key")
        let (_, farmKey) = try KeyFile.read("\(keys)/\(farm).key")
        let byMarket = try Self.forged(firstRecord, issuer: market, key: marketKey)
        let byFarmKey = try Self.forged(firstRecord, key: farmKey)

        // A slip under a recall notice (the demo's sale after a recall), and a clean one.
        let manifest = try jsonObject(try demo.sandbox.read("manifest.json"))
        let recallCodes = try #require(
            (manifest["defects"] as? [[String: Any]])?.first { $0["type"] as? String == "sale-after-recall" }?["codes"]
                as? [String])
        var recalledSlip: String?
        for batch in recallCodes {
            let down = try sandbox.trace("down", batch, store: "city.sqlite")
            // The smallest code: the same slip on every run (the walk's order may differ).
            let codes = ((down["nodes"] as? [[String: Any]]) ?? []).filter { $0["type"] as? String == "slip" }
                .compactMap { $0["code"] as? String }
            if let least = codes.min(), recalledSlip.map({ least < $0 }) ?? true { recalledSlip = least }
        }
        let recalled = try #require(recalledSlip, "a slip under the demo's recall")
        let recalledURL = try sandbox.ok(["slip", recalled, "--store", "city.sqlite", "--format", "url"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let status = try jsonObject(try hub.request("GET", "/s/status/\(recalled)").body)
        #expect(status["recalled"] as? Bool == true, "\(status)")
        let cleanStatus = try jsonObject(try hub.request("GET", "/s/status/\(code)").body)
        #expect(cleanStatus["recalled"] as? Bool == false, "\(cleanStatus)")

        let cases: [[String: String]] = [
            ["name": "genuine", "url": scanned, "verdict": "genuine", "why": "签名有效"],
            ["name": "one-digit-changed", "url": String(changed), "verdict": "fake", "why": ""],
            [
                "name": "swapped-signature", "url": try Self.address(swapped, hub: hub.url), "verdict": "fake",
                "why": "签名无效",
            ],
            [
                "name": "signed-by-market", "url": try Self.address(byMarket, hub: hub.url), "verdict": "fake",
                "why": "不是摊位",
            ],
            [
                "name": "farm-key", "url": try Self.address(byFarmKey, hub: hub.url), "verdict": "fake",
                "why": "签名密钥未登记",
            ],
            ["name": "second-genuine", "url": slips[1].url, "verdict": "genuine", "why": "签名有效"],
        ]
        // The CLI agrees on every case.
        for item in cases {
            let cli = try sandbox.run(["slip", "verify", item["url"]!, "--bundle", "bundle.json"], now: now)
            #expect((cli.status == 0) == (item["verdict"] == "genuine"), "\(item["name"]!): \(cli)")
        }
        // The regulator witnesses the hub's log: its co-signature is what the page checks the slip's inclusion
        // against (a copy of the key: the witness keeps its last head beside it).
        try FileManager.default.copyItem(
            atPath: "\(keys)/\(demo.regulator).key", toPath: sandbox.file("witness.key"))
        try sandbox.ok(["log", "witness", "--hub", hub.url, "--key", "witness.key"], now: now)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let spec: [String: Any] = [
            "profile": sandbox.file("chromium-profile"), "cases": cases, "recalled": recalledURL,
            "clean": scanned, "shots": sandbox.path, "references": Self.references, "record": record,
            "witness": demo.regulator,
        ]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let online = try Python.script(Self.scripts + "/check_slip_page.py", ["online", sandbox.file("spec.json")])
        #expect(online.status == 0 && online.stdout.contains(" 0 failed"), "\(online)")
        print(online.stdout.split(separator: "\n").filter { $0.hasPrefix("measure:") }.joined(separator: "\n"))

        // The network cut: the hub stopped, the same verdicts from the service worker's cache.
        hub.stop()
        let offline = try Python.script(Self.scripts + "/check_slip_page.py", ["offline", sandbox.file("spec.json")])
        #expect(offline.status == 0 && offline.stdout.contains(" 0 failed"), "\(offline)")
    }

    /// Runs a tool and gives back its standard output.
    @discardableResult
    static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
