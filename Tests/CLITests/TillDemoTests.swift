import Foundation
import Testing

/// The demo city injects the till's defects — a stock shortfall, a voided sale, a sale the till must refuse — into
/// its manifest, and exactly those are found: by the drill and `balance`, by `trace`, by the till; the audits find
/// nothing more for them.
@Suite("the demo city's till defects")
struct TillDemoTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func defect(_ demo: SharedDemo, _ type: String) throws -> [String: Any] {
        let defects = try #require(try json(demo.manifest)["defects"] as? [[String: Any]])
        let found = defects.filter { $0["type"] as? String == type }
        try #require(found.count == 1, "one \(type) in the manifest: \(found)")
        return found[0]
    }

    @Test func theShortfallTheVoidAndTheRefusalAreFoundExactly() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let store = ["--store", demo.store]
        let shortfall = try defect(demo, "stock-shortfall")
        let void = try defect(demo, "voided-sale")
        let refusal = try defect(demo, "till-refusal")
        let short = try #require((shortfall["codes"] as? [String])?.first)
        let slip = try #require((void["codes"] as? [String])?.first)

        // balance: shrinkage on the shortfall's batch alone, a voided quantity on the void's batch alone.
        let batches = try #require(
            try json(try workspace.run(["balance", "--format", "json"] + store).stdout)["batches"] as? [[String: Any]])
        let shrunk = batches.filter { $0["shrinkage"] as? String != "0" }.compactMap { $0["batch"] as? String }
        #expect(shrunk == [short])
        let up = try json(try workspace.run(["trace", "up", slip, "--format", "json"] + store).stdout)
        let nodes = try #require(up["nodes"] as? [[String: Any]])
        let soldFrom = try #require(nodes.first?["batch"] as? String)
        #expect(batches.filter { $0["voided"] as? String != "0" }.compactMap { $0["batch"] as? String } == [soldFrom])
        // trace flags the voided slip, naming the void.
        let flags = try #require(nodes.first?["flags"] as? [[String: Any]])
        #expect(flags.contains { $0["kind"] as? String == "void" }, "\(flags)")

        // The drill of the shortfall's farm lot: a count-shortfall gap naming the count record, and no pass.
        let lot = try #require(
            (try json(try workspace.run(["trace", "up", short, "--format", "json"] + store).stdout)["origins"]
                as? [[String: Any]])?.first?["code"] as? String)
        let drill = try json(
            try workspace.run(["recall", "drill", "--batch", lot, "--format", "json"] + store).stdout)
        let gaps = try #require(drill["gaps"] as? [[String: Any]]).filter { $0["kind"] as? String == "count-shortfall" }
        #expect(gaps.count == 1 && gaps.first?["batch"] as? String == short, "\(gaps)")
        #expect(gaps.first?["record"] as? String == shortfall["primary"] as? String)
        #expect(drill["passed"] as? Bool == false)

        // The till refuses the positive-tested batch at its stall, naming the test; nothing is stored.
        try FileManager.default.copyItem(atPath: demo.store, toPath: workspace.file("copy.sqlite"))
        let before = try workspace.exported(store: "copy.sqlite")
        let batch = try #require((refusal["codes"] as? [String])?.first)
        let stall = try #require(refusal["party"] as? String)
        let end = try #require(try json(demo.manifest)["end"] as? String)
        let sale = try workspace.run(
            [
                "sell", "--store", "copy.sqlite", "--stall", stall, "--batch", batch, "--quantity", "1",
                "--unit-price", "30", "--key", "\(demo.keys)/\(stall).key", "--at", end, "--lang", "en",
            ], now: end)
        #expect(sale.status == 2, "\(sale)")
        #expect(sale.stderr.contains("tested positive for clenbuterol"), "\(sale)")
        #expect(sale.stderr.contains(refusal["primary"] as? String ?? "?"), "\(sale)")
        #expect(try workspace.exported(store: "copy.sqlite") == before)

        // The audits report none of these records (a count and a void are no breach; the voided sale moved nothing).
        let audit = try json(try workspace.run(["audit", "--format", "json"] + store).stdout)
        let evidence = Set(
            try #require(audit["findings"] as? [[String: Any]]).flatMap { $0["evidence"] as? [String] ?? [] })
        let records = [shortfall, void].flatMap { $0["records"] as? [String] ?? [] }
        #expect(records.count == 3 && evidence.isDisjoint(with: records), "\(records)")
    }
}
