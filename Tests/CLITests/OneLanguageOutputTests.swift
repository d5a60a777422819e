import Foundation
import Testing

/// One language per output for what was still English under `--lang zh`: `verify`'s findings, log lines and summary;
/// the export summaries; trust-bundle refusals; the words the commands add to usage errors; `settings hub-url`; every
/// command's help discussion. Each runs through the binary in Chinese and in English: every Chinese line passes the
/// strict English-fragment check, no English line speaks Chinese, and what users read is snapshotted in both.
@Suite("one language per output: verify, exports, trust, usage errors, help")
struct OneLanguageOutputTests {
    /// Runs `arguments` in Chinese and in English.
    static func both(
        _ workspace: Workspace, _ arguments: [String], now: String = Workspace.defaultNow,
        environment: [String: String] = [:]
    ) throws -> (zh: CLIResult, en: CLIResult) {
        let zh = try workspace.run(
            arguments, now: now, environment: environment.merging(["FOODTRACE_LANG": "zh"]) { $1 })
        let en = try workspace.run(
            arguments, now: now, environment: environment.merging(["FOODTRACE_LANG": "en"]) { $1 })
        return (zh, en)
    }

    /// Every line of `zh` is Chinese (the strict check: no English word outside names, paths, ids and what was
    /// typed), and no line of `en` holds Chinese the records did not put there.
    static func expectOneLanguage(
        zh: String, en: String, given: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!zh.isEmpty && !en.isEmpty, "no output", sourceLocation: sourceLocation)
        for line in OneLanguage.lines(zh) {
            #expect(
                !OneLanguage.hanRuns(line).isEmpty, "an English line under zh: \(line)", sourceLocation: sourceLocation)
            let english = OneLanguage.englishFragments(line, library: [], given: given)
            #expect(english.isEmpty, "English \(english) in: \(line)", sourceLocation: sourceLocation)
        }
        let mixed = OneLanguage.mixedLines(zh: zh, en: en)
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)", sourceLocation: sourceLocation)
    }

    // Guards: a store tampered in four ways (a record's date changed in its bytes, a graph row moved to another holder,
    // a sale's edge deleted, a key row written in by hand) gives findings of three checks and more; each is worded in the chosen
    // language with its record named, the summary too; JSON keeps the English messages in either language.
    @Test func verifyFindingsInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let clean = try Self.both(workspace, ["verify"])
        #expect(clean.zh.stdout == "已核验 13 条记录：签名、链与引用全部成立\n", "\(clean.zh)")
        #expect(clean.en.stdout == "verified 13 records: all signatures, chains and references hold\n")

        let lot = chain.stallLot.digits
        let store = try workspace.tamperedCopy(
            "tampered",
            """
            UPDATE records SET raw = CAST(replace(CAST(raw AS TEXT), '"at":"2026-11-2', '"at":"2026-11-1') AS BLOB)
              WHERE issuer = '\(chain.farm.id)' AND seq = 2;
            UPDATE nodes SET holder = 'STALL-510104-001-B07' WHERE code = '\(lot)';
            DELETE FROM edges WHERE child = '\(chain.slip.digits)';
            INSERT INTO keys(id, party, alg, spki, record) SELECT 'k-00000000000000ff', party, alg, spki, record
              FROM keys WHERE party = '\(chain.stall.id)';
            """)
        let found = try Self.both(workspace, ["verify", "--store", store])
        #expect(found.zh.status == 1 && found.en.status == 1, "\(found.zh)\(found.en)")
        Self.expectOneLanguage(zh: found.zh.stdout, en: found.en.stdout, given: [])
        let zhLines = OneLanguage.lines(found.zh.stdout)
        let enLines = OneLanguage.lines(found.en.stdout)
        #expect(zhLines.count == enLines.count && zhLines.count >= 6, "\(found.zh.stdout)")
        for (check, zhName) in [("id", "编号"), ("signature", "签名"), ("derived", "派生数据")] {
            #expect(enLines.contains { $0.hasPrefix("\(check): record sha256:") }, "\(check): \(found.en.stdout)")
            #expect(zhLines.contains { $0.hasPrefix("\(zhName)：记录 sha256:") }, "\(zhName): \(found.zh.stdout)")
        }
        #expect(zhLines.last?.hasPrefix("已核验 13 条记录：发现 ") == true && zhLines.last?.hasSuffix(" 个问题") == true)
        #expect(
            enLines.last?.hasPrefix("verified 13 records: ") == true && enLines.last?.hasSuffix(" finding(s)") == true)
        #expect(found.zh.stdout.contains("`holder` 为 STALL-510104-001-B07，记录所说为 \(chain.stall.id)"))
        try Snapshot.expect(found.zh.stdout, matches: "verify-findings.zh.txt")
        try Snapshot.expect(found.en.stdout, matches: "verify-findings.en.txt")

        // JSON is for scripts: the same English messages in either language.
        let json = try Self.both(workspace, ["verify", "--store", store, "--format", "json"])
        #expect(
            json.zh.stdout == json.en.stdout && json.zh.stdout.contains(#""message" : "stored bytes hash to sha256:"#))
    }

    @Test func exportSummariesInEachLanguage() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let epcis = try Self.both(workspace, ["export", "epcis", "--out", "events.json", "--force"])
        #expect(epcis.zh.status == 0 && epcis.en.status == 0, "\(epcis.zh)\(epcis.en)")
        #expect(epcis.zh.stdout == "已导出 8 个事件及 5 条登记与撤销记录，写入 events.json\n", "\(epcis.zh)")
        #expect(epcis.en.stdout == "exported 8 events and 5 register/revoke records to events.json\n", "\(epcis.en)")
        let fsma = try Self.both(workspace, ["export", "fsma204", "--out", "fsma.csv", "--force"])
        #expect(fsma.zh.stdout.hasPrefix("已导出 ") && fsma.zh.stdout.hasSuffix(" 个关键追踪事件，写入 fsma.csv\n"))
        #expect(
            fsma.en.stdout.hasPrefix("exported ") && fsma.en.stdout.hasSuffix(" critical tracking events to fsma.csv\n")
        )
        // To standard output, the summary goes to standard error.
        let streamed = try Self.both(workspace, ["export", "fsma204"])
        #expect(streamed.zh.stdout == streamed.en.stdout, "the export itself is the same in every language")
        for (result, output) in [(epcis, "events.json"), (fsma, "fsma.csv")] {
            Self.expectOneLanguage(zh: result.zh.stdout, en: result.en.stdout, given: [output])
        }
        Self.expectOneLanguage(zh: streamed.zh.stderr, en: streamed.en.stderr, given: [])
    }

    // Guards: each way a trust bundle is refused — not JSON, unsigned, altered, of version 1, expired, issued in the
    // future, pinned by a short key id, signed by another key than the pinned one — is worded in the chosen language,
    // exit 2, no verdict on the slip.
    @Test func trustBundleRefusalsInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", chain.slip.digits, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let bundle = try workspace.read("bundle.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(bundle.utf8)) as? [String: Any])
        object["sig"] = nil
        try workspace.write(
            "unsigned.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        try workspace.write(
            "altered.json", bundle.replacingOccurrences(of: "2026-12-05T12:00:00", with: "2026-12-06T12:00:00"))
        try workspace.write("v1.json", bundle.replacingOccurrences(of: #""v":2"#, with: #""v":1"#))
        try workspace.write("not-json.json", "bundle\n")
        let fingerprint = try #require(
            try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "again.json", "--force"])
                .stdout.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("sha256:") }.map(String.init))
        let otherPin = "sha256:" + String(repeating: "0", count: 64)
        let cases: [(String, [String], String)] = [
            ("not JSON", ["--bundle", "not-json.json"], Workspace.defaultNow),
            ("unsigned", ["--bundle", "unsigned.json"], Workspace.defaultNow),
            ("altered", ["--bundle", "altered.json"], Workspace.defaultNow),
            ("version 1", ["--bundle", "v1.json"], Workspace.defaultNow),
            ("expired", ["--bundle", "bundle.json"], "2027-03-01T08:00:00+08:00"),
            ("issued later than the clock", ["--bundle", "bundle.json"], "2026-11-20T08:00:00+08:00"),
            (
                "pinned by a short key id", ["--bundle", "bundle.json", "--anchor", "k-0123456789abcdef"],
                Workspace.defaultNow
            ),
            ("pinned to another key", ["--bundle", "bundle.json", "--anchor", otherPin], Workspace.defaultNow),
        ]
        var zhText = ""
        var enText = ""
        for (name, options, now) in cases {
            let arguments = ["slip", "verify", payload] + options
            let result = try Self.both(workspace, arguments, now: now)
            #expect(result.zh.status == 2 && result.en.status == 2, "\(name): \(result.zh)\(result.en)")
            #expect(result.zh.stdout.isEmpty && result.en.stdout.isEmpty, "\(name): a verdict on the slip")
            #expect(result.zh.stderr.contains("信任包被拒绝：") && result.en.stderr.contains("trust bundle refused: "))
            Self.expectOneLanguage(zh: result.zh.stderr, en: result.en.stderr, given: arguments)
            zhText += "## \(name)\n" + result.zh.stderr
            enText += "## \(name)\n" + result.en.stderr
        }
        // The near miss: the genuine bundle, pinned by its own key, is accepted.
        let pinned = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json", "--anchor", fingerprint])
        #expect(pinned.status == 0, "\(pinned)")
        try Snapshot.expect(zhText.replacingOccurrences(of: payload, with: "PAYLOAD"), matches: "trust-refusals.zh.txt")
        try Snapshot.expect(enText.replacingOccurrences(of: payload, with: "PAYLOAD"), matches: "trust-refusals.en.txt")
    }

    // Guards: a recall of the farm's lot, the stall's stock still out: the headline, state, deadlines, the holders'
    // table (its columns aligned in both) and each holder's state in the chosen language; the reason is the
    // issuer's own words in both.
    @Test func recallStatusInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.ok([
            "recall", "issue", "--batch", chain.farmLot.digits, "--level", "1", "--reason", "检出克伦特罗", "--key",
            CLIChain.regulatorKey, "--notice", "RC-LANG-1",
        ])
        let status = try Self.both(workspace, ["recall", "status", "RC-LANG-1"], now: "2026-11-28T13:00:00+08:00")
        #expect(status.zh.status == status.en.status, "\(status.zh)\(status.en)")
        #expect(status.zh.stdout.hasPrefix("召回 RC-LANG-1（1 级），由 "), "\(status.zh.stdout)")
        #expect(status.en.stdout.hasPrefix("recall RC-LANG-1 level 1 by "), "\(status.en.stdout)")
        #expect(status.zh.stdout.contains("  状态：进行中；") && status.en.stdout.contains("  state: IN-PROGRESS; "))
        let header = try #require(OneLanguage.lines(status.zh.stdout).first { $0.hasPrefix("  持有方") })
        #expect(header.hasSuffix("去向不明     状态"), "\(header)")
        Self.expectOneLanguage(zh: status.zh.stdout, en: status.en.stdout, given: ["RC-LANG-1"])
        try Snapshot.expect(status.zh.stdout, matches: "recall-status.zh.txt")
        try Snapshot.expect(status.en.stdout, matches: "recall-status.en.txt")
    }

    // Guards: a payload that is not base45, one with a character left over, one of another version and a slip page
    // address whose fragment is not digits are each NOT GENUINE (exit 1) with the reader's reason in the chosen
    // language; the genuine payload is the near miss.
    @Test func slipPayloadProblemsInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", chain.slip.digits, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json"]).status == 0)
        for bad in ["FT1:@@@@", payload + "A", "FT9:ABCD", "https://hub.example.cn/s#1x23"] {
            let arguments = ["slip", "verify", bad, "--bundle", "bundle.json"]
            let result = try Self.both(workspace, arguments)
            #expect(result.zh.status == 1 && result.en.status == 1, "\(bad): \(result.zh)\(result.en)")
            #expect(result.zh.stderr.contains("假 · 核验未通过：") && result.en.stderr.contains("NOT GENUINE: "))
            Self.expectOneLanguage(zh: result.zh.stderr, en: result.en.stderr, given: arguments)
        }
    }

    /// What the commands' own validation adds to the parser's usage error, and `settings hub-url`'s answers.
    @Test func usageErrorsAndSettingsInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let width = try Self.both(workspace, ["slip", chain.slip.digits, "--width", "60"])
        #expect(width.zh.status == 2 && width.en.status == 2)
        #expect(width.zh.stderr.contains("Error: --width 必须是 58 或 80"), "\(width.zh)")
        #expect(width.en.stderr.contains("Error: --width must be 58 or 80"), "\(width.en)")
        let proof = try Self.both(workspace, ["log", "proof"])
        #expect(proof.zh.stderr.contains("请给出一个记录编号，或者 --from 与 --to（二者不可同时给出）"), "\(proof.zh)")
        #expect(proof.en.stderr.contains("give a record id, or --from and --to (not both)"), "\(proof.en)")
        let half = try Self.both(workspace, ["log", "proof", "--from", "3"])
        #expect(
            half.zh.stderr.contains("--from 与 --to 须同时给出") && half.en.stderr.contains("--from and --to go together"))
        let batch = try Self.both(workspace, ["sign", "--key", chain.stall.keyFile, "--seal", "--batch-size", "0"])
        #expect(batch.zh.stderr.contains("--batch-size 必须在 1 到 65536 之间，实为 0"), "\(batch.zh)")

        let set = try Self.both(workspace, ["settings", "hub-url", "https://hub.example.cn/"])
        #expect(set.zh.stdout == "已设置中心节点地址：此后小票的二维码为 https://hub.example.cn/s#1…\n", "\(set.zh)")
        #expect(set.en.stdout == "hub URL set: slips now carry https://hub.example.cn/s#1… as their QR code\n")
        let unset = try Self.both(workspace, ["settings", "hub-url", "--unset"])
        #expect(unset.zh.stdout == "已移除中心节点地址\n" && unset.en.stdout == "hub URL removed\n")
    }

    /// Every command with a discussion, beyond those `SnapshotTests.helpInOneLanguage` covers.
    static let discussed: [[String]] = [
        ["verify"], ["export", "records"], ["export", "epcis"], ["export", "fsma204"], ["epcis"], ["epcis", "hash"],
        ["trust", "export"], ["balance"], ["sell"], ["record"], ["sign"], ["init"], ["keys", "new"],
        ["keys", "import"],
        ["code", "new"], ["demo"], ["recall"], ["recall", "issue"], ["recall", "status"], ["recall", "dispose"],
        ["recall", "drill"], ["recall", "drills"], ["push"], ["pull"], ["token", "issue"], ["log", "list"],
        ["log", "verify"], ["log", "witness"], ["log", "proof"], ["slip", "verify"], ["audit"],
        ["settings", "hub-url"], ["store", "copy"],
    ]

    /// The discussion of each command in the chosen language: Chinese prose under zh, none under en; a line printed
    /// the same in both (a command example users type) is not prose.
    @Test(arguments: discussed)
    func discussionInOneLanguage(command: [String]) throws {
        let workspace = try Workspace()
        let zh = try workspace.ok(command + ["--help"]).stdout
        let en = try workspace.ok(command + ["--help", "--lang", "en"]).stdout
        func discussion(_ help: String) -> String {
            let afterOverview = help.components(separatedBy: "\n\n").dropFirst()
            return afterOverview.prefix { !$0.hasPrefix("USAGE:") }.joined(separator: "\n\n")
        }
        let (zhText, enText) = (discussion(zh), discussion(en))
        #expect(!OneLanguage.hanRuns(zhText).isEmpty, "no Chinese discussion: \(zh)")
        #expect(zhText != enText)
        let shared = Set(OneLanguage.lines(zhText)).intersection(OneLanguage.lines(enText))
        // Placeholders of arguments (FROM, TO, FILE) are written as users type them.
        func prose(_ text: String) -> String {
            OneLanguage.lines(text).filter { !shared.contains($0) }.joined(separator: "\n")
                .replacingOccurrences(of: #"\b[A-Z]{2,}\b"#, with: " ", options: .regularExpression)
        }
        let mixed = OneLanguage.mixedLines(zh: prose(zhText), en: prose(enText))
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)")
    }
}
