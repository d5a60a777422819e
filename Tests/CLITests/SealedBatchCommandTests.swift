import Foundation
import Testing
import TraceModel
import TraceSlips

/// A scale's day of sales sealed with one signature, through the real binary: `sign --seal` seals 1,000 unsigned
/// sales, `ingest` takes them (one signature checked, the hashes of each), `verify` holds, and a slip of one of them
/// carries its inclusion path in the QR payload and verifies offline with `slip verify`. Near misses on both sides:
/// a sale changed after sealing, a payload whose path was changed.
@Suite("sealed batches: sign --seal, ingest, slip verify")
struct SealedBatchCommandTests {
    static let sales = 1000

    /// The stall's day: `count` unsigned sales of 0.1 kg from its lot, one second apart from 08:00, slip serials from
    /// 100.
    static func unsignedSales(_ chain: CLIChain, count: Int = sales) -> String {
        (0..<count).map { n in
            let slip = CLIChain.code(area: "510104", node: "112", serial: 100 + n)
            let at = Timestamp("2026-11-28T08:00:00+08:00")!.adding(milliseconds: Int64(n) * 1000)
            return
                #"{"kind":"sell","at":"\#(at.text)","body":{"slip":"\#(slip.digits)","batch":"\#(chain.stallLot.digits)","quantity":{"value":"0.1","unit":"kg"},"unitPrice":"28","amount":"2.8"}}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func aSealedBatchOfAThousandSalesIngestsAndItsSlipVerifiesWithItsProof() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.write("day.jsonl", Self.unsignedSales(chain))
        let sealed = try workspace.ok(["sign", "--key", chain.stall.keyFile, "--seal", "day.jsonl"]).stdout
        let lines = sealed.split(separator: "\n").map { Array($0.utf8) }
        try #require(lines.count == Self.sales)
        let records = try lines.map { try Record.parse($0) }
        // One signature for the whole day; every sale its own leaf and path.
        #expect(Set(records.map { $0.sig!.value }).count == 1)
        #expect(records.map { $0.sig!.seal!.index } == Array(0..<Self.sales))
        #expect(records.allSatisfy { $0.sig!.seal!.size == Self.sales })
        // Leaves 0-511 are ten levels down; the last eight, in the tree's smallest right subtrees, eight.
        #expect(records.map { $0.sig!.seal!.pathHashes?.count ?? 0 }.max() == 10)
        #expect(records[999].sig!.seal!.pathHashes?.count == 8)
        try workspace.write("sealed.jsonl", sealed)

        let before = try workspace.exported()
        // Near miss: one sale's quantity changed after sealing (its id, so its leaf, changes): refused, line named,
        // nothing stored.
        var changed = lines
        changed[499] = Array(
            String(decoding: changed[499], as: UTF8.self).replacingOccurrences(
                of: #""value":"0.1""#, with: #""value":"0.2""#
            ).replacingOccurrences(of: #""amount":"2.8""#, with: #""amount":"5.6""#).utf8)
        try workspace.write(
            "changed.jsonl", changed.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"))
        let refused = try workspace.run(["ingest", "changed.jsonl", "--lang", "en"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("line 500"), "\(refused.stderr)")
        #expect(refused.stderr.contains("$.sig.seal.path"), "\(refused.stderr)")
        #expect(refused.stderr.contains("not the one sealed at leaf 499 of 1000"), "\(refused.stderr)")
        #expect(try workspace.exported() == before, "a refused ingest changes nothing")

        let ingested = try workspace.run(["ingest", "sealed.jsonl", "--lang", "en"])
        #expect(ingested.status == 0, "\(ingested)")
        #expect(try workspace.run(["verify"]).status == 0)

        // A slip of the batch: its QR payload carries the sale, the one signature and the sale's path.
        let sale = records[617]
        guard case .sell(let body) = try sale.decodedBody() else {
            Issue.record("not a sale")
            return
        }
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", body.slip.digits, "--format", "payload"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let carried = try SlipPayload.decode(payload)
        #expect(carried.canonicalBytes == sale.canonicalBytes, "the payload rebuilds the stored sale, seal and all")
        let genuine = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json", "--lang", "en"])
        #expect(genuine.status == 0, "\(genuine)")
        #expect(genuine.stdout.contains("sale 618 of 1000 sealed by one signature"), "\(genuine.stdout)")
        let json = try workspace.ok(["slip", "verify", payload, "--bundle", "bundle.json", "--format", "json"]).stdout
        #expect(json.contains(#""index" : 617"#) && json.contains(#""size" : 1000"#), "\(json)")

        // Near miss: the same sale with one hash of its path changed no longer leads to the signed root.
        var seal = try #require(carried.sig?.seal)
        var path = try #require(seal.pathHashes)
        path[3][0] ^= 1
        seal.path = Base64URL.encode(path.flatMap { $0 })
        var sig = try #require(carried.sig)
        sig.seal = seal
        let forged = try SlipPayload.encode(record: carried.signed(with: sig))
        let notGenuine = try workspace.run(["slip", "verify", forged, "--bundle", "bundle.json", "--lang", "en"])
        #expect(notGenuine.status == 1, "\(notGenuine)")
        #expect(notGenuine.stderr.contains("NOT GENUINE"), "\(notGenuine.stderr)")
    }

    // Guards: --batch-size cuts the day into batches, each with its own signature; a last, smaller batch has its own
    // size. Out of range is refused before anything is read.
    @Test func batchSizeCutsTheDayIntoBatches() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.write("day.jsonl", Self.unsignedSales(chain, count: 10))
        let sealed = try workspace.ok([
            "sign", "--key", chain.stall.keyFile, "--seal", "--batch-size", "4", "day.jsonl",
        ])
        .stdout
        let records = try sealed.split(separator: "\n").map { try Record.parse(Array($0.utf8)) }
        #expect(records.map { $0.sig!.seal!.size } == [4, 4, 4, 4, 4, 4, 4, 4, 2, 2])
        #expect(Set(records.map { $0.sig!.value }).count == 3)
        #expect(records.map(\.seq) == Array(3...12), "the chain continues the stall's records in the store")
        try workspace.write("sealed.jsonl", sealed)
        #expect(try workspace.run(["ingest", "sealed.jsonl"]).status == 0)
        workspace.language = "en"  // the usage error's English words are checked
        for size in ["0", "65537"] {
            let refused = try workspace.run(
                ["sign", "--key", chain.stall.keyFile, "--seal", "--batch-size", size, "day.jsonl"])
            #expect(refused.status == 2, "\(refused)")
            #expect(refused.stderr.contains("--batch-size must be from 1 to 65536"), "\(refused.stderr)")
        }
    }
}
