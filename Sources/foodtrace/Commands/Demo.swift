import ArgumentParser
import Foundation
import TraceDemo
import TraceModel
import TraceStore

extension FoodTrace {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Demo.Demo"),
            discussion: HelpText.discussion(.Help.discussion("Demo.Demo")))

        @OptionGroup var options: StoreOptions
        @Option(help: "small, city or province.") var scale = "small"
        @Option(help: "Seed: the same seed gives the same city.") var seed: UInt64 = 1
        @Option(help: "Write the manifest (JSON) here.") var manifest: String?
        @Option(help: "Write every party's private key into this folder (made, or required to be, mode 0700).")
        var keys: String?
        @Flag(help: "Replace an existing --manifest file (never a key file or a store).") var force = false

        func run() throws {
            try runReporting {
                guard let demoScale = DemoScale.named(scale) else {
                    throw CLIError.input(
                        .optionChoice(option: "--scale", value: scale, choices: ["small", "city", "province"]))
                }
                let path = options.path
                if FileManager.default.fileExists(atPath: path) {
                    throw CLIError.input(.demoStoreExists(path))
                }
                let manifestFile = try manifest.map { try OutputFile($0, force: force, option: "--manifest") }
                if let keys { try KeyFolder.prepare(keys) }
                let anchor = TrustAnchor(
                    party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
                    key: try DemoGenerator.regulatorKey(seed: seed))
                let store: TraceStore
                do {
                    store = try TraceStore.create(
                        path: path, anchors: [anchor], logger: StoreOptions.logger, wait: try StoreOptions.wait())
                } catch {
                    throw CLIError(classifying: error)
                }
                let bar = ProgressLine(
                    task: .demoTask(scale: demoScale.name), unit: .days, counter: ProgressCounter(total: demoScale.days)
                )
                var lineNumber = 0
                let generator = DemoGenerator(
                    scale: demoScale, seed: seed,
                    sink: { records in
                        let lines = records.map { record in
                            lineNumber += 1
                            return IngestLine(number: lineNumber, bytes: record.canonicalBytes)
                        }
                        let report = try store.ingest(lines, source: "demo", now: try Clock.nowMilliseconds())
                        if let rejection = report.rejected.first {
                            throw CLIError.input(.demoRefused(rejection.text))
                        }
                    }, progress: { _, days in bar.counter.set(days) })
                let result: DemoManifest
                do {
                    defer { bar.finish() }
                    result = try generator.generate()
                }
                if let keys {
                    do { try generator.writeKeys(to: keys) } catch {
                        throw CLIError.input(.about("--keys \(keys)", .of(error)))
                    }
                }
                if let manifestFile { try manifestFile.write(try JSONOutput.string(result)) }
                Console.out(
                    OutputLanguage.text(
                        .demoBuilt(
                            scale: demoScale.name, seed: seed, records: result.records, parties: result.parties,
                            defects: result.defects.count, path: path)))
            }
        }
    }
}
