import Foundation
import Testing
import TraceDemo
import TraceGraph
import TraceModel
import TraceStore

/// Issue 3's promises, checked on a whole small demo city (seed 3):
/// every slip traces up to a farm with every hop verified; trace down and trace up agree both ways;
/// mass balance closes except where the manifest injected a break, and every injected break is reported.
@Suite("demo city graph", .serialized)
struct DemoCityGraphTests {
    static let city = DemoCityStore()

    @Test func everySlipTracesUpToAFarmWithEveryHopVerified() throws {
        let city = Self.city
        let defective = Set(city.manifest.defectiveCodes)
        let slips = try city.store.read { db in
            try String.fetchAll(db, sql: "SELECT code FROM nodes WHERE type = 'slip' ORDER BY code")
        }
        #expect(slips.count > 5_000)
        try city.store.withGraph { reader in
            for slip in slips {
                var tracer = Tracer(reader: reader)
                let trace = try tracer.up(from: slip)
                let reachesFarm = trace.origins.contains { $0.role == .farm }
                let allVerified = trace.nodes.allSatisfy(\.verified)
                let clean = trace.nodes.allSatisfy { !defective.contains($0.code) }
                #expect(reachesFarm, "slip \(slip) reaches no farm")
                #expect(allVerified, "slip \(slip) has an unverified hop")
                if clean {
                    #expect(trace.complete, "slip \(slip): \(trace.gaps.joined(separator: "; "))")
                }
            }
        }
    }

    @Test func everyCleanBatchTracesDownComplete() throws {
        let city = Self.city
        let defective = Set(city.manifest.defectiveCodes)
        let batches = try city.store.batchCodes().filter { !defective.contains($0) }
        try city.store.withGraph { reader in
            for batch in batches {
                var tracer = Tracer(reader: reader)
                let trace = try tracer.down(from: batch)
                #expect(trace.complete, "batch \(batch): \(trace.gaps)")
            }
        }
    }

    @Test func traceDownOfAFarmLotIsExactlyWhatTracesUpToIt() throws {
        let city = Self.city
        let lots = city.manifest.farmLots.map(\.code)
        let leaves = try city.store.read { db in
            try String.fetchAll(db, sql: "SELECT code FROM nodes WHERE type IN ('slip', 'meal')")
        }
        var reachedUp: [String: Set<String>] = [:]
        try city.store.withGraph { reader in
            for leaf in leaves {
                var tracer = Tracer(reader: reader)
                for node in try tracer.up(from: leaf).nodes where node.kind == .produce {
                    reachedUp[node.code, default: []].insert(leaf)
                }
            }
            for lot in lots {
                var tracer = Tracer(reader: reader)
                let down = try tracer.down(from: lot)
                let leavesDown = Set(down.slips + down.meals)
                #expect(leavesDown == reachedUp[lot, default: []], "lot \(lot): down and up disagree")
                #expect(down.slips.count == city.manifest.farmLots.first { $0.code == lot }?.slips)
            }
        }
    }

    @Test func massBalanceClosesExceptForTheInjectedBreaks() throws {
        let city = Self.city
        let batches = try city.store.batchCodes()
        let report = try city.store.withGraph { reader in try MassBalance(reader: reader).report(for: batches) }
        let breaks = city.manifest.defects.filter { ["oversold", "yield-exceeded"].contains($0.type) }
        #expect(!breaks.isEmpty)
        for defect in breaks {
            let reported = report.violations.contains { defect.codes.contains($0.batch) }
            #expect(reported, "\(defect.type) \(defect.codes) not reported")
        }
        let injected = Set(breaks.flatMap(\.codes))
        for violation in report.violations {
            #expect(injected.contains(violation.batch), "unexpected mass-balance violation: \(violation.message)")
        }
    }

    @Test func traceJSONMatchesItsSchema() throws {
        let city = Self.city
        let slip = city.manifest.sampleSlips[0]
        let lot = city.manifest.farmLots[0].code
        let traces = try city.store.withGraph { reader -> [TraceResult] in
            var tracer = Tracer(reader: reader)
            return [try tracer.up(from: slip), try tracer.down(from: lot)]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for trace in traces {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("trace-\(UUID().uuidString).json")
            try encoder.encode(trace).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try SchemaCheck.validate(file.path, against: "trace.schema.json")
            #expect(status == 0, "trace \(trace.direction) does not match schemas/trace.schema.json: \(output)")
        }
    }
}

/// A small demo city in a temporary file store, built once for the suite.
final class DemoCityStore: @unchecked Sendable {
    let store: TraceStore
    let manifest: DemoManifest

    init() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graph-city-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let anchor = TrustAnchor(
            party: DemoGenerator.regulatorID, name: DemoGenerator.regulatorName, area: "510100",
            key: try! DemoGenerator.regulatorKey(seed: 3))
        let store = try! TraceStore.create(
            path: directory.appendingPathComponent("city.sqlite").path, anchors: [anchor])
        var line = 0
        let generator = DemoGenerator(
            scale: .small, seed: 3,
            sink: { records in
                let lines = records.map { record -> IngestLine in
                    line += 1
                    return IngestLine(number: line, bytes: record.canonicalBytes)
                }
                let report = try store.ingest(lines, source: "demo", now: 1_800_000_000_000)
                precondition(report.rejected.isEmpty, "demo record refused: \(report.rejected)")
            })
        manifest = try! generator.generate()
        self.store = store
    }
}

/// Validates a JSON file against one of the project's schemas with python3's jsonschema (no network).
enum SchemaCheck {
    static func validate(_ path: String, against schema: String) throws -> (Int32, String) {
        let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas").path
        let script = """
            import json, sys, pathlib
            from jsonschema import Draft202012Validator
            from referencing import Registry, Resource
            root = pathlib.Path(sys.argv[1])
            registry = Registry()
            for file in root.rglob('*.schema.json'):
                document = json.loads(file.read_text(encoding='utf-8'))
                registry = registry.with_resource(document['$id'], Resource.from_contents(document))
            schema = json.loads((root / sys.argv[2]).read_text(encoding='utf-8'))
            errors = list(Draft202012Validator(schema, registry=registry).iter_errors(json.load(open(sys.argv[3], encoding='utf-8'))))
            for error in errors[:5]:
                print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemas, schema, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
