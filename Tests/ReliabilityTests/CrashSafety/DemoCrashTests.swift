import Foundation
import Testing

/// `foodtrace demo` killed with SIGKILL while it builds a city, early (creating the store) and later
/// (generating and ingesting its first chunks). What is left is one of: no store file; a store that
/// `verify` passes, holding the whole days ingested so far (each chunk is one atomic ingest); or, when
/// the kill landed inside the store's creation, a file `foodtrace` refuses cleanly as an unfinished
/// store (exit 2, "not a FoodTrace store"). The manifest is absent or complete, never a torn file.
/// Running `demo` again on a path a killed run left is refused (exit 2, "already exists"): the demo
/// builds new stores only, so the user removes the leftover first.
///
/// Guards the atomic ingest per chunk, the check that a store file finished its creation before it is
/// used, and the atomic write of the manifest.
@Suite("a killed demo leaves a store that verifies or is refused cleanly")
struct DemoCrashTests {
    @Test("SIGKILL at seeded points during foodtrace demo")
    func killedDemo() throws {
        let runs = Campaign.count("RELIABILITY_DEMO_CRASH_RUNS", default: 5)
        let directory = try TemporaryDirectory("demo-crash")
        var random = SeededRandom(seed: 0xDE30)
        var tally = CrashTally(command: "demo")
        // Kill points spread over the creation of the store (the first few tenths of a second) and
        // the generation and ingest of the first chunks.
        let windows: [ClosedRange<Double>] = [0.02...0.25, 0.1...0.6, 0.3...1.5, 1.0...4.0, 3.0...10.0, 8.0...25.0]
        for run in 0..<runs {
            StoreFiles.remove(directory.file("demo.sqlite"))
            try? FileManager.default.removeItem(atPath: directory.file("manifest.json"))
            let window = windows[run % windows.count]
            let delay = window.lowerBound + CrashRun.delay(&random, upTo: window.upperBound - window.lowerBound)
            let killed = try CrashRun.killed(
                ["demo", "--store", "demo.sqlite", "--seed", "3", "--manifest", "manifest.json"], in: directory.path,
                after: delay)
            var problems: [String] = []
            if !killed.signalled, killed.status != 0 { problems.append("the run failed on its own: \(killed)") }
            // A kill before the new file is switched to WAL can leave SQLite's rollback journal: a hot journal that
            // the next open rolls back (SQLite's own recovery, not a stray file of ours).
            let stray = try CrashRun.unexpectedFiles(
                in: directory.path,
                expected: ["demo.sqlite", "demo.sqlite-wal", "demo.sqlite-shm", "demo.sqlite-journal", "manifest.json"])
            if !stray.isEmpty { problems.append("files left: \(stray)") }
            if let manifest = FileManager.default.contents(atPath: directory.file("manifest.json")),
                (try? JSONSerialization.jsonObject(with: manifest)) == nil
            {
                problems.append("a torn manifest of \(manifest.count) bytes")
            }
            let landing: String
            if !FileManager.default.fileExists(atPath: directory.file("demo.sqlite")) {
                landing = "no-store"
            } else {
                let verify = try FoodtraceCLI.run(["verify", "--store", "demo.sqlite"], in: directory.path)
                if verify.status == 0 {
                    landing = killed.signalled ? "verifies" : "finished"
                } else if verify.status == 2, verify.stderr.contains("not a FoodTrace store") {
                    landing = "refused-cleanly"
                } else {
                    landing = "bad"
                    problems.append("verify: \(verify)")
                }
                let again = try FoodtraceCLI.run(["demo", "--store", "demo.sqlite", "--seed", "3"], in: directory.path)
                if again.status != 2 || !again.stderr.contains("already exists") {
                    problems.append("demo again: \(again)")
                }
            }
            tally.add(run: run, delay: delay, landing: landing, problems: problems)
        }
        tally.expectAllSurvived()
    }
}
