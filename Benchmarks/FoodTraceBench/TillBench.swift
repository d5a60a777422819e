import Foundation
import TraceCrypto
import TraceDemo
import TraceModel
import TraceService
import TraceSlips
import TraceStore

/// `sell` + slip render at the stall of a demo store with the most stock the till lets it sell, with the till's stop-sale checks on (as every person or script
/// records) and off (``RecordAppender/stopSale`` = false), the two measured side by side in alternating blocks.
///
/// The store is copied first (the sales are written to the copy, never to the cached store).
struct TillBench {
    let scale: String

    /// Copies `storePath` (with its WAL) to a temporary folder and sells there (``roundTrips``).
    func run(storePath: String, keys: String, manifestPath: String) throws {
        let manifest = try JSONDecoder().decode(
            DemoManifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath)))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foodtrace-till-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let copy = directory + "/till.sqlite"
        try FileManager.default.copyItem(atPath: storePath, toPath: copy)
        if FileManager.default.fileExists(atPath: storePath + "-wal") {
            try FileManager.default.copyItem(atPath: storePath + "-wal", toPath: copy + "-wal")
        }
        let store = try TraceStore.open(path: copy)
        try Self.roundTrips(store: store, keys: keys, manifest: manifest, scale: scale, name: "till-sell-render")
    }

    /// The round trip with the checks on and off; emits `NAME-p50` (on, beside off), `NAME-p99` and
    /// `NAME-unchecked-p50`.
    static func roundTrips(store: TraceStore, keys: String, manifest: DemoManifest, scale: String, name: String)
        throws
    {
        // The stall with the most batches the till lets it sell from (stock left; not recalled, tested positive,
        // expired or without papers), so that both runs sell the same way and none is refused.
        let start = Timestamp(manifest.end)!.adding(milliseconds: 3_600_000)
        var stall = ""
        var batches: [TraceCode] = []
        for entry in try store.directory() where entry.role == .stall {
            let sellable = try store.batchCodes(holder: entry.id).compactMap { code -> TraceCode? in
                guard let (_, onHand) = try store.onHand(code), onHand.value >= Amount(5),
                    let batch = try? TraceCode(validating: code),
                    try store.stopSale(batch: batch, at: start, seller: entry.id).isEmpty
                else { return nil }
                return batch
            }
            if sellable.count > batches.count { (stall, batches) = (entry.id, sellable) }
        }
        guard !batches.isEmpty else {
            FileHandle.standardError.write(Data("foodtrace-bench till: no stall has stock the till may sell\n".utf8))
            return
        }
        let (party, key) = try KeyFile.read(keys + "/\(stall).key")
        let service = SlipService(store: store)
        var checked = RecordAppender(store: store, party: party, key: key)
        checked.stopSale = true
        var unchecked = checked
        unchecked.stopSale = false
        var time = start
        var samples: (on: [Double], off: [Double]) = ([], [])
        for block in 0..<10 {
            let appender = block % 2 == 0 ? checked : unchecked
            let block = try Timing.sample(warmup: 2, iterations: 40) { index in
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
            if appender.stopSale { samples.on += block } else { samples.off += block }
        }
        samples.on.sort()
        samples.off.sort()
        let on = Timing.percentile(samples.on, 0.5)
        let off = Timing.percentile(samples.off, 0.5)
        Metric(
            "\(name)-p50", on, "ms", scale: scale, baseline: off,
            baselineName: "the same sale and render without the stop-sale checks (RecordAppender.stopSale = false)",
            goal: "≤ 20 ms", met: on <= 20,
            note:
                "sign, stop-sale checks, ingest with every check, trace up for the summary, render text; \(samples.on.count) + \(samples.off.count) sales in alternating blocks"
        ).emit()
        Metric("\(name)-p99", Timing.percentile(samples.on, 0.99), "ms", scale: scale).emit()
        Metric("\(name)-unchecked-p50", off, "ms", scale: scale).emit()
    }
}
