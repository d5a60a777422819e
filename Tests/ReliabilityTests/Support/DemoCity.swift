import Foundation
import TraceCrypto
import TraceDemo
import TraceModel
import TraceStore

/// One small demo city, built once per test process and shared, read-only, by the suites.
///
/// Built with `DemoGenerator(scale: .small, seed:)` into a temporary store file, then exported with
/// `forEachRecord`: ``lines`` is that export (the order another store can ingest). While ingesting, the
/// store is copied just before each record of ``sampleIndices``, so a test can put a (mutated) record
/// into a fresh copy of exactly the store that record was first accepted into.
final class DemoCity: Sendable {
    static let seed: UInt64 = 20_261_128
    /// The ingest time used for every fixture ingest (milliseconds since 1970).
    static let now = Timestamp("2026-12-01T12:00:00+08:00")!.epochMilliseconds

    let directory: String
    /// The whole demo, ingested. Copy it before writing to it.
    let storePath: String
    /// The export, one canonical signed record per line, and the same records parsed.
    let lines: [[UInt8]]
    let records: [TraceModel.Record]
    /// The export as a file (`demo.jsonl`) and the folder of every party's key file (`PARTY.key`, mode 0600).
    let exportPath: String
    let keyDirectory: String
    let anchor: TrustAnchor
    let keys: [String: PrivateKey]
    /// Each registered party's role.
    let roles: [String: Role]
    /// Export positions with a store snapshot taken just before them (see ``snapshot(before:)``).
    let sampleIndices: [Int]

    var regulatorID: String { DemoGenerator.regulatorID }

    private static let shared = Result { try DemoCity() }

    /// The shared city (built on first use).
    static func get() throws -> DemoCity { try shared.get() }

    private init() throws {
        directory = NSTemporaryDirectory() + "foodtrace-reliability-city-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        atexit {
            try? FileManager.default.removeItem(
                atPath: NSTemporaryDirectory() + "foodtrace-reliability-city-\(getpid())")
        }
        storePath = directory + "/demo.sqlite"
        exportPath = directory + "/demo.jsonl"
        keyDirectory = directory + "/keys"
        anchor = TrustAnchor(
            party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
            key: try DemoGenerator.regulatorKey(seed: Self.seed))

        var generated: [TraceModel.Record] = []
        let generator = DemoGenerator(scale: .small, seed: Self.seed, sink: { generated += $0 })
        _ = try generator.generate()
        try generator.writeKeys(to: keyDirectory)

        sampleIndices = Self.chooseSamples(generated)
        let store = try TraceStore.create(path: storePath, anchors: [anchor], logger: QuietLogger.logger)
        var start = 0
        for end in sampleIndices + [generated.count] {
            let chunk = generated[start..<end].enumerated().map { offset, record in
                IngestLine(number: start + offset + 1, bytes: record.canonicalBytes)
            }
            let report = try store.ingest(chunk, source: "demo", now: Self.now)
            if let rejection = report.rejected.first { throw FixtureError("demo record refused: \(rejection)") }
            if end < generated.count { try StoreFiles.copy(storePath, to: Self.snapshotPath(directory, end)) }
            start = end
        }
        var exported: [[UInt8]] = []
        try store.forEachRecord { exported.append($0.raw) }
        guard exported == generated.map(\.canonicalBytes) else {
            throw FixtureError("export differs from what was generated")
        }
        lines = exported
        records = generated
        try TemporaryDirectory.writeLines(exported, to: exportPath)

        var keys: [String: PrivateKey] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: keyDirectory) where name.hasSuffix(".key") {
            let (party, key) = try KeyFile.read(keyDirectory + "/" + name)
            keys[party] = key
        }
        self.keys = keys
        var roles: [String: Role] = [DemoGenerator.regulatorID: .regulator]
        for record in generated {
            if case .register(let body) = try record.decodedBody() { roles[body.party] = body.role }
        }
        self.roles = roles
    }

    /// The first record of every kind after the set-up, and a few sales picked by the seed.
    private static func chooseSamples(_ records: [TraceModel.Record]) -> [Int] {
        var chosen = Set<Int>()
        var seen = Set<RecordKind>()
        for (index, record) in records.enumerated() where index > 0 && !seen.contains(record.kind) {
            seen.insert(record.kind)
            chosen.insert(index)
        }
        let sells = records.indices.filter { records[$0].kind == .sell }
        for step in [3, 2] where !sells.isEmpty { chosen.insert(sells[sells.count / step]) }
        return chosen.sorted()
    }

    private static func snapshotPath(_ directory: String, _ index: Int) -> String {
        directory + "/before-\(index).sqlite"
    }

    /// The store file as it stood just before export line `index` (one of ``sampleIndices``) was ingested.
    func snapshot(before index: Int) -> String {
        precondition(sampleIndices.contains(index), "no snapshot before line \(index)")
        return Self.snapshotPath(directory, index)
    }

    /// The first sample of `kind`.
    func sample(_ kind: RecordKind) throws -> Int {
        guard let index = sampleIndices.first(where: { records[$0].kind == kind }) else {
            throw FixtureError("the demo has no \(kind.rawValue) record to sample")
        }
        return index
    }

    /// The `seq` and `prev` a new record of `party` must carry in the store as it stood before line `index`.
    func next(for party: String, before index: Int) -> (seq: Int, prev: String?) {
        guard let last = records[..<index].last(where: { $0.issuer == party }) else { return (1, nil) }
        return (last.seq + 1, last.id)
    }

    /// The index of `party`'s record with `seq`.
    func index(of party: String, seq: Int) -> Int? { records.firstIndex { $0.issuer == party && $0.seq == seq } }

    /// True when `party` is known to the store before export line `index` (a trust anchor, or registered earlier).
    func isRegistered(_ party: String, before index: Int) -> Bool {
        party == regulatorID
            || records[..<index].contains { record in
                record.kind == .register
                    && (try? record.decodedBody()).map { body in
                        if case .register(let register) = body { return register.party == party }
                        return false
                    } == true
            }
    }

    /// Parties of `role`, sorted.
    func parties(_ role: Role) -> [String] { roles.filter { $0.value == role }.map(\.key).sorted() }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TemporaryDirectory {
    static func writeLines(_ lines: [[UInt8]], to path: String) throws {
        try Data(lines.map { $0 + [0x0A] }.joined()).write(to: URL(fileURLWithPath: path))
    }
}
