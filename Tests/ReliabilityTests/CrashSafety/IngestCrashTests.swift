import Foundation
import Testing
import TraceModel
import TraceStore

/// `foodtrace ingest` killed with SIGKILL at seeded random points, each run on a fresh copy of a base store (the
/// city's registrations; a new store for a first load), then checked: `verify` passes, the store holds none or all
/// of the input, no stray file is left beside it, SQLite finds the file sound, and ingesting again completes it.
///
/// Guards the single write transaction per input (atomic ingest) and SQLite's journals (a commit is durable or
/// absent, never half-applied): the WAL, and the rollback journal of a first load into a store without records
/// (the second test), which a kill leaves hot for the next open to roll back. Remove either — commit per record, or
/// journal off — and a kill in the middle leaves part of the input, which this test reports.
///
/// Kill points are drawn from 20–110 % of an uninterrupted run's time, so most land after the input is read and
/// checked, in the write transaction, its commit or after the exit. Counts: `RELIABILITY_CRASH_RUNS` runs (default
/// 50; `RELIABILITY_FIRST_LOAD_CRASH_RUNS`, default 20, for the first load) of an input of
/// `RELIABILITY_CRASH_RECORDS` records (default 800, to keep the suite inside its time on a loaded 2-core machine;
/// `scripts/reliability` runs a longer campaign, 3,000 records).
@Suite("a killed ingest leaves none or all of its input")
struct IngestCrashTests {
    @Test("SIGKILL at seeded random points during foodtrace ingest")
    func killedIngest() throws {
        let city = try DemoCity.get()
        let baseIndex = try city.sample(.certify)
        let count = min(Campaign.count("RELIABILITY_CRASH_RECORDS", default: 800), city.lines.count - baseIndex)
        try campaign(
            base: city.snapshot(before: baseIndex), input: Array(city.lines[baseIndex..<baseIndex + count]),
            runs: Campaign.count("RELIABILITY_CRASH_RUNS", default: 50), seed: 0x1D6E57, command: "ingest")
    }

    @Test("SIGKILL at seeded random points during the first load into a new store")
    func killedFirstLoad() throws {
        let city = try DemoCity.get()
        let count = min(Campaign.count("RELIABILITY_CRASH_RECORDS", default: 800), city.lines.count)
        let directory = try TemporaryDirectory("first-load-base")
        let base = directory.file("new.sqlite")
        _ = try TraceStore.create(path: base, anchors: [city.anchor], logger: QuietLogger.logger)
        try campaign(
            base: base, input: Array(city.lines[0..<count]),
            runs: Campaign.count("RELIABILITY_FIRST_LOAD_CRASH_RUNS", default: 20), seed: 0xF125_70AD,
            command: "first-load")
    }

    /// Kills `foodtrace ingest` of `input` into fresh copies of `base`, then checks each store left; `command` names
    /// the campaign in the tally `scripts/reliability` reads.
    private func campaign(base source: String, input: [[UInt8]], runs: Int, seed: UInt64, command: String) throws {
        let directory = try TemporaryDirectory("ingest-crash")
        try directory.write("input.jsonl", lines: input)
        let base = directory.file("base.sqlite")
        try StoreFiles.copy(source, to: base)
        let none = try StoreProbe(path: base)

        // One uninterrupted run: the reference "all", and how long a run takes here.
        let store = directory.file("run.sqlite")
        try StoreFiles.copy(base, to: store)
        let started = Date()
        let complete = try FoodtraceCLI.run(["ingest", "input.jsonl", "--store", "run.sqlite"], in: directory.path)
        let duration = Date().timeIntervalSince(started)
        try #require(complete.status == 0, "uninterrupted ingest: \(complete)")
        let all = try StoreProbe(path: store)
        try #require(all.records == none.records + input.count)

        var random = SeededRandom(seed: seed)
        var tally = CrashTally(command: command)
        // A first load killed before its commit leaves its hot journal (rolled back by the next open).
        let expectedFiles: Set<String> = [
            "input.jsonl", "base.sqlite", "base.sqlite-wal", "base.sqlite-shm", "run.sqlite", "run.sqlite-wal",
            "run.sqlite-shm", "run.sqlite-journal",
        ]
        for run in 0..<runs {
            try StoreFiles.copy(base, to: store)
            let delay = duration * 0.2 + CrashRun.delay(&random, upTo: duration * 0.9)
            let killed = try CrashRun.killed(
                ["ingest", "input.jsonl", "--store", "run.sqlite"], in: directory.path, after: delay)
            var problems: [String] = []
            if !killed.signalled, killed.status != 0 { problems.append("the run failed on its own: \(killed)") }
            let stray = try CrashRun.unexpectedFiles(in: directory.path, expected: expectedFiles)
            if !stray.isEmpty { problems.append("files left: \(stray)") }
            // `verify` first: the first read-only open of a store a first load left rolls its journal back.
            let verify = try FoodtraceCLI.run(["verify", "--store", "run.sqlite"], in: directory.path)
            if verify.status != 0 { problems.append("verify: \(verify)") }
            let integrity = try StoreProbe.integrity(path: store)
            if integrity != "ok" { problems.append("integrity_check: \(integrity)") }
            let after = try StoreProbe(path: store)
            let landing: String
            switch after {
            case none: landing = killed.signalled ? "none" : "finished-none"
            case all: landing = killed.signalled ? "all" : "finished"
            default:
                landing = "partial"
                problems.append(
                    "the store holds \(after.records) records: neither none (\(none.records)) nor all (\(all.records))")
            }
            // Ingesting again must complete a store the kill left without the input (on a complete store
            // it would only find every record present, which the idempotence tests cover).
            if after == none {
                let again = try FoodtraceCLI.run(
                    ["ingest", "input.jsonl", "--store", "run.sqlite"], in: directory.path)
                if again.status != 0 { problems.append("ingest again: \(again)") }
                if try StoreProbe(path: store) != all { problems.append("ingest again did not complete the store") }
            }
            tally.add(run: run, delay: delay, landing: landing, problems: problems)
        }
        tally.expectAllSurvived()
    }
}
