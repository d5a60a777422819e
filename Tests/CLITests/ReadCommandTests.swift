import Foundation
import Testing
import TraceModel

/// `show`, `log`, `trace up/down` and `verify` on a recorded chain.
@Suite("show, log, trace and verify")
struct ReadCommandTests {
    @Test func showFindsARecordByIDPrefixAndTraceCode() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let sell = chain.ids[12]
        let english = try workspace.ok(["show", sell, "--lang", "en"])
        #expect(english.stdout.contains("record  \(sell)"))
        #expect(english.stdout.contains("kind    sell"))
        let byID = try workspace.ok(["show", sell])
        #expect(byID.stdout.contains("记录    \(sell)") && byID.stdout.contains("签发方  \(chain.stall.id)  seq 2"))
        #expect(byID.stdout.contains("类型    sell") && byID.stdout.contains("\n正文\n"), "\(byID.stdout)")
        #expect(english.stdout.contains("record  \(sell)"))
        #expect(english.stdout.contains("issuer  \(chain.stall.id)  seq 2"))
        #expect(english.stdout.contains("prev    \(chain.ids[11])"))
        #expect(english.stdout.contains("key     \(chain.stall.keyID) (ed25519)"))

        let prefix = String(sell.dropFirst("sha256:".count).prefix(12))
        #expect(try workspace.ok(["show", prefix]).stdout == byID.stdout)
        #expect(try workspace.ok(["show", "sha256:" + prefix]).stdout == byID.stdout)
        #expect(try workspace.ok(["show", chain.slip.digits]).stdout == byID.stdout)

        let json = try workspace.ok(["show", chain.slip.digits, "--format", "json"]).stdout
        let record = try Record.parse(Array(json.utf8.dropLast()))
        #expect(record.kind == .sell)
        #expect(json.hasSuffix("}\n"))

        let missing = try workspace.run(["show", "sha256:" + String(repeating: "0", count: 64)])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("库中没有记录 sha256:"))
    }

    @Test func logListsRecordsNewestFirst() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let lines = try workspace.ok(["log"]).stdout.split(separator: "\n")
        #expect(lines.count == 13)
        #expect(lines.first?.hasPrefix(String(chain.ids[12].dropFirst(7).prefix(12))) == true)
        #expect(lines.first?.contains("#2  sell") == true)
        #expect(lines.last?.contains("register") == true)

        let farm = try workspace.ok(["log", "--party", chain.farm.id]).stdout.split(separator: "\n")
        #expect(farm.count == 2)
        #expect(farm.allSatisfy { $0.contains(chain.farm.id) })
        let json = try workspace.ok(["log", "--kind", "ship", "--format", "json"]).stdout.split(separator: "\n")
        #expect(try json.map { try Record.parse(Array($0.utf8)).kind } == [.ship, .ship])
        #expect(try workspace.run(["log", "--kind", "shipping"]).status == 2)
    }

    /// A usage mistake is bad input like any other: exit 2 with the parser's message and the usage line.
    @Test func usageErrorsExitTwo() throws {
        let workspace = try Workspace()
        let missing = try workspace.run(["trace", "up"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '<code>'"))
        #expect(missing.stderr.contains("Usage: foodtrace trace up"))
        let unknown = try workspace.run(["trace", "up", "--bogus", "1"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--bogus'"))
        let badValue = try workspace.run(["trace", "up", "12345678901234567890", "--format", "pdf"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("pdf"))
        let help = try workspace.run(["trace", "up", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: foodtrace trace up"))
    }

    /// The fields every trace node carries in `--format json` (documented in `schemas/trace.schema.json`).
    static let nodeFields = [
        "code", "batch", "party", "role", "kind", "at", "quantity", "unit", "documents", "verified",
    ]

    @Test func traceUpAndDownAsJSON() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let upText = try workspace.run(["trace", "up", chain.slip.digits, "--format", "json"]).stdout
        let up = try #require(try JSONSerialization.jsonObject(with: Data(upText.utf8)) as? [String: Any])
        #expect(up["complete"] as? Bool == true, "\(up["gaps"] ?? "")")
        #expect(up["direction"] as? String == "up")
        let origins = try #require(up["origins"] as? [[String: Any]])
        #expect(origins.map { $0["code"] as? String } == [chain.farmLot.digits])
        #expect(origins.first?["party"] as? String == chain.farm.id)
        let nodes = try #require(up["nodes"] as? [[String: Any]])
        #expect(nodes.count == 5)
        for node in nodes {
            for field in Self.nodeFields { #expect(node[field] != nil, "node \(node["code"] ?? "?") lacks \(field)") }
            #expect(node["verified"] as? Bool == true)
        }
        #expect(
            nodes.map { $0["code"] as? String }
                == [chain.slip, chain.stallLot, chain.carcass, chain.liveLot, chain.farmLot].map(\.digits))
        #expect(nodes.first?["batch"] as? String == chain.stallLot.digits)
        #expect(nodes.first?["quantity"] as? String == "2.5" && nodes.first?["unit"] as? String == "kg")
        let farmDocuments = try #require(nodes.last?["documents"] as? [[String: Any]])
        #expect(
            farmDocuments.contains {
                $0["number"] as? String == CLIChain.quarantine && $0["certified"] as? Bool == true
            })

        let downText = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "json"]).stdout
        let down = try #require(try JSONSerialization.jsonObject(with: Data(downText.utf8)) as? [String: Any])
        #expect(down["complete"] as? Bool == true)
        let downNodes = try #require(down["nodes"] as? [[String: Any]])
        #expect(
            downNodes.filter { $0["type"] as? String == "slip" }.map { $0["code"] as? String } == [chain.slip.digits])
        #expect(down["inTransit"] as? [Any] != nil)
    }

    // Guards: a mistyped trace code is caught by its check digit, with exit 2 and the reason.
    @Test func mistypedTraceCodeIsAClearInputError() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let good = CLIChain.code(area: "510104", node: "112", serial: 2).digits
        let wrongCheck = String(good.dropLast()) + String((Int(String(good.last!))! + 1) % 10)
        for command in [["trace", "up"], ["trace", "down"], ["show"]] {
            let result = try workspace.run(command + [wrongCheck, "--lang", "en"])
            #expect(result.status == 2, "\(command): \(result)")
            #expect(result.stderr.contains("\(wrongCheck): trace code check digit is"), "\(result)")
            #expect(result.stderr.contains("the code is mistyped"))
            #expect(result.stdout.isEmpty)
            // The default language says it in Chinese.
            let chinese = try workspace.run(command + [wrongCheck])
            #expect(chinese.status == 2 && chinese.stderr.contains("\(wrongCheck)：追溯码的校验位是"), "\(chinese)")
        }
        let unknown = CLIChain.code(area: "510104", node: "112", serial: 99).digits
        for direction in ["up", "down"] {
            let result = try workspace.run(["trace", direction, unknown, "--lang", "en"])
            #expect(result.status == 2)
            #expect(
                result.stderr.hasPrefix(
                    "foodtrace: no batch, slip or meal with trace code \(unknown) in the store (did you mean "),
                "\(result)")
        }
        let short = try workspace.run(["trace", "up", "12345"])
        #expect(short.status == 2)
        #expect(short.stderr.contains("12345：追溯码有 5 个字符，应为 20 位数字"), "\(short)")
        let shortEnglish = try workspace.run(["trace", "up", "12345", "--lang", "en"])
        #expect(shortEnglish.stderr.contains("expected 20 digits"), "\(shortEnglish)")
    }

    // Guards: balance exits 1 when a stall sells more than it received (negative on hand), 0 while it closes. (No one
    // sale may be larger than the lot: 2.5 kg and then the whole 200 kg.)
    @Test func balanceExitsOneOnNegativeOnHand() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let clean = try workspace.ok(["balance"])
        #expect(clean.stdout.contains("4 个批次：物料平衡"), "\(clean)")
        let english = try workspace.ok(["balance", "--lang", "en"]).stdout
        #expect(english.contains("4 batches: mass balance closes"), "\(english)")
        let mixed = OneLanguage.mixedLines(zh: clean.stdout, en: english)
        #expect(mixed.zh.isEmpty && mixed.en.isEmpty, "\(mixed)")
        try workspace.record(
            "sell", key: chain.stall.keyFile, at: CLIChain.at(30),
            fields: [
                "slip=\(CLIChain.code(area: "510104", node: "112", serial: 3))", "batch=\(chain.stallLot)",
                "quantity.value=200",
                "quantity.unit=kg", "unitPrice=28", "amount=5600",
            ])
        let broken = try workspace.run(["balance", "--format", "json"])
        #expect(broken.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        let violations = try #require(report["violations"] as? [[String: Any]])
        #expect(violations.map { $0["rule"] as? String } == ["negative-on-hand"])
        #expect(violations.first?["batch"] as? String == chain.stallLot.digits)
    }

    // Guards: verify exits 1 and reports an equivocation (a party signing two records with one seq).
    @Test func verifyReportsEquivocationWithExit1() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.ok(["verify"])
        // The farm signs a second, different record at seq 1 (made elsewhere, signed with its real key).
        let conflicting =
            #"{"kind":"produce","seq":1,"prev":null,"at":"2026-11-28T06:30:00+08:00","body":{"batch":"\#(CLIChain.code(area: "510112", node: "003", serial: 7))","product":{"code":"01030101","name":"生猪","category":"live-pig"},"quantity":{"value":"3","unit":"head"},"origin":{"area":"510112","name":"龙泉驿区"}}}"#
        let signed = try workspace.ok(["sign", "--key", chain.farm.keyFile], stdin: conflicting + "\n").stdout
        try workspace.write("conflict.jsonl", signed)
        let before = try workspace.exported()

        let refused = try workspace.run(["ingest", "conflict.jsonl"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("conflict.jsonl: line 1:") && refused.stderr.contains("equivocation"), "\(refused)")
        #expect(try workspace.exported() == before, "the conflicting record is not added to the ledger")

        let verify = try workspace.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("equivocation: record sha256:"))
        #expect(verify.stdout.contains("\(chain.farm.id) signed two different records at seq 1"))
        #expect(verify.stdout.contains("verified 13 records: 1 finding(s)"))
        try Snapshot.expect(verify.stdout, matches: "verify-equivocation.txt")

        let json = try workspace.run(["verify", "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [[String: Any]])?.first?["check"] as? String == "equivocation")
    }
}
