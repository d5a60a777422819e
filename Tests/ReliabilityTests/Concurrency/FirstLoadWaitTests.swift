import Foundation
import Testing
import TraceStore

#if canImport(Glibc)
    import Glibc
#endif

/// Other processes while a first load runs (the first `ingest` into a new store, through the rollback journal):
/// they wait for it, then see every record; with a wait too short they refuse with exit 2. Never "verified 0
/// records", "0 batches" or "database is locked".
///
/// Guards ``StoreLock``: the load holds the store file's `flock` exclusively and every open takes it shared. Without
/// it a reader opened during the load reads the store as it was before (empty) and a second writer fails at once.
@Suite("a first load makes other processes wait")
struct FirstLoadWaitTests {
    /// The new store's header says rollback-journal mode (bytes 18 and 19 are 1): the load has begun.
    static func loading(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 20), header.count == 20 else { return false }
        return header[header.startIndex + 18] == 1
    }

    @Test("verify, balance and a second ingest started during a first load wait for it")
    func readersAndWritersWait() throws {
        let city = try DemoCity.get()
        let directory = try TemporaryDirectory("first-load-wait")
        try directory.write("input.jsonl", lines: city.lines)
        _ = try TraceStore.create(
            path: directory.file("new.sqlite"), anchors: [city.anchor], logger: QuietLogger.logger)

        let load = try FoodtraceCLI.start(["ingest", "input.jsonl", "--store", "new.sqlite"], in: directory.path)
        let deadline = Date().addingTimeInterval(60)
        while !Self.loading(directory.file("new.sqlite")), load.isRunning, Date() < deadline { usleep(2_000) }
        guard load.isRunning else {
            Issue.record("the load ended before the others could start: \(try load.wait())")
            return
        }
        let others = try [
            ["verify", "--store", "new.sqlite"], ["balance", "--store", "new.sqlite"],
            ["ingest", "input.jsonl", "--store", "new.sqlite"],
        ].map { arguments in (arguments[0], try FoodtraceCLI.start(arguments, in: directory.path)) }
        let loaded = try load.wait()
        #expect(loaded.status == 0, "\(loaded)")
        #expect(loaded.stdout.contains("\(city.lines.count) accepted"), "\(loaded)")

        let results = try others.map { ($0.0, try $0.1.wait()) }
        for (name, result) in results {
            for symptom in ["database is locked", "SQLITE_BUSY", "verified 0 records", "0 batches"] {
                #expect(!result.output.contains(symptom), "\(name) reported \(symptom): \(result)")
            }
            #expect(result.stderr.contains("waiting for another process's first load"), "\(name): \(result)")
        }
        let verify = try #require(results.first { $0.0 == "verify" }?.1)
        #expect(verify.status == 0 && verify.stdout.contains("verified \(city.lines.count) records"), "\(verify)")
        let again = try #require(results.last?.1)
        #expect(
            again.status == 0 && again.stdout.contains("0 accepted, \(city.lines.count) already present"), "\(again)")
    }

    @Test("with FOODTRACE_WAIT too short, a reader refuses with exit 2 and a clear message")
    func aShortWaitRefuses() throws {
        let city = try DemoCity.get()
        let directory = try TemporaryDirectory("first-load-refuse")
        let path = directory.file("new.sqlite")
        _ = try TraceStore.create(path: path, anchors: [city.anchor], logger: QuietLogger.logger)
        try directory.write("input.jsonl", lines: Array(city.lines.prefix(10)))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // The lock a running first load holds (``StoreLock``), taken here so that the load cannot end on its own.
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        for arguments in [["verify"], ["balance"], ["ingest", "input.jsonl"], ["export", "records"]] {
            let started = Date()
            let result = try FoodtraceCLI.run(
                arguments + ["--store", "new.sqlite"], in: directory.path, environment: ["FOODTRACE_WAIT": "0.5"])
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(
                result.stderr.contains(
                    "new.sqlite: another process is loading records into this new store (a first load) and did not "
                        + "finish within 0.5 s; nothing was read or changed"), "\(arguments): \(result)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result)")
            #expect(Date().timeIntervalSince(started) >= 0.5, "it waited first")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let bad = try FoodtraceCLI.run(
            ["verify", "--store", "new.sqlite"], in: directory.path, environment: ["FOODTRACE_WAIT": "soon"])
        #expect(bad.status == 2 && bad.stderr.contains("FOODTRACE_WAIT=soon: give a number of seconds"), "\(bad)")
    }
}
