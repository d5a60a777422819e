import Foundation
import Synchronization
import Testing
import TraceModel

/// `foodtrace store copy` between engines and the PostgreSQL store through the CLI (`init`, `ingest`, `export
/// records`, `verify` with `--store postgres://…`). The PostgreSQL cases need FOODTRACE_TEST_POSTGRES (scripts/test
/// starts a throwaway cluster and sets it).
@Suite("store copy and the PostgreSQL store, end to end")
struct StoreCopyTests {
    static let base = Workspace.postgresBase
    static let skipReason = Workspace.postgresSkipReason

    private func newDatabase(_ workspace: Workspace) throws -> String { try workspace.newPostgresDatabase() }

    // Guards the "Done when": the demo city SQLite → PostgreSQL → SQLite gives byte-identical `export
    // records`, each copy verified; the PostgreSQL store exports the same bytes itself and verifies.
    @Test(.enabled(if: base != nil, skipReason))
    func demoCityRoundTripIsByteIdentical() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let url = try newDatabase(workspace)
        let original = try workspace.exported(store: demo.store)
        let records = original.split(separator: "\n").count

        let there = try workspace.ok(["store", "copy", demo.store, url])
        #expect(there.stdout.contains("copied \(records) records from \(demo.store)"))
        #expect(there.stdout.contains("verified: the same records in the same order"))
        #expect(try workspace.exported(store: url) == original)
        let verified = try workspace.ok(["verify", "--store", url])
        #expect(verified.stdout.contains("verified \(records) records"))

        let back = try workspace.ok(["store", "copy", url, "back.sqlite"])
        #expect(back.stdout.contains("verified: the same records in the same order"))
        #expect(try workspace.exported(store: "back.sqlite") == original)

        // A copy never writes into a store that exists.
        let again = try workspace.run(["store", "copy", demo.store, url])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a FoodTrace store"))
        #expect(try workspace.exported(store: url) == original)
    }

    // Guards ingest into a PostgreSQL store from the CLI: one tampered line refuses the whole input (exit 2, the
    // line named, the store exactly as before); the same file untampered is accepted once, then is a no-op.
    @Test(.enabled(if: base != nil, skipReason))
    func postgresIngestIsAtomicAndIdempotent() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.ok(["export", "records", "--out", "export.jsonl"])
        let url = try newDatabase(workspace)
        try workspace.ok(["init", "--store", url, "--regulator-key", CLIChain.regulatorPublicKey])
        var lines = try workspace.read("export.jsonl").split(separator: "\n").map(String.init)
        let genuine = lines.joined(separator: "\n") + "\n"
        lines[5] = lines[5].replacingOccurrences(of: "\"seq\":", with: "\"seq\": ")
        lines[7] = lines[7].replacingOccurrences(of: "\"kind\":\"", with: "\"kind\":\"x")
        try workspace.write("tampered.jsonl", lines.joined(separator: "\n") + "\n")

        let refused = try workspace.run(["ingest", "tampered.jsonl", "--store", url])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("tampered.jsonl: line 8"), "\(refused.stderr)")
        #expect(refused.stdout.contains("0 accepted") && refused.stdout.contains("nothing was stored"))
        #expect(try workspace.exported(store: url) == "")

        try workspace.write("genuine.jsonl", genuine)
        let first = try workspace.ok(["ingest", "genuine.jsonl", "--store", url])
        #expect(first.stdout.contains("\(chain.ids.count) accepted, 0 already present, 0 rejected"))
        let second = try workspace.ok(["ingest", "genuine.jsonl", "--store", url])
        #expect(second.stdout.contains("0 accepted, \(chain.ids.count) already present, 0 rejected"))
        #expect(try workspace.exported(store: url) == genuine)
        #expect(
            try workspace.ok(["verify", "--store", url]).stdout.contains("all signatures, chains and references hold"))
    }

    // Guards the per-issuer serialization: two processes ingesting the same records into one PostgreSQL store at the
    // same moment store each record once (no lost and no doubled record); between them they accept every record
    // exactly once and neither fails.
    @Test(.enabled(if: base != nil, skipReason))
    func twoProcessesIngestingAtOnceStoreEachRecordOnce() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.ok(["export", "records", "--out", "export.jsonl"])
        let genuine = try workspace.read("export.jsonl")
        let url = try newDatabase(workspace)
        try workspace.ok(["init", "--store", url, "--regulator-key", CLIChain.regulatorPublicKey])
        // Each process in a workspace of its own (kept to the end: a workspace's folder goes with it).
        let sides = try (0..<2).map { _ -> Workspace in
            let side = try Workspace()
            side.language = "en"  // the English messages are checked here
            try side.write("export.jsonl", genuine)
            return side
        }
        let folders = sides.map(\.path)
        defer { withExtendedLifetime(sides) {} }
        let binary = try FoodtraceBinary.url().path
        let results = Mutex<[(status: Int32, stdout: String)?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["ingest", "export.jsonl", "--store", url, "--format", "json"]
            process.currentDirectoryURL = URL(fileURLWithPath: folders[index])
            var environment = ProcessInfo.processInfo.environment
            environment["FOODTRACE_NOW"] = Workspace.defaultNow
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            results.withLock { $0[index] = (process.terminationStatus, String(decoding: data, as: UTF8.self)) }
        }
        let outcomes = try results.withLock { $0 }.map { try #require($0) }
        var accepted = 0
        for outcome in outcomes {
            #expect(outcome.status == 0, "\(outcome.stdout)")
            let summary = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let mine = try #require(summary?["accepted"] as? Int)
            let present = try #require(summary?["alreadyPresent"] as? Int)
            #expect(mine + present == chain.ids.count)
            accepted += mine
        }
        #expect(accepted == chain.ids.count)
        #expect(try workspace.exported(store: url) == genuine)
        #expect(
            try workspace.ok(["verify", "--store", url]).stdout.contains("all signatures, chains and references hold"))
    }

    // Guards the commands that read SQLite stores only so far: a PostgreSQL store is refused by name, exit 2.
    @Test func graphCommandsRefuseAPostgresStoreByName() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        for arguments in [["parties"], ["log"]] {
            let refused = try workspace.run(arguments + ["--store", "postgres://someone@/nowhere?host=/nonexistent"])
            #expect(refused.status == 2)
            #expect(
                refused.stderr.contains(
                    "postgres://someone@/nowhere?host=/nonexistent is a PostgreSQL store: this command reads SQLite stores only so far"
                ), "\(refused.stderr)")
        }
    }
}
