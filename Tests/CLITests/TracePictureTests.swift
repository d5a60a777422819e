import Foundation
import Testing
import TraceModel

/// Pictures that scale: a lot sold in 450 slips, drawn collapsed by default (one node for the batch's slips),
/// renders with Graphviz and stays under Mermaid's default 50,000-character limit; `--collapse none` and
/// `--depth N` choose otherwise.
@Suite("trace pictures")
struct TracePictureTests {
    /// The chain of ``CLIChain`` plus `count` more sales of 0.4 kg from the stall's lot, signed and ingested.
    func chainWithSales(_ count: Int) throws -> (Workspace, CLIChain) {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        var lines: [String] = []
        for n in 0..<count {
            let slip = CLIChain.code(area: "510104", node: "112", serial: 3 + n).digits
            let minute = 100 + n / 60
            let at = String(format: "2026-11-28T%02d:%02d:%02d+08:00", 6 + minute / 60, minute % 60, n % 60)
            lines.append(
                #"{"v":1,"kind":"sell","at":"\#(at)","body":{"slip":"\#(slip)","batch":"\#(chain.stallLot.digits)","quantity":{"value":"0.4","unit":"kg"},"unitPrice":"28","amount":"11.2"}}"#
            )
        }
        try workspace.write("sales.jsonl", lines.joined(separator: "\n") + "\n")
        let signed = try workspace.ok(["sign", "--key", chain.stall.keyFile], stdin: try workspace.read("sales.jsonl"))
        try workspace.write("signed.jsonl", signed.stdout)
        try workspace.ok(["ingest", "signed.jsonl"])
        return (workspace, chain)
    }

    @Test func fourHundredFiftySlipsCollapseAndRender() throws {
        let (workspace, chain) = try chainWithSales(449)
        let dot = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "dot"])
        #expect(dot.status == 1, "flagged (the stall's receipt has no certificate): \(dot.stderr)")
        #expect(dot.stdout.contains("450 张小票，182.1 千克"), "\(dot.stdout.prefix(2000))")
        #expect(!dot.stdout.contains(CLIChain.code(area: "510104", node: "112", serial: 300).digits))
        #expect(dot.stdout.split(separator: "\n").count < 30)
        try workspace.write("trace.dot", dot.stdout)
        let svg = try Graphviz.render(workspace.file("trace.dot"))
        #expect(svg.contains("<svg") && svg.contains("450 张小票"))

        let mermaid = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "mermaid"]).stdout
        #expect(mermaid.count < 50_000)
        #expect(mermaid.contains("450 张小票，182.1 千克"))
        #expect(mermaid.hasPrefix("flowchart LR\n"))

        // Asked for every slip: one node each.
        let full = try workspace.run([
            "trace", "down", chain.farmLot.digits, "--format", "mermaid", "--collapse", "none",
        ])
        #expect(full.stdout.count > mermaid.count * 10)
        #expect(full.stdout.contains(CLIChain.code(area: "510104", node: "112", serial: 300).digits))
        // Two hops from the farm lot: the lot, the slaughterhouse's live lot and the carcass, no stall.
        let shallow = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "dot", "--depth", "2"])
        #expect(shallow.stdout.contains(chain.carcass.digits) && !shallow.stdout.contains(chain.stallLot.digits))
        #expect(try workspace.run(["trace", "down", chain.farmLot.digits, "--collapse", "all"]).status == 2)
    }

    /// The near miss: a downstream trace of 50 slips or fewer is drawn slip by slip unless asked to collapse.
    @Test func fewSlipsAreDrawnOneByOne() throws {
        let (workspace, chain) = try chainWithSales(3)
        let dot = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", "dot"]).stdout
        #expect(dot.contains(chain.slip.digits) && !dot.contains("张小票"))
        let collapsed = try workspace.run([
            "trace", "down", chain.farmLot.digits, "--format", "dot", "--collapse", "slips",
        ]).stdout
        #expect(collapsed.contains("4 张小票，3.7 千克") && !collapsed.contains(chain.slip.digits))
        let english = try workspace.run([
            "trace", "down", chain.farmLot.digits, "--format", "mermaid", "--collapse", "slips", "--lang", "en",
        ]).stdout
        #expect(english.contains("4 slips, 3.7 kg") && !english.contains("张小票"))
    }

    /// The labels of a picture in one language: hop types, units, steps, flags and groups from the catalogue;
    /// names, products and codes as the records have them.
    @Test(arguments: ["dot", "mermaid"])
    func labelsInTheChosenLanguage(format: String) throws {
        let (workspace, chain) = try chainWithSales(3)
        let zh = try workspace.run(["trace", "up", chain.slip.digits, "--format", format]).stdout
        let en = try workspace.run(["trace", "up", chain.slip.digits, "--format", format, "--lang", "en"]).stdout
        for chinese in ["千克", "收货", "销售"] { #expect(zh.contains(chinese), "\(chinese): \(zh)") }
        for english in [" kg", "receive ", "sell "] { #expect(en.contains(english), "\(english): \(en)") }
        #expect(zh.contains("白条猪肉") && en.contains("白条猪肉"), "product names keep the record's text")
        let mixed = OneLanguage.mixedLines(zh: zh, en: en)
        #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
        #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)")
        let flagged = try workspace.run(["trace", "down", chain.farmLot.digits, "--format", format]).stdout
        let flaggedEnglish = try workspace.run([
            "trace", "down", chain.farmLot.digits, "--format", format, "--lang", "en",
        ]).stdout
        #expect(flagged.contains("⚠ ") && flaggedEnglish.contains("⚠ "), "\(flagged)")
        let flags = OneLanguage.mixedLines(zh: flagged, en: flaggedEnglish)
        #expect(flags.zh.isEmpty && flags.en.isEmpty, "\(flags)")
    }
}

/// Graphviz's `dot`, to check that a picture renders.
enum Graphviz {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func render(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "dot -Tsvg \(path) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
