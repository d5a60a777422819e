import Foundation
import Testing

/// Error messages in the chosen language: a representative set of failing commands — files the CLI will not
/// write, stores that are missing or not stores, key files, option values, ingest refusals per line, a record the
/// store refuses — run through the binary in Chinese and in English. Every message keeps its file, line, record and
/// field; no line of either run speaks the other language, and each Chinese line is Chinese (not English left as it
/// was). What the runs print is snapshotted in both languages.
@Suite("error messages in the chosen language")
struct ErrorLanguageTests {
    /// One failing command: its arguments, its environment, and the exit code it must end with.
    struct Case: Sendable {
        var name: String
        var arguments: [String]
        var environment: [String: String] = [:]
        var status: Int32 = 2
        /// Patterns of a lower library's words (the HTTP client's) the message keeps verbatim inside its catalogued
        /// frame: the only English a Chinese message may hold besides names, paths, identifiers and what was typed.
        var library: [String] = []
    }

    static let cases: [Case] = [
        Case(name: "output exists", arguments: ["export", "records", "--out", "taken.txt"]),
        Case(name: "output is the store", arguments: ["export", "records", "--out", "foodtrace.sqlite", "--force"]),
        Case(name: "output folder missing", arguments: ["export", "records", "--out", "nowhere/out.jsonl"]),
        Case(name: "no store", arguments: ["verify", "--store", "missing.sqlite"]),
        Case(name: "not a store", arguments: ["verify", "--store", "taken.txt"]),
        Case(name: "store exists", arguments: ["init"]),
        Case(name: "ingest refusals", arguments: ["ingest", "bad.jsonl"]),
        Case(name: "input missing", arguments: ["ingest", "missing.jsonl"]),
        Case(
            name: "record refused",
            arguments: ["record", "ship", "--key", "stall-510104-001-a12.key", "--body", "ship.json"]),
        Case(
            name: "field assignment",
            arguments: ["record", "sell", "--key", "stall-510104-001-a12.key", "--field", "x"]),
        Case(
            name: "body not JSON",
            arguments: ["record", "sell", "--key", "stall-510104-001-a12.key", "--body", "taken.txt"]),
        Case(name: "key missing", arguments: ["sign", "--key", "missing.key"]),
        Case(name: "key open to others", arguments: ["sign", "--key", "open.key"]),
        Case(name: "bad party id", arguments: ["keys", "new", "--party", "x", "--out", "x.key"]),
        Case(name: "key exists", arguments: ["keys", "new", "--party", "ST-1", "--out", "taken.txt"]),
        Case(name: "unit price", arguments: sell(price: "abc")),
        Case(name: "quantity", arguments: sell(quantity: "0")),
        Case(
            name: "validity",
            arguments: ["trust", "export", "--key", "missing.key", "--valid-for", "999d", "--out", "b.json"]),
        Case(name: "wait", arguments: ["verify"], environment: ["FOODTRACE_WAIT": "soon"]),
        Case(name: "keys folder open", arguments: ["demo", "--store", "demo.sqlite", "--keys", "shared"]),
        Case(name: "no such party", arguments: ["audit", "--party", "ST-51010-002"]),
        Case(name: "parameter value", arguments: ["audit", "--param", "sample-retention.min-grams=lots"]),
        Case(name: "no such parameter", arguments: ["audit", "--param", "sample-retention.min-kilos=1"]),
        Case(name: "plugin file missing", arguments: ["audit", "--plugin-path", "missing/libplugin.so"]),
        Case(name: "hub URL", arguments: ["settings", "hub-url", "ftp://hub.example"]),
        Case(name: "no record", arguments: ["show", "sha256:00"]),
        Case(name: "EPCIS document not JSON", arguments: ["import", "epcis", "taken.txt", "--key", stallKey]),
        Case(name: "EPCIS hash of a document not JSON", arguments: ["epcis", "hash", "taken.txt"]),
        Case(name: "EPCIS document of another type", arguments: ["import", "epcis", "event.json", "--key", stallKey]),
        Case(name: "EPCIS event time the schema refuses", arguments: ["epcis", "hash", "day-first.json"]),
        Case(name: "EPCIS quantity the schema refuses", arguments: ["epcis", "hash", "in-words.json"]),
        Case(
            name: "EPCIS partner not a GS1 key",
            arguments: ["import", "epcis", "epcis.json", "--key", stallKey, "--from", ""]),
        Case(
            name: "hub unreachable", arguments: ["pull", "--from", "http://127.0.0.1:9", "--attempts", "1"],
            status: 3),
        Case(name: "push to a URL of no hub", arguments: ["push", "--to", "ftp://hub.example"]),
        Case(name: "log proof of a record not logged", arguments: ["log", "proof", "sha256:00"]),
        Case(name: "log head of a store that served no hub", arguments: ["log", "head"]),
        Case(name: "store copy over a file", arguments: ["store", "copy", "foodtrace.sqlite", "taken.txt"]),
        Case(
            name: "PostgreSQL store without a regulator key",
            arguments: ["init", "--store", "postgresql://127.0.0.1:9/foodtrace"]),
        Case(
            name: "PostgreSQL store where SQLite is read",
            arguments: ["audit", "--store", "postgresql://127.0.0.1:9/foodtrace"]),
    ]

    static let stallKey = "stall-510104-001-a12.key"

    static func sell(price: String = "28", quantity: String = "1") -> [String] {
        [
            "sell", "--stall", "STALL-510104-001-A12", "--batch", "51010411226112800018", "--quantity", quantity,
            "--unit-price", price, "--key", "stall-510104-001-a12.key",
        ]
    }

    /// A store with the CLI test chain, and the files the cases refuse.
    static func workspace() throws -> (Workspace, CLIChain) {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.write("taken.txt", "an existing file\n")
        try workspace.write("open.key", "FoodTrace-Party: ST-1\n")
        chmod(workspace.file("open.key"), 0o644)
        try FileManager.default.createDirectory(
            atPath: workspace.file("shared"), withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o755])
        // Line 1 is not JSON, line 2 numbered 0 in its chain, line 3 a record with no signature, line 4 signed by a key
        // the store does not know.
        let envelope = #""issuer":"STALL-510104-001-A12","seq":1,"prev":null,"at":"2026-11-28T07:00:00+08:00""#
        try workspace.write(
            "bad.jsonl",
            [
                #"{"v":1,"kind":"sell""#,
                #"{"v":1,"kind":"count","issuer":"STALL-510104-001-A12","seq":0,"prev":null,"at":"2026-11-28T07:00:00+08:00","body":{}}"#,
                #"{"v":1,"kind":"count",\#(envelope),"body":{"batch":"\#(chain.stallLot.digits)","counted":{"value":"1","unit":"kg"}}}"#,
                #"{"v":1,"kind":"count",\#(envelope),"body":{"batch":"\#(chain.stallLot.digits)","counted":{"value":"1","unit":"kg"}},"sig":{"alg":"ed25519","key":"k-0000000000000000","value":"AAAA"}}"#,
            ].joined(separator: "\n") + "\n")
        // An EPCIS document with no event (refused only for its --from).
        try workspace.write(
            "epcis.json",
            #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T07:00:00+08:00","epcisBody":{"eventList":[]}}"#
        )
        // Documents the EPCIS 2.0.1 JSON Schema refuses: a day-first event time, a quantity in words.
        func oneEvent(_ members: String) -> String {
            #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T07:00:00+08:00","epcisBody":{"eventList":[{"type":"ObjectEvent","action":"OBSERVE","eventTimeZoneOffset":"+08:00","#
                + members + "}]}}"
        }
        try workspace.write(
            "day-first.json", oneEvent(#""eventTime":"28-11-2026","epcList":["urn:epc:id:sgtin:0614141.107346.2017"]"#))
        try workspace.write(
            "in-words.json",
            oneEvent(
                #""eventTime":"2026-11-28T07:00:00+08:00","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":"twenty","uom":"KGM"}]"#
            ))
        // A lone event where a document is read.
        try workspace.write("event.json", #"{"type":"ObjectEvent","action":"OBSERVE"}"#)
        // A shipment of a batch the stall does not hold.
        try workspace.write(
            "ship.json",
            #"{"shipment":"S-1","batch":"\#(chain.carcass.digits)","to":"MKT-510104-001","quantity":{"value":"1","unit":"kg"}}"#
        )
        return (workspace, chain)
    }

    /// The standard error of every case in `language`, each headed by its name (the transcript snapshotted).
    static func transcript(_ workspace: Workspace, language: String) throws -> [(Case, CLIResult)] {
        try cases.map { item in
            let result = try workspace.run(
                item.arguments, environment: item.environment.merging(["FOODTRACE_LANG": language]) { $1 })
            return (item, result)
        }
    }

    /// `text` without what varies from run to run: the workspace's path, the milliseconds a connection took.
    static func stable(_ text: String, _ workspace: Workspace) -> String {
        text.replacingOccurrences(of: workspace.path, with: "WORKSPACE")
            .replacingOccurrences(of: #"after \d+ ms"#, with: "after N ms", options: .regularExpression)
    }

    static func withoutLibrary(_ text: String, _ library: [String]) -> String {
        library.reduce(text) { $0.replacingOccurrences(of: $1, with: " ", options: .regularExpression) }
    }

    @Test func everyErrorInOneLanguage() throws {
        let (workspace, _) = try Self.workspace()
        let before = try workspace.exported()
        let chinese = try Self.transcript(workspace, language: "zh")
        let english = try Self.transcript(workspace, language: "en")
        #expect(try workspace.exported() == before, "a refused command changed the store")
        var zhText = ""
        var enText = ""
        // What the two runs are compared on: without a lower library's words, kept verbatim in both.
        var zhCompared = ""
        var enCompared = ""
        for ((item, zh), (_, en)) in zip(chinese, english) {
            #expect(zh.status == item.status, "\(item.name) (zh): \(zh)")
            #expect(en.status == item.status, "\(item.name) (en): \(en)")
            #expect(!zh.stderr.isEmpty && !en.stderr.isEmpty, "\(item.name): no message")
            // Each Chinese line is Chinese; no English line holds Chinese the records did not put there.
            for line in OneLanguage.lines(zh.stderr) {
                #expect(!OneLanguage.hanRuns(line).isEmpty, "\(item.name): an English line under zh: \(line)")
                let english = OneLanguage.englishFragments(line, library: item.library, given: item.arguments)
                #expect(english.isEmpty, "\(item.name): English \(english) in a Chinese message: \(line)")
            }
            // Paths made absolute by the command name the test's temporary folder; the HTTP client's timing varies.
            zhText += "## \(item.name)\n" + Self.stable(zh.stderr, workspace)
            enText += "## \(item.name)\n" + Self.stable(en.stderr, workspace)
            zhCompared += Self.withoutLibrary(zh.stderr, item.library)
            enCompared += Self.withoutLibrary(en.stderr, item.library)
        }
        let mixed = OneLanguage.mixedLines(zh: zhCompared, en: enCompared)
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)")
        try Snapshot.expect(zhText, matches: "errors.zh.txt")
        try Snapshot.expect(enText, matches: "errors.en.txt")
    }

    /// The messages name where: the file and the option, the line, the record and the field, in both languages.
    @Test func placesAreNamedInBothLanguages() throws {
        let (workspace, _) = try Self.workspace()
        let zh = try workspace.run(["ingest", "bad.jsonl"])
        let en = try workspace.run(["ingest", "bad.jsonl", "--lang", "en"])
        #expect(zh.status == 2 && en.status == 2)
        for (text, line, record, field) in [
            (zh.stderr, "第 4 行", "：记录 sha256:", "：字段 $.sig.key："),
            (en.stderr, "line 4", ": record sha256:", ": field $.sig.key: "),
        ] {
            let fourth = try #require(text.split(separator: "\n").first { $0.contains(line) }, "\(text)")
            #expect(fourth.hasPrefix("foodtrace: bad.jsonl: ") && fourth.contains(record) && fourth.contains(field))
        }
        #expect(zh.stderr.contains("未知密钥 k-0000000000000000") && en.stderr.contains("unknown key k-0000000000000000"))
        #expect(zh.stdout.contains("拒绝 4 条") && en.stdout.contains("4 rejected"), "\(zh.stdout)\(en.stdout)")
        let output = try workspace.run(["export", "records", "--out", "taken.txt"])
        #expect(output.stderr == "foodtrace: --out taken.txt：已存在；要替换它请加 --force\n", "\(output.stderr)")
        // The near miss for the check itself: an English reason left in a Chinese message is caught.
        let planted = zh.stderr + "foodtrace: bad.jsonl: 第 9 行：字段 $.seq：gap in the chain of ST-1\n"
        #expect(OneLanguage.mixedLines(zh: planted, en: en.stderr).zh.count == 1)
    }

    /// The strict check of a Chinese message: names, paths, URLs, options, ids, hashes, JSON paths, quoted commands
    /// and a lower library's declared words pass; any other English word of four letters or more is caught.
    @Test func englishFragmentsAreCaught() {
        let clean = [
            "foodtrace: missing.sqlite 处没有库；用 `foodtrace init --store missing.sqlite` 创建",
            "foodtrace: WORKSPACE/nowhere/out.jsonl：字段 $.body.quantity：必须是正数",
            "foodtrace: 位于 http://127.0.0.1:9/ 的中心节点尝试 1 次后仍无应答：GET /records: Could not connect to the server",
            "foodtrace: --keys shared：该文件夹对同组或其他用户开放：请运行 chmod 700 shared",
            "foodtrace: event.json：$.type：必须是 EPCISDocument 或 EPCISQueryDocument，实为\"ObjectEvent\"",
            "foodtrace: --param sample-retention.min-grams=lots：应为精确小数（小数参数）",
            "foodtrace: 记录 sha256:00ab 不在日志中；密钥 k-0123abcd、STALL-510104-001-A12 的 SQLite 库",
            "foodtrace: FOODTRACE_WAIT=soon：请给出秒数；应为 PATH=TEXT",
        ]
        let library = ["Could not connect to the server"]
        for line in clean {
            let found = OneLanguage.englishFragments(line, library: library, given: ["--keys", "shared"])
            #expect(found.isEmpty, "\(line): \(found)")
        }
        // Near misses: each holds one English word the catalogue should have translated.
        let caught = [
            ("foodtrace: 记录 sha256:00ab is not logged", "logged"),
            ("foodtrace: --keys shared：该文件夹 shared with others", "others"),
            ("foodtrace: taken.txt：已存在；nothing was stored", "nothing"),
            ("foodtrace: 位于 http://127.0.0.1:9/ 的中心节点：the hub did not answer", "answer"),
            ("foodtrace: GET /records: Could not connect to the server.", "Could"),
            ("foodtrace: 插件 recall（plugin.so）报告错误：failed", "failed"),
        ]
        for (line, word) in caught {
            #expect(
                OneLanguage.englishFragments(line, library: [], given: ["--keys", "shared"]).contains(word), "\(line)")
        }
    }
}
