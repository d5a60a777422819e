import Foundation
import Testing

/// `import epcis`'s text report in one language: why each event of the importer's own document is skipped, why each
/// event of a partner's document is kept as evidence (not traced), the events named in their sender's words — in
/// Chinese under zh, in English under en; the JSON report keeps the English reasons in both. Snapshotted in both.
@Suite("import epcis: the report's reasons in the chosen language")
struct ImportReportLanguageTests {
    static let context = #"["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"]"#
    static let lot = #"{"epcClass":"urn:epc:class:lgtin:4012345.012345.L7","quantity":5,"uom":"KGM"}"#

    static func document(_ events: [String]) -> String {
        #"{"@context":\#(context),"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T09:00:00+08:00","epcisBody":{"eventList":["#
            + events.map { #"{"eventTime":"2026-11-28T08:00:00+08:00","eventTimeZoneOffset":"+08:00","# + $0 + "}" }
            .joined(separator: ",") + "]}}"
    }

    /// Events the graph cannot use, one per reason the mapper gives for an importer's own document.
    static let skipped = [
        #""type":"AssociationEvent","action":"ADD","parentID":"urn:epc:id:grai:4012345.55555.987","childEPCs":["urn:epc:id:giai:4000001.12345"]"#,
        #""type":"TransactionEvent","action":"ADD","bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:PO-7"}],"quantityList":[\#(lot)]"#,
        #""type":"AggregationEvent","action":"ADD","parentID":"urn:epc:id:sscc:4012345.0000000071","childEPCs":["urn:epc:id:sgtin:0614141.107346.2017"]"#,
        #""type":"ObjectEvent","action":"OBSERVE","disposition":"active","persistentDisposition":{"set":["completeness_verified"],"unset":["completeness_inferred"]},"quantityList":[\#(lot)]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"inspecting","quantityList":[\#(lot)]"#,
        #""type":"ObjectEvent","action":"DELETE","quantityList":[\#(lot)]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[\#(lot)]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L8"}]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L9","quantity":1.2345678,"uom":"KGM"}]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.L6","quantity":2,"uom":"ZZ"}]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","quantityList":[\#(lot)],"errorDeclaration":{"declarationTime":"2026-11-28T08:30:00+08:00","reason":"incorrect_data"}"#,
    ]

    static let partner = "urn:epc:id:pgln:4012345.00000"

    /// A partner's events kept as evidence: a packing, and an error declaration naming its corrective event.
    static let kept = [
        #""type":"AggregationEvent","action":"ADD","parentID":"urn:epc:id:sscc:4012345.0000000072","childEPCs":["urn:epc:id:sgtin:0614141.107346.2019"]"#,
        #""type":"ObjectEvent","action":"OBSERVE","bizStep":"inspecting","quantityList":[\#(lot)],"errorDeclaration":{"declarationTime":"2026-11-28T08:30:00+08:00","reason":"incorrect_data","correctiveEventIDs":["urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8"]}"#,
    ]

    // Guards: every reason is read back into Chinese under zh (none left in English), the English report says what
    // it said before, and the JSON report is the same in both languages; the partner's kept events likewise.
    @Test func reportInEachLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        try workspace.write("own.jsonld", Self.document(Self.skipped))
        let own = ["import", "epcis", "own.jsonld", "--key", chain.stall.keyFile]

        let json = try OneLanguageOutputTests.both(workspace, own + ["--format", "json"])
        #expect(json.zh.status == 0 && json.zh.stdout == json.en.stdout, "\(json.zh)\(json.en)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.en.stdout.utf8)) as? [String: Any])
        #expect((report["skipped"] as? [Any])?.count == Self.skipped.count, "\(json.en.stdout)")

        let text = try OneLanguageOutputTests.both(workspace, own)
        #expect(text.zh.status == 0 && text.en.status == 0, "\(text.zh)\(text.en)")
        let zhLines = OneLanguage.lines(text.zh.stdout)
        let enLines = OneLanguage.lines(text.en.stdout)
        #expect(zhLines.filter { $0.hasPrefix("已跳过 ") }.count == Self.skipped.count, "\(text.zh.stdout)")
        #expect(enLines.filter { $0.hasPrefix("skipped $.") }.count == Self.skipped.count, "\(text.en.stdout)")
        for (zh, en) in [
            ("AssociationEvent 把物品（设备、资产）关联到 urn:epc:id:grai:4012345.55555.987", "an AssociationEvent links objects"),
            ("bizStep \"inspecting\" 没有对应的 FoodTrace 记录种类", "bizStep inspecting has no FoodTrace record kind"),
            (
                "persistentDisposition 设置 completeness_verified；取消 completeness_inferred",
                "; persistentDisposition set completeness_verified; unset completeness_inferred)"
            ),
            (
                "的数量 1.2345678 不是精确数量",
                "quantity 1.2345678 of lot urn:epc:class:lgtin:4012345.012345.L9 is not an exact amount"
            ),
            ("的单位 ZZ 没有对应的 FoodTrace 单位", "unit ZZ of lot urn:epc:class:lgtin:4012345.012345.L6 has no FoodTrace unit"),
            ("该事件声明先前的某个事件有误（errorDeclaration）", "the event declares an error in an earlier event"),
            ("按类型跳过：ObjectEvent ×7、", "skipped by kind: ObjectEvent ×7, "),
            ("ObjectEvent（含 errorDeclaration）×1", "ObjectEvent with errorDeclaration ×1"),
        ] {
            #expect(text.zh.stdout.contains(zh), "\(zh)\n\(text.zh.stdout)")
            #expect(text.en.stdout.contains(en), "\(en)\n\(text.en.stdout)")
        }
        OneLanguageOutputTests.expectOneLanguage(zh: text.zh.stdout, en: text.en.stdout, given: own)

        // The partner's document, attested in a store of its own for each language.
        func attested(_ language: String) throws -> CLIResult {
            let fresh = try Workspace()
            let freshChain = try fresh.makeChain()
            try fresh.write("partner.jsonld", Self.document(Self.kept))
            return try fresh.run(
                ["import", "epcis", "partner.jsonld", "--key", freshChain.stall.keyFile, "--from", Self.partner],
                environment: ["FOODTRACE_LANG": language])
        }
        let zhKept = try attested("zh")
        let enKept = try attested("en")
        #expect(zhKept.status == 0 && enKept.status == 0, "\(zhKept)\(enKept)")
        #expect(zhKept.stdout.contains("按类型留作证据（不追溯）：") && zhKept.stdout.contains("错误声明 ×1"), "\(zhKept.stdout)")
        #expect(
            zhKept.stdout.contains("合作方声明此事件（ObjectEvent ni:///sha-256;")
                && zhKept.stdout.contains("，原因 incorrect_data；更正事件：urn:uuid:"), "\(zhKept.stdout)")
        #expect(enKept.stdout.contains("kept, not traced, by kind: "), "\(enKept.stdout)")
        #expect(enKept.stdout.contains(", reason incorrect_data; corrective events: urn:uuid:"), "\(enKept.stdout)")
        OneLanguageOutputTests.expectOneLanguage(
            zh: zhKept.stdout, en: enKept.stdout, given: ["partner.jsonld", "--from", Self.partner])

        let stable = { (text: String) in
            text.replacingOccurrences(
                of: #"ni:///sha-256;[0-9a-f]{64}\?ver=CBV2\.0"#, with: "ni:///<hash>", options: .regularExpression)
        }
        try Snapshot.expect(stable(text.zh.stdout + zhKept.stdout), matches: "import-report.zh.txt")
        try Snapshot.expect(stable(text.en.stdout + enKept.stdout), matches: "import-report.en.txt")
    }
}
