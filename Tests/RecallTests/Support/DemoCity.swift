import Foundation
import TraceAudit
import TraceDemo
import TraceModel
import TraceStore

/// The `small` demo city (seed 1) in an in-memory store, built once for all tests of this target.
struct DemoCity: Sendable {
    let store: TraceStore
    let manifest: DemoManifest

    private static let built: Result<DemoCity, any Error> = Result { try DemoCity.build(seed: 1) }

    /// The shared city.
    static func shared() throws -> DemoCity { try built.get() }

    static func build(seed: UInt64) throws -> DemoCity {
        let anchor = TrustAnchor(
            party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
            key: try DemoGenerator.regulatorKey(seed: seed))
        let store = try TraceStore.inMemory(anchors: [anchor])
        var line = 0
        let generator = DemoGenerator(
            scale: .small, seed: seed,
            sink: { records in
                let lines = records.map { record in
                    line += 1
                    return IngestLine(number: line, bytes: record.canonicalBytes)
                }
                let report = try store.ingest(lines, source: "demo", now: 1_800_000_000_000)
                if let rejection = report.rejected.first { throw ChainError("demo record refused: \(rejection)") }
            })
        return DemoCity(store: store, manifest: try generator.generate())
    }

    /// The manifest's end, as "now" for audits.
    var end: Int64 { Timestamp(manifest.end)!.epochMilliseconds }

    /// Injected defects of one type.
    func defects(_ type: String) -> [InjectedDefect] { manifest.defects.filter { $0.type == type } }
}
