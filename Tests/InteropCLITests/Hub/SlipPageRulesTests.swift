import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceSlips

/// The slip page reads a payload by the CLI's rules, and a phone's cached page follows the hub's upgrades, in headless
/// Chromium at phone size against a hub over the partner chain's parties.
///
/// One record, one payload (SlipPayload.swift): the same signed sale spelled another way (a varint padded, a decimal
/// not at its largest exponent, a whole-second time in milliseconds or as text, a packed key id as text, a plain
/// container of fields that compress, a zlib container of fields that do not, zlib at another level, a stored block,
/// another zlib header, a byte after the stream: `scripts/browser/slip_variants.py`) is refused by
/// `foodtrace slip verify` and shows 假 on the page; the canonical spellings (plain and zlib containers, the three time
/// forms, a market unit, a sealed sale) show 真 and verify. The page's zlib makes this machine's zlib's level-9 bytes.
/// The worker's cache is named after the files the hub serves; a phone that cached an older release's files gets the
/// new ones after the upgrade and the old cache is deleted.
@Suite("slip page in Chromium: payload rules and upgrades", .serialized)
struct SlipPageRulesTests {
    /// A stall whose 64-character id makes its slips' fields compress: their one container is zlib's.
    static let longStall = "STALL-" + String(repeating: "A", count: 58)

    /// The partner chain's store with the long stall registered, its bundle (`bundle.json`, valid from `now`) and the
    /// two stalls' keys.
    struct Fixture {
        let sandbox: Sandbox
        let now: String
        let stallKey: PrivateKey
        let longKey: PrivateKey

        init() throws {
            sandbox = try Sandbox()
            try PartnerChain.make(in: sandbox)
            now = Timestamp(epochMilliseconds: Int64(Date().timeIntervalSince1970 * 1000)).text
            let key = try jsonObject(
                try sandbox.ok(["keys", "new", "--party", longStall, "--out", "long.key", "--format", "json"]).stdout)
            try sandbox.ok([
                "record", "register", "--store", PartnerChain.store, "--key", PartnerChain.regulatorKey,
                "--at", PartnerChain.at(30), "--field", "party=\(longStall)", "--field", "name=长号摊位",
                "--field", "role=stall", "--field", "area=510104", "--field", "node=113",
                "--field", "parent=\(PartnerChain.market)",
                "--field", #"keys:=[{"id":"\#(key["id"]!)","alg":"\#(key["alg"]!)","spki":"\#(key["spki"]!)"}]"#,
            ])
            try sandbox.ok(
                [
                    "trust", "export", "--store", PartnerChain.store, "--key", PartnerChain.regulatorKey,
                    "--out", "bundle.json", "--valid-for", "30d",
                ], now: now)
            stallKey = try KeyFile.read(sandbox.file(PartnerChain.stall.lowercased() + ".key")).key
            longKey = try KeyFile.read(sandbox.file("long.key")).key
        }

        func hub(port: Int = 0) throws -> HubProcess {
            try HubProcess(
                store: sandbox.file(PartnerChain.store), in: sandbox, port: port,
                extra: ["--slip-bundle", sandbox.file("bundle.json"), "--rate", "0"])
        }
    }

    /// A sale of 1.5 kg at ¥28/kg signed by `key` as `issuer`.
    static func sale(
        _ issuer: String, _ key: PrivateKey, seq: Int = 1, prev: String? = nil, at: String, serial: Int,
        pricedIn: MarketUnit? = nil
    ) throws -> Record {
        let body = SellBody(
            slip: TraceCode(area: "510104", node: "112", date: "261207", serial: serial)!,
            batch: PartnerChain.stallLot, quantity: Quantity(Amount("1.5")!, .kilogram), unitPrice: Amount("28")!,
            amount: Amount("42")!, pricedIn: pricedIn)
        return try Record(kind: .sell, issuer: issuer, seq: seq, prev: prev, at: Timestamp(at)!, body: body)
            .signed(by: key)
    }

    static func address(_ record: Record, hub: HubProcess) throws -> String {
        try SlipLink.url(base: hub.url, payload: try SlipPayload.encode(record: record))
    }

    /// The container's tag (0 plain, 1 zlib): the first byte of the fragment's first seven-byte group.
    static func containerTag(_ url: String) -> UInt64 {
        let digits = url.split(separator: "#")[1].dropFirst().prefix(17)
        return UInt64(digits)! >> 48
    }

    @Test func thePageRefusesEveryPayloadTheCLIRefuses() throws {
        let fixture = try Fixture()
        let sandbox = fixture.sandbox
        let hub = try fixture.hub()
        defer { hub.stop() }
        let stall = PartnerChain.stall
        let plain = try Self.sale(stall, fixture.stallKey, at: "2026-12-07T08:30:00+08:00", serial: 1)
        let milliseconds = try Self.sale(
            stall, fixture.stallKey, seq: 2, prev: plain.id, at: "2026-12-07T08:31:00.250+08:00", serial: 2,
            pricedIn: .jin)
        // ".5" is not how a time is written back (".500"): the payload carries the text.
        let text = try Self.sale(
            stall, fixture.stallKey, seq: 3, prev: milliseconds.id, at: "2026-12-07T08:32:00.5+08:00", serial: 3)
        let compressible = try Self.sale(Self.longStall, fixture.longKey, at: "2026-12-07T09:00:00Z", serial: 4)
        guard case .sell(let body) = try plain.decodedBody() else { throw HubFailure("not a sale") }
        let sealed = try SealedSlipPageTests.sealedAlone(
            try Record(
                kind: .sell, issuer: stall, seq: 4, prev: text.id, at: Timestamp("2026-12-07T08:33:00+08:00")!,
                body: body),
            key: fixture.stallKey)
        let genuine: [(name: String, url: String)] = try [
            ("plain", plain), ("milliseconds-market-unit", milliseconds), ("time-as-text", text),
            ("zlib", compressible), ("sealed", sealed),
        ].map { ($0.0, try Self.address($0.1, hub: hub)) }
        #expect(Self.containerTag(genuine[0].url) == 0 && Self.containerTag(genuine[3].url) == 1, "\(genuine)")

        let generated = try Python.script(
            SlipPageTests.scripts + "/slip_variants.py", [genuine[0].url, genuine[3].url, genuine[1].url])
        try #require(generated.status == 0, "\(generated)")
        let variants = try #require(
            try JSONSerialization.jsonObject(with: Data(generated.stdout.utf8)) as? [[String: String]])
        let names = Set(variants.compactMap { $0["name"] })
        for expected in [
            "seq-varint-padded", "amount-varint-padded", "quantity-exponent-not-largest", "time-in-milliseconds",
            "time-as-text", "key-as-text", "zlib-container-not-shorter", "plain-container-of-compressible-fields",
            "zlib-stored-block", "zlib-header-789c", "zlib-trailing-byte",
        ] {
            #expect(names.contains(expected), "variant \(expected) generated")
        }
        // Near misses of the fragment itself: a group too large for its seven bytes, a digit too few.
        var groupTooLarge = genuine[0].url
        let fragment = try #require(groupTooLarge.range(of: "#1"))
        groupTooLarge.replaceSubrange(
            fragment.upperBound..<groupTooLarge.index(fragment.upperBound, offsetBy: 17),
            with: String(repeating: "9", count: 17))

        var cases: [[String: String]] = genuine.map {
            ["name": $0.name, "url": $0.url, "verdict": "genuine", "why": "签名有效"]
        }
        for variant in variants {
            let name = variant["name"]!
            let why =
                name == "zlib-trailing-byte"
                ? "无法读取" : name.contains("container") || name.hasPrefix("zlib") ? "规范形式" : "规范编码"
            let source = genuine.first { $0.url == variant["from"] }?.name ?? "?"
            cases.append(["name": "\(source)/\(name)", "url": variant["url"]!, "verdict": "fake", "why": why])
        }
        cases.append(["name": "group-too-large", "url": groupTooLarge, "verdict": "fake", "why": "无法读取"])
        cases.append([
            "name": "digit-too-few", "url": String(genuine[0].url.dropLast()), "verdict": "fake", "why": "无法读取",
        ])

        // The CLI: every canonical spelling verifies, every other one is refused.
        for item in cases {
            let cli = try sandbox.run(["slip", "verify", item["url"]!, "--bundle", "bundle.json"], now: fixture.now)
            #expect((cli.status == 0) == (item["verdict"] == "genuine"), "CLI on \(item["name"]!): \(cli)")
        }
        let spec: [String: Any] = ["profile": sandbox.file("chromium-profile"), "cases": cases]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let page = try Python.script(
            SlipPageTests.scripts + "/check_slip_page.py", ["verdicts", sandbox.file("spec.json")])
        #expect(page.status == 0 && page.stdout.contains(" 0 failed"), "\(page)")
        let deflate = try Python.script(
            SlipPageTests.scripts + "/check_slip_page.py", ["deflate", sandbox.file("spec.json")])
        #expect(deflate.status == 0 && deflate.stdout.contains("3 passed, 0 failed"), "\(deflate)")
        print(
            "slip page rules: \(cases.count) cases; page: \(Self.summary(page)); zlib vectors: \(Self.summary(deflate))"
        )
    }

    @Test func theWorkerCacheIsNamedAfterTheServedFilesAndAnUpgradeReplacesIt() throws {
        let fixture = try Fixture()
        let sandbox = fixture.sandbox
        var hub = try fixture.hub()
        defer { hub.stop() }
        let port = hub.port
        let url = try Self.address(
            try Self.sale(PartnerChain.stall, fixture.stallKey, at: "2026-12-07T08:30:00+08:00", serial: 1), hub: hub)

        // The name is SHA-256 over the files exactly as served and the worker's text without the name.
        var served: [(path: String, bytes: [UInt8])] = []
        for path in ["/s", "/s/slip.js", "/s/slip-deflate.js", "/s/slip.css"] {
            let answer = try hub.request("GET", path)
            #expect(answer.status == 200, "\(path): \(answer)")
            served.append((path, Array(answer.body.utf8)))
        }
        let worker = try hub.request("GET", "/s/sw.js").body
        let name = String(try #require(worker.firstMatch(of: #/foodtrace-slip-[0-9a-f]{16}/#)).output)
        let template = worker.replacingOccurrences(of: name, with: "@CACHE_NAME@")
        func cacheName(_ files: [(path: String, bytes: [UInt8])]) -> String {
            var hashed: [UInt8] = []
            for (path, bytes) in files + [("/s/sw.js", Array(template.utf8))] {
                hashed += Array("\(path)\n\(bytes.count)\n".utf8) + bytes
            }
            return "foodtrace-slip-" + Hex.encode(Array(Digest.sha256(hashed).prefix(8)))
        }
        #expect(name == cacheName(served), "the worker's cache name \(name) is the served files' hash")

        // The previous release: its slip.js one comment longer, its worker's cache the old fixed name.
        let marker = "// the previous release"
        let old = sandbox.file("previous")
        try FileManager.default.createDirectory(atPath: old + "/s", withIntermediateDirectories: true)
        for (path, bytes) in served {
            var bytes = bytes
            if path == "/s/slip.js" { bytes += Array("\n\(marker)\n".utf8) }
            try Data(bytes).write(to: URL(fileURLWithPath: old + (path == "/s" ? "/s/index.html" : path)))
        }
        try Data(template.replacingOccurrences(of: "@CACHE_NAME@", with: "foodtrace-slip-v1").utf8).write(
            to: URL(fileURLWithPath: old + "/s/sw.js"))
        try Data(try hub.request("GET", "/s/bundle.json").body.utf8).write(
            to: URL(fileURLWithPath: old + "/s/bundle.json"))
        hub.stop()

        let spec: [String: Any] = [
            "profile": sandbox.file("chromium-profile"), "port": port, "url": url, "old": old,
            "oldCache": "foodtrace-slip-v1", "marker": marker, "cache": name,
        ]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let before = try Python.script(
            SlipPageTests.scripts + "/check_slip_worker.py", ["before", sandbox.file("spec.json")])
        #expect(before.status == 0 && before.stdout.contains(" 0 failed"), "\(before)")
        hub = try fixture.hub(port: port)
        let after = try Python.script(
            SlipPageTests.scripts + "/check_slip_worker.py", ["after", sandbox.file("spec.json")])
        #expect(after.status == 0 && after.stdout.contains(" 0 failed"), "\(after)")
        print("worker upgrade: before \(Self.summary(before)); after \(Self.summary(after)); cache \(name)")
    }

    /// The last line of a browser check: "N passed, N failed".
    static func summary(_ result: RunResult) -> String {
        String(result.stdout.split(separator: "\n").last ?? "")
    }
}
