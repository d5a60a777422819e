import Foundation
import TraceCrypto
import TraceDemo
import TraceModel
import TraceService
import TraceSlips
import TraceStore

/// Slips rendered per second per format, and the in-process `sell` + render round trip.
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
        try roundTrip(store: store, service: service, keys: directory + "/keys", manifest: manifest)
    }

    /// `sell` (sign, ingest with all checks) then gather and render the slip, in-process.
    private func roundTrip(store: TraceStore, service: SlipService, keys: String, manifest: DemoManifest) throws {
        let stall = manifest.sampleParties["stall"]!
        let (party, key) = try KeyFile.read(keys + "/\(stall).key")
        let appender = RecordAppender(store: store, party: party, key: key)
        var batches = try store.batchCodes(holder: stall).compactMap { code -> TraceCode? in
            guard let (_, onHand) = try store.onHand(code), onHand.value >= Amount(5) else { return nil }
            return try TraceCode(validating: code)
        }
        guard !batches.isEmpty else { return }
        var time = Timestamp(manifest.end)!.adding(milliseconds: 3_600_000)
        let samples = try Timing.sample(warmup: 5, iterations: 200) { index in
            time = time.adding(milliseconds: 1000)
            let batch = batches[index % batches.count]
            let record: Record
            do {
                record = try service.sell(
                    stall: stall, batch: batch, quantity: Quantity(Amount(micros: 10_000), .kilogram),
                    unitPrice: Amount(30), appender: appender, at: time, now: 1_800_000_000_000)
            } catch {
                batches.removeAll { $0 == batch }
                return
            }
            guard case .sell(let sale) = try record.decodedBody() else { return }
            _ = TextSlip(try service.content(slip: sale.slip.digits), paper: .mm58, language: .zh).render()
        }
        let p50 = Timing.percentile(samples, 0.5)
        Metric(
            "sell-render-round-trip-p50", p50, "ms", scale: scale, goal: "≤ 20 ms", met: p50 <= 20,
            note: "sign, ingest with every check, trace up for the summary, render text; file store (WAL)"
        ).emit()
        Metric("sell-render-round-trip-p99", Timing.percentile(samples, 0.99), "ms", scale: scale).emit()
    }
}
