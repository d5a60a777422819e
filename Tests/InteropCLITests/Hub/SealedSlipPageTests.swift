import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceSlips

/// A slip of a sealed batch on the shopper's slip page, in headless Chromium at phone size: a demo stall's day of
/// sales sealed by `foodtrace sign --seal` and ingested, its slips' addresses from `foodtrace slip --format url`. The
/// first leaf, one in the middle and the last (the RFC 9162 split rule's odd right edge) show 真 with their place in
/// the batch, and online the sale is found in the hub's log (the leaf rebuilt with its seal); near misses show 假
/// with the reason: one hash of the path changed, the leaf's index moved, the stall's head signed by the market's key,
/// a batch sealed by the market itself. `foodtrace slip verify` agrees on every case, and with the hub stopped the
/// same verdicts come from the service worker's cache. The page's RFC 9162 code is checked against the tests'
/// independent tree (`Tests/TraceLogTests/Reference/rfc9162.py`) on every leaf of trees of 1 to 70 leaves and on
/// tampered paths.
@Suite("slip page in Chromium: sealed slips")
struct SealedSlipPageTests {
    /// Sales in the sealed day: not a power of two, so leaves sit in subtrees of different depths.
    static let sales = 37

    @Test func sealedSlipsAreCheckedInTheBrowserAsTheCLIChecksThem() throws {
        let demo = try DemoCity.shared()
        // The bundle is checked against the real clock, by the hub and by the browser; the day is dated by it too.
        let (sandbox, clock) = try demo.servedCopy()
        let keys = demo.sandbox.file("keys")
        let now = Timestamp(epochMilliseconds: clock).text
        try SlipPageTests.exportBundle(demo, in: sandbox, now: now)

        // A stall of the demo (an Ed25519 one) sells from a lot it sold from before, its day sealed in one batch.
        var sample: Record?
        for code in demo.sampleSlips where sample == nil {
            let payload = try sandbox.ok(["slip", code, "--store", "city.sqlite", "--format", "payload"]).stdout
            let record = try SlipPayload.decode(payload.trimmingCharacters(in: .whitespacesAndNewlines))
            if record.sig?.alg == "ed25519" { sample = record }
        }
        let sold = try #require(sample, "an Ed25519 sample slip")
        guard case .sell(let sale) = try sold.decodedBody() else { throw HubFailure("not a sale") }
        let stall = sold.issuer
        let codes = (0..<Self.sales).map { n in
            TraceCode(
                area: String(sale.slip.area), node: String(sale.slip.digits.dropFirst(6).prefix(3)),
                date: String(sale.slip.digits.dropFirst(9).prefix(6)), serial: 9900 + n)!
        }
        let day = codes.enumerated().map { n, code in
            let at = Timestamp(epochMilliseconds: clock - 3_600_000 + Int64(n) * 1000)
            return
                #"{"kind":"sell","at":"\#(at.text)","body":{"slip":"\#(code.digits)","batch":"\#(sale.batch.digits)","quantity":{"value":"0.5","unit":"kg"},"unitPrice":"28","amount":"14"}}"#
        }
        try sandbox.write("day.jsonl", day.joined(separator: "\n") + "\n")
        let sealed = try sandbox.ok(
            ["sign", "--key", "\(keys)/\(stall).key", "--seal", "--store", "city.sqlite", "day.jsonl"], now: now)
        try sandbox.write("sealed.jsonl", sealed.stdout)
        try sandbox.ok(["ingest", "sealed.jsonl", "--store", "city.sqlite"], now: now)

        let hub = try HubProcess(
            store: sandbox.file("city.sqlite"), in: sandbox,
            extra: ["--slip-bundle", sandbox.file("bundle.json"), "--rate", "0"])
        defer { hub.stop() }
        try sandbox.ok(["settings", "hub-url", hub.url, "--store", "city.sqlite"])
        func address(_ code: TraceCode) throws -> (url: String, record: Record) {
            let url = try sandbox.ok(["slip", code.digits, "--store", "city.sqlite", "--format", "url"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return (url, try SlipPayload.decode(try SlipLink.payload(fromScanned: url)))
        }
        let first = try address(codes[0])
        let middle = try address(codes[20])
        let last = try address(codes[Self.sales - 1])
        for (leaf, slip) in [(0, first), (20, middle), (Self.sales - 1, last)] {
            #expect(slip.record.sig?.seal?.index == leaf && slip.record.sig?.seal?.size == Self.sales)
        }
        // Leaf 36 of 37 stands alone on the right of the last five leaves: two hashes (the root of leaves 32-35, then
        // that of the first 32); leaf 20 has six.
        #expect(last.record.sig?.seal?.pathHashes?.count == 2 && middle.record.sig?.seal?.pathHashes?.count == 6)

        // Near misses, each re-encoded as a slip address.
        func link(_ record: Record) throws -> String {
            try SlipLink.url(base: hub.url, payload: try SlipPayload.encode(record: record))
        }
        func resealed(_ record: Record, _ change: (inout Signature) throws -> Void) throws -> Record {
            var sig = try #require(record.sig)
            try change(&sig)
            return record.signed(with: sig)
        }
        let pathChanged = try resealed(middle.record) { sig in
            var path = try #require(sig.seal?.pathHashes)
            path[2][7] ^= 0x01
            sig.seal?.path = Base64URL.encode(path.flatMap { $0 })
        }
        // Leaf 21 of 37 has a path of six hashes too, so the payload reads; the root it leads to is another.
        let indexMoved = try resealed(middle.record) { sig in sig.seal?.index = 21 }
        let bundle = try jsonObject(try sandbox.read("bundle.json"))
        let parties = try #require(bundle["parties"] as? [[String: Any]])
        let market = try #require(
            parties.first { $0["id"] as? String == stall }?["parent"] as? String, "the stall's market")
        let (_, marketKey) = try KeyFile.read("\(keys)/\(market).key")
        // The stall's own head (issuer, size, root) signed by the market's key, under the stall's key id.
        let headByMarket = try resealed(middle.record) { sig in
            let root = try #require(MerkleHash.parse(sig.seal!.root))
            let head = SealHead(issuer: stall, size: Self.sales, root: root)
            sig.value = Base64URL.encode(try marketKey.sign(head.signedMessage))
        }
        // A batch of one sealed by the market itself: its own key and head, but a market is no stall.
        let byMarket = try Self.sealedAlone(
            try Record(kind: .sell, issuer: market, seq: 1, prev: nil, at: middle.record.at, body: sale),
            key: marketKey)

        let cases: [[String: String]] = [
            [
                "name": "sealed-first", "url": first.url, "verdict": "genuine", "why": "签名有效",
                "facts": "第 1 笔，共 \(Self.sales) 笔", "log": "logged",
            ],
            [
                "name": "sealed-middle", "url": middle.url, "verdict": "genuine", "why": "签名有效",
                "facts": "第 21 笔，共 \(Self.sales) 笔", "log": "logged",
            ],
            [
                "name": "sealed-last", "url": last.url, "verdict": "genuine", "why": "一个签名封存",
                "facts": "第 \(Self.sales) 笔，共 \(Self.sales) 笔", "log": "logged",
            ],
            ["name": "path-hash-changed", "url": try link(pathChanged), "verdict": "fake", "why": "签名无效"],
            ["name": "index-moved", "url": try link(indexMoved), "verdict": "fake", "why": "签名无效"],
            ["name": "head-signed-by-market", "url": try link(headByMarket), "verdict": "fake", "why": "签名无效"],
            ["name": "sealed-by-market", "url": try link(byMarket), "verdict": "fake", "why": "不是摊位"],
        ]
        // The CLI agrees on every case.
        for item in cases {
            let cli = try sandbox.run(["slip", "verify", item["url"]!, "--bundle", "bundle.json"], now: now)
            #expect((cli.status == 0) == (item["verdict"] == "genuine"), "\(item["name"]!): \(cli)")
        }
        // The tests' independent RFC 9162 tree (python, from the RFC's text), for the page's Merkle code.
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("TraceLogTests/Reference/rfc9162.py").path
        let spec: [String: Any] = [
            "profile": sandbox.file("chromium-profile"), "cases": cases, "rfc9162": reference,
        ]
        try Data(try JSONSerialization.data(withJSONObject: spec)).write(
            to: URL(fileURLWithPath: sandbox.file("spec.json")))
        let online = try Python.script(
            SlipPageTests.scripts + "/check_slip_page.py", ["verdicts", sandbox.file("spec.json")])
        #expect(online.status == 0 && online.stdout.contains(" 0 failed"), "\(online)")
        // Every leaf of trees of 1 to 70 leaves and some of larger ones, and paths one step wrong.
        let merkle = try Python.script(
            SlipPageTests.scripts + "/check_slip_page.py", ["merkle", sandbox.file("spec.json")])
        #expect(merkle.status == 0 && merkle.stdout.contains("3 passed, 0 failed"), "\(merkle)")

        hub.stop()
        let offline = try Python.script(
            SlipPageTests.scripts + "/check_slip_page.py", ["offline", sandbox.file("spec.json")])
        #expect(offline.status == 0 && offline.stdout.contains(" 0 failed"), "\(offline)")
    }

    /// `record` as a sealed batch of one: the root is its leaf's hash, the path empty, the head signed by `key`.
    static func sealedAlone(_ record: Record, key: PrivateKey) throws -> Record {
        let root = MerkleHash.leaf(SealHead.leaf(of: record))
        let head = SealHead(issuer: record.issuer, size: 1, root: root)
        let seal = Seal(size: 1, index: 0, root: MerkleHash.text(root), path: "")
        return record.signed(
            with: Signature(
                alg: key.algorithm.rawValue, key: key.publicKey.keyID,
                value: Base64URL.encode(try key.sign(head.signedMessage)), seal: seal))
    }
}
