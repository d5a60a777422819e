import ArgumentParser
import Foundation
import TraceGraph
import TraceModel

/// `foodtrace recall drill`: a mock recall of one lot, timed against the BRCGS 4-hour bar.
struct RecallDrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: HelpText.abstract("RecallDrill.RecallDrillCommand"),
        discussion: HelpText.discussion(.Help.discussion("RecallDrill.RecallDrillCommand")))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @OptionGroup var options: StoreOptions
    @Option(help: "The lot to drill (trace code of a batch).") var batch: String?
    @Flag(help: "Drill a farm lot picked from --seed.") var random = false
    @Option(help: "Seed for --random (default: the clock).") var seed: UInt64?
    @Option(help: "text, json or html.") var format: Format = .text
    @Option(help: "Time allowed, e.g. 4h, 30m, 90s, 1500ms (BRCGS: 4h).") var target = "4h"
    @Option(name: .customLong("out"), help: "Write the report to this file (repeatable; format from the extension).")
    var outputs: [String] = []
    @Flag(help: "Replace existing --out files (never a key file or a store).") var force = false
    @Option(help: "Sign and store the drill as a test record with this key file.") var key: String?
    @Option(help: "The scenario, in your words (default: a description of the lot).") var scenario: String?
    @Option(help: "Yield bounds (JSON, as for `foodtrace balance`); default: the standard bounds.") var yields: String?

    func run() throws {
        try runReporting {
            guard (batch != nil) != random else { throw CLIError.input(Message.Drill.batchOrRandom) }
            if seed != nil && !random { throw CLIError.input(Message.Drill.seedNeedsRandom) }
            guard let targetMilliseconds = DrillDuration.parse(target) else {
                throw CLIError.input(Message.Drill.badTarget(target))
            }
            let formats = try outputs.map { (try OutputFile($0, force: force), try Self.format(of: $0)) }
            if Set(outputs).count != outputs.count { throw CLIError.input(Message.Drill.sameOutTwice) }
            let runner = try RecallDrillRunner(options: options, keyFile: key, yieldsFile: yields)
            let lot: String
            var prefix = ""
            if let batch {
                lot = try TraceCodeArgument.parse(batch)
                try StoredCode.require(lot, in: runner.store, batchOnly: true)
            } else {
                let seedValue = try seed ?? UInt64(Clock.nowMilliseconds())
                lot = try runner.randomFarmLot(seed: seedValue)
                prefix = OutputLanguage.text(.Drill.randomPick(seed: seedValue))
            }
            var result = try runner.run(
                lot: lot, scenario: scenario.map { prefix + $0 }, prefix: prefix, target: targetMilliseconds)
            // Every file written in full beside its path first; the drill is signed and stored only then, and the
            // files take their names last: a file that cannot be written leaves the store as it was.
            var prepared: [PreparedOutput] = []
            do {
                for (path, fileFormat) in formats { prepared.append(try path.prepare(Self.render(result, fileFormat))) }
                result.record = try runner.store(result, lot: lot)
            } catch {
                for file in prepared { file.discard() }
                throw error
            }
            for file in prepared { try file.publish() }
            if formats.isEmpty {
                Console.write(Array(Self.render(result, format).utf8))
            } else {
                Console.out(
                    DrillTextRenderer.render(
                        result.report, reportSHA256: result.sha256, language: OutputLanguage.current))
                for (file, _) in formats { Console.out(OutputLanguage.text(.Drill.written(file.path))) }
            }
            if let record = result.record {
                if format == .text || !formats.isEmpty {
                    Console.out(OutputLanguage.text(.Drill.storedRecord(record)))
                } else {
                    Console.error(OutputLanguage.text(.Drill.storedRecord(record)))
                }
            }
            if !result.report.passed { throw ExitCode(1) }
        }
    }

    static func format(of path: String) throws -> Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "html", "htm": return .html
        case "txt", "text": return .text
        default: throw CLIError.input(Message.Drill.outExtension(path))
        }
    }

    static func render(_ result: RecallDrillRunner.Result, _ format: Format) -> String {
        switch format {
        case .json: return result.json
        case .html:
            return DrillHTMLRenderer.render(
                result.report, reportSHA256: result.sha256, language: OutputLanguage.current)
        case .text:
            return DrillTextRenderer.render(
                result.report, reportSHA256: result.sha256, language: OutputLanguage.current) + "\n"
        }
    }
}
