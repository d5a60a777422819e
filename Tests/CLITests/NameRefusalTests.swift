import Foundation
import Testing
import TraceModel

/// Names that exist, or a refusal: a `--party`, `--batch`, `--plugin`, trace code or notice that matches nothing
/// exits 2 naming it with the closest matches, and leaves the store as it was. A market's id covers its stalls,
/// an area code the parties registered in it.
@Suite("names that exist, or a refusal")
struct NameRefusalTests {
    /// One character short of the stall's id: refused with the stall named, where it used to pass clean.
    @Test func mistypedPartyIsRefusedWithTheClosestIDs() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let before = try workspace.exported()
        let mistyped = String(chain.stall.id.dropLast())
        for command in [["audit"], ["balance"], ["log"], ["export", "records"]] {
            let result = try workspace.run(command + ["--party", mistyped, "--lang", "en"])
            #expect(result.status == 2, "\(command): \(result)")
            #expect(result.stdout.isEmpty, "\(command) printed \(result.stdout)")
            #expect(
                result.stderr.contains(
                    "--party \(mistyped): no such party in the store (did you mean \(chain.stall.id)"),
                "\(command): \(result.stderr)")
        }
        // In Chinese by default, the same names.
        let chinese = try workspace.run(["audit", "--party", mistyped])
        #expect(chinese.stderr == "foodtrace: --party \(mistyped)：库中没有该参与方（是否要找 \(chain.stall.id)？）\n")
        // Far from every id: refused, with no suggestion.
        let far = try workspace.run(["audit", "--party", "NOBODY-AT-ALL-999999", "--lang", "en"])
        #expect(far.status == 2)
        #expect(far.stderr.contains("no such party in the store"))
        #expect(!far.stderr.contains("did you mean"))
        #expect(try workspace.exported() == before)
    }

    /// The market's own id covers the stall registered under it; the farm's id does not.
    @Test func marketIDCoversItsStalls() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let stall = try auditJSON(workspace, party: chain.stall.id)
        let market = try auditJSON(workspace, party: chain.market.id)
        let farm = try auditJSON(workspace, party: chain.farm.id)
        let stallFindings = try #require(stall["findings"] as? [[String: Any]])
        #expect(!stallFindings.isEmpty, "the stall's receipt carries no certificate")
        // Every finding about the stall is in the market's audit (which may add findings about the market itself).
        let marketFindings = try #require(market["findings"] as? [[String: Any]])
        let marketKeys = Set(marketFindings.map { "\($0["rule"] ?? "")|\($0["subject"] ?? "")" })
        #expect(stallFindings.allSatisfy { marketKeys.contains("\($0["rule"] ?? "")|\($0["subject"] ?? "")") })
        #expect(marketFindings.count >= stallFindings.count)
        let scope = try #require(market["scope"] as? [String: Any])
        #expect(scope["party"] as? String == chain.market.id)
        #expect(scope["members"] as? [String] == [chain.market.id, chain.stall.id].sorted())
        let farmFindings = try #require(farm["findings"] as? [[String: Any]])
        #expect(!farmFindings.contains { ($0["subject"] as? String) == chain.stallLot.digits })

        let text = try workspace.run(["audit", "--party", chain.market.id])
        #expect(text.stdout.contains("范围：参与方 \(chain.market.id)（共 2 个）"))

        let log = try workspace.ok(["log", "--party", chain.market.id]).stdout
        #expect(log.contains(chain.stall.id))
        let balance = try workspace.ok(["balance", "--party", chain.market.id]).stdout
        #expect(balance.contains(chain.stallLot.digits))
    }

    /// A county code covers the parties registered there; a prefecture code every county under it; a code
    /// with no party is refused with the nearest registered areas.
    @Test func areaCodeCoversItsParties() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let county = try auditJSON(workspace, party: "510104")
        #expect(
            (county["scope"] as? [String: Any])?["members"] as? [String] == [chain.market.id, chain.stall.id].sorted())
        let prefecture = try auditJSON(workspace, party: "510100")
        let members = try #require((prefecture["scope"] as? [String: Any])?["members"] as? [String])
        #expect(Set(members).isSuperset(of: [chain.farm.id, chain.slaughterhouse.id, chain.stall.id, chain.vet.id]))
        let empty = try workspace.run(["audit", "--party", "510105", "--lang", "en"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--party 510105: no party registered in area 510105 (did you mean "))
        #expect(empty.stderr.contains("510104"))
    }

    @Test func unknownCodePluginAndNoticeAreRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        // A well-formed code (its check digit is right) that the store does not hold: the stall's next serial.
        let absent = CLIChain.code(area: "510104", node: "112", serial: 3).digits
        for command in [["trace", "up", absent], ["trace", "down", absent], ["show", absent]] {
            let result = try workspace.run(command + ["--lang", "en"])
            #expect(result.status == 2, "\(command): \(result)")
            #expect(result.stderr.contains("no batch, slip or meal with trace code \(absent) in the store"))
            #expect(result.stderr.contains(chain.slip.digits), "\(command) suggests no close code: \(result.stderr)")
        }
        let balance = try workspace.run(["balance", "--batch", absent, "--lang", "en"])
        #expect(balance.status == 2)
        #expect(balance.stderr.contains("no batch with trace code \(absent)"))

        let plugin = try workspace.run(["audit", "--plugin", "source-ticket", "--lang", "en"])
        #expect(plugin.status == 2)
        #expect(plugin.stderr.contains("--plugin source-ticket: no such plugin (did you mean source-tickets?)"))
        let rules = try workspace.run(["audit", "rules", "--plugin", "schoolmeals", "--lang", "en"])
        #expect(rules.status == 2)
        #expect(rules.stderr.contains("did you mean school-meals?"))

        try workspace.ok([
            "recall", "issue", "--batch", chain.carcass.digits, "--level", "2", "--reason", "test",
            "--key", CLIChain.regulatorKey, "--notice", "RC-20261128-0001",
        ])
        let notice = try workspace.run(["recall", "status", "RC-20261128-001", "--lang", "en"])
        #expect(notice.status == 2)
        #expect(
            notice.stderr.contains("no recall notice RC-20261128-001 in the store (did you mean RC-20261128-0001?)"))
        let before = try workspace.exported()
        let issue = try workspace.run([
            "recall", "issue", "--batch", absent, "--level", "2", "--reason", "test", "--key", CLIChain.regulatorKey,
            "--lang", "en",
        ])
        #expect(issue.status == 2)
        #expect(issue.stderr.contains("no batch with trace code \(absent) in the store"))
        #expect(try workspace.exported() == before)
    }

    private func auditJSON(_ workspace: Workspace, party: String) throws -> [String: Any] {
        let result = try workspace.run(["audit", "--party", party, "--format", "json"])
        try #require(result.status == 0 || result.status == 1, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }
}

/// `foodtrace parties`: who is registered, filtered by role, area and market.
@Suite("parties")
struct PartiesCommandTests {
    @Test func listsAndFiltersParties() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let all = try workspace.ok(["parties"])
        try Snapshot.expect(all.stdout, matches: "parties.txt")

        let stalls = try workspace.ok(["parties", "--role", "stall"]).stdout
        #expect(stalls.contains(chain.stall.id))
        #expect(stalls.contains("锦江农贸市场（\(chain.market.id)）"))
        #expect(!stalls.contains(chain.farm.id))
        #expect(stalls.hasSuffix("共 6 个参与方，列出 1 个\n"))
        let english = try workspace.ok(["parties", "--role", "stall", "--lang", "en"]).stdout
        #expect(english.hasPrefix("id ") && english.hasSuffix("1 of 6 parties\n"))

        let market = try workspace.ok(["parties", "--market", chain.market.id]).stdout
        #expect(market.contains(chain.stall.id) && market.contains("列出 2 个"))
        let area = try workspace.ok(["parties", "--area", "510113", "--format", "json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(area.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "foodtrace-parties")
        #expect((json["parties"] as? [[String: Any]])?.map { $0["id"] as? String } == [chain.slaughterhouse.id])

        let role = try workspace.run(["parties", "--role", "stal", "--lang", "en"])
        #expect(role.status == 2)
        #expect(role.stderr.contains("--role stal: no such role (did you mean stall?) (known: regulator, "))
        let notMarket = try workspace.run(["parties", "--market", chain.stall.id, "--lang", "en"])
        #expect(notMarket.status == 2)
        #expect(notMarket.stderr.contains("--market \(chain.stall.id): no such market in the store"))
        #expect(try workspace.run(["parties", "--area", "5101"]).status == 2)
    }
}
