import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// The issue's "Done when" on tampering: a record altered in any single byte and re-ingested into a fresh
/// store with the same trust anchors is refused and the store stays empty; the unaltered export is
/// accepted there, and adds nothing to a store that already has it.
///
/// Guards, together: the record id covering every byte but `sig`, the signature covering those bytes,
/// the strict parser (a changed `sig`, `v`, member name or structure is refused before any check), and
/// the all-or-nothing ingest.
///
/// Three records of the sample chain's export are altered at every byte position, twice each (XOR 0x01,
/// and another printable byte): 2 × (555 + 569 + 463) = 3,174 altered records. One ingest of the altered
/// export costs ≈ 50 ms in a debug build, so the default run checks all 3,174 in context (one input per
/// record: the export with that record's line replaced by all its altered copies) and ingests a sample of
/// them as separate altered exports into fresh stores; `FOODTRACE_EXHAUSTIVE=1` ingests every one of the
/// 3,174 altered exports into its own fresh store (≈ 2 minutes on 2 cores).
@Suite("tampering with an exported record is always detected")
struct TamperingTests {
    /// Which record of the sample chain's export is altered.
    enum Sampled: String, CaseIterable, CustomTestStringConvertible {
        case registerFarm = "the farm's register record"
        case shipToStall = "the slaughterhouse's ship to the stall"
        case sell = "the stall's sale (slip)"

        var testDescription: String { rawValue }

        func index(in chain: SampleChain) -> Int {
            switch self {
            case .registerFarm: return chain.registerFarmIndex
            case .shipToStall: return chain.shipToStallIndex
            case .sell: return chain.sellIndex
            }
        }

        /// Bytes in the record's canonical line. The lengths are fixed by the chain's fixed content (ids, key
        /// ids, keys and Ed25519 signatures have fixed lengths), so the number of changes tried is too.
        var expectedLength: Int {
            switch self {
            case .registerFarm: return 555
            case .shipToStall: return 569
            case .sell: return 463
            }
        }
    }

    /// One single-byte change of a line.
    struct Change: CustomStringConvertible {
        var position: Int
        var byte: UInt8
        var description: String { "byte \(position) → 0x\(String(byte, radix: 16))" }

        func apply(to line: [UInt8]) -> [UInt8] {
            var copy = line
            copy[position] = byte
            return copy
        }
    }

    /// Every position of `line` changed twice: XOR 0x01, and another printable byte of the same class where
    /// there is one (digit → digit, letter → letter), so many changes keep the JSON well formed and must be
    /// caught by the id and signature checks rather than the parser.
    static func changes(of line: [UInt8]) -> [Change] {
        line.indices.flatMap { position in
            [
                Change(position: position, byte: line[position] ^ 0x01),
                Change(position: position, byte: printableReplacement(for: line[position])),
            ]
        }
    }

    static func printableReplacement(for byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "8"), UInt8(ascii: "a")...UInt8(ascii: "y"),
            UInt8(ascii: "A")...UInt8(ascii: "Y"):
            return byte + 1
        case UInt8(ascii: "9"): return UInt8(ascii: "0")
        case UInt8(ascii: "z"): return UInt8(ascii: "a")
        case UInt8(ascii: "Z"): return UInt8(ascii: "A")
        case UInt8(ascii: "-"): return UInt8(ascii: "_")
        default: return UInt8(ascii: "-")
        }
    }

    /// The sample chain ingested into a builder's store, and its export (the stored raw lines, in order).
    private func exportedChain() throws -> (ChainBuilder, SampleChain, [[UInt8]]) {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        var export: [[UInt8]] = []
        try chain.store.forEachRecord { export.append($0.raw) }
        #expect(export == sample.records.map(\.canonicalBytes), "the export is the records, verbatim, in chain order")
        return (chain, sample, export)
    }

    /// Ingests `export` with line `index` replaced by `altered` into a fresh store; nil when it was refused
    /// (that line among the rejections, nothing committed, the store exactly as fresh), else what went wrong.
    private func problem(
        ingesting export: [[UInt8]], altering index: Int, to altered: [UInt8], chain: ChainBuilder,
        empty: StoreSnapshot
    ) throws -> String? {
        var lines = export.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element) }
        lines[index].bytes = altered
        let fresh = try chain.freshStore()
        let report = try fresh.ingest(lines, source: "tampered", now: ChainBuilder.ingestClock(1))
        let refused = report.rejected.contains { $0.line == index + 1 && !$0.reason.isEmpty }
        let unchanged = try StoreSnapshot(fresh) == empty
        guard report.committed || report.accepted != 0 || !refused || !unchanged else { return nil }
        return
            "committed \(report.committed), accepted \(report.accepted), store unchanged \(unchanged), rejections \(report.rejected)"
    }

    // All 3,174 changes (see the suite's comment), each refused in the context of the whole export.
    @Test("every single-byte change of an exported record is refused in context", arguments: Sampled.allCases)
    func everySingleByteChangeIsRefusedInContext(_ sampled: Sampled) throws {
        let (chain, sample, export) = try exportedChain()
        let index = sampled.index(in: sample)
        let original = export[index]
        #expect(original.count == sampled.expectedLength)
        let changes = Self.changes(of: original)
        #expect(changes.count == 2 * sampled.expectedLength)

        // One input: the lines before, every altered copy of the line, the lines after. As long as every copy
        // is refused, each is judged against the same state as in an export of its own.
        var lines = export.prefix(index).enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element) }
        let firstAltered = lines.count + 1
        for change in changes { lines.append(IngestLine(number: lines.count + 1, bytes: change.apply(to: original))) }
        for rest in export.dropFirst(index + 1) { lines.append(IngestLine(number: lines.count + 1, bytes: rest)) }

        let fresh = try chain.freshStore()
        let empty = try StoreSnapshot(fresh)
        let report = try fresh.ingest(lines, source: "tampered", now: ChainBuilder.ingestClock(1))
        let refusedLines = Set(report.rejected.map(\.line))
        let notRefused = changes.indices.filter { !refusedLines.contains(firstAltered + $0) }
        #expect(
            notRefused.isEmpty,
            "\(notRefused.count) altered copies were not refused, e.g. \(notRefused.prefix(5).map { changes[$0] })")
        #expect(!report.committed)
        #expect(try StoreSnapshot(fresh) == empty)
    }

    // A sample of the changes, each as its own altered export into its own fresh store: every 29th change,
    // plus the first byte of each envelope field's value (v, kind, issuer, seq, prev, at, body, sig alg/key/value).
    @Test("single-byte changes ingested as altered exports into fresh stores are refused", arguments: Sampled.allCases)
    func sampledAlteredExportsAreRefusedByFreshStores(_ sampled: Sampled) throws {
        let (chain, sample, export) = try exportedChain()
        let index = sampled.index(in: sample)
        let original = export[index]
        let text = String(decoding: original, as: UTF8.self)
        let markers = [
            #""v":"#, #""kind":""#, #""issuer":""#, #""seq":"#, #""prev":""#, #""at":""#, #""body":{""#,
            #""alg":""#, #""key":""#, #""sig":{"#,
        ]
        var positions = Set(
            markers.compactMap { marker in
                text.range(of: marker, options: .backwards).map {
                    text.utf8.distance(from: text.startIndex, to: $0.upperBound)
                }
            })
        positions.insert(original.count - 2)  // inside the signature value
        let changes = Self.changes(of: original).enumerated().filter {
            $0.offset % 29 == 0 || positions.contains($0.element.position)
        }.map(\.element)
        #expect(changes.count > 40)

        let empty = try StoreSnapshot(chain.freshStore())
        var failures: [String] = []
        for change in changes {
            if let problem = try problem(
                ingesting: export, altering: index, to: change.apply(to: original), chain: chain, empty: empty)
            {
                failures.append("\(change): \(problem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) altered exports were not refused, e.g. \(failures.prefix(3))")
    }

    // Every one of the 3,174 changes as its own altered export into its own fresh store (opt-in: slow in debug builds).
    @Test(
        "every single-byte change ingested as an altered export into a fresh store is refused",
        .enabled(if: ProcessInfo.processInfo.environment["FOODTRACE_EXHAUSTIVE"] == "1"), arguments: Sampled.allCases)
    func everyAlteredExportIsRefusedByAFreshStore(_ sampled: Sampled) throws {
        let (chain, sample, export) = try exportedChain()
        let index = sampled.index(in: sample)
        let original = export[index]
        let empty = try StoreSnapshot(chain.freshStore())
        var failures: [String] = []
        var tried = 0
        for change in Self.changes(of: original) {
            tried += 1
            if let problem = try problem(
                ingesting: export, altering: index, to: change.apply(to: original), chain: chain, empty: empty)
            {
                failures.append("\(change): \(problem)")
            }
        }
        #expect(tried == 2 * sampled.expectedLength)
        #expect(failures.isEmpty, "\(failures.count) altered exports were not refused, e.g. \(failures.prefix(3))")
    }

    // Guards: the unaltered export is accepted by a fresh store with the same anchors (so the refusals above are
    // due to the changes), and adds nothing to the store that already has it (idempotent re-ingest).
    @Test func unalteredExportIsAcceptedByAFreshStoreAndAddsNothingToItsOwn() throws {
        let (chain, _, export) = try exportedChain()
        let lines = export.enumerated().map { IngestLine(number: $0.offset + 1, bytes: $0.element) }
        let fresh = try chain.freshStore()
        let accepted = try fresh.ingest(lines, source: "export", now: ChainBuilder.ingestClock(1))
        #expect(accepted.accepted == export.count && accepted.rejected.isEmpty && accepted.committed)
        #expect(try fresh.verify().findings.isEmpty)

        let before = try StoreSnapshot(chain.store)
        let again = try chain.store.ingest(lines, source: "export", now: ChainBuilder.ingestClock(99))
        #expect(again.alreadyPresent == lines.count)
        #expect(again.accepted == 0 && again.rejected.isEmpty)
        #expect(try StoreSnapshot(chain.store) == before)
    }
}
