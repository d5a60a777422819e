import Foundation
import TraceCrypto
import TraceDemo
import TraceModel
import TraceService
import TraceSlips
import TraceStore

/// Slips rendered per second per format, and the in-process `sell` + render round trip (with and without the
/// stop-sale checks).
struct SlipBench {
    let scale: String

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foodtrace-bench-\(getpid())")
            .path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/slips.sqlite"
        let anchor = TrustAnchor(
            party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
            key: try DemoGenerator.regulatorKey(seed: 7))
        let store = try TraceStore.create(path: path, anchors: [anchor])
        var line = 0
        let generator = DemoGenerator(
            scale: .small, seed: 7,
            sink: { records in
                let lines = records.map { record -> IngestLine in
                    line += 1
                    return IngestLine(number: line, bytes: record.canonicalBytes)
                }
                _ = try store.ingest(lines, source: "bench", now: 1_800_000_000_000)
            })
        let manifest = try generator.generate()
        try generator.writeKeys(to: directory + "/keys")
        let service = SlipService(store: store)
        let content = try service.content(slip: manifest.sampleSlips[0])
        let renderers: [(String, () throws -> Int)] = [
            ("text", { TextSlip(content, paper: .mm58, language: .zh).render().utf8.count }),
            ("escpos", { try ESCPOSSlip(content, paper: .mm58, language: .zh).bytes().count }),
            ("svg", { try SVGSlip(content, paper: .mm58, language: .zh).render().utf8.count }),
        ]
        // Baseline: libqrencode alone encoding the same payload, the one step every slip format shares.
        var qrCount = 0
        var qrModules = 0
        let qrSeconds = try Timing.seconds {
            while qrCount < 20_000 {
                qrModules &+= try QRCode(content.payload).width
                qrCount += 1
            }
        }
        let qrPerSecond = Double(qrCount) / qrSeconds
        for (format, render) in renderers {
            var count = 0
            var bytes = 0
            let seconds = try Timing.seconds {
                while count < 20_000 {
                    bytes &+= try render()
                    count += 1
                }
            }
            let perSecond = Double(count) / seconds
            let goal = format == "svg" ? nil : "≥ 5,000 slips/s"
            Metric(
                "slips-\(format)-per-second", perSecond, "slips/s", scale: scale, baseline: qrPerSecond,
                baselineName: "libqrencode encodes/s of the same payload (\(qrModules / qrCount) modules wide)",
                goal: goal,
                met: goal == nil ? nil : perSecond >= 5_000, note: "one thread, 58 mm, zh; \(bytes / count) bytes each"
            ).emit()
        }
        // The in-process sale and render, with the till's stop-sale checks on and off (see ``TillBench``).
        try TillBench.roundTrips(
            store: store, keys: directory + "/keys", manifest: manifest, scale: scale, name: "sell-render-round-trip")
    }
}
