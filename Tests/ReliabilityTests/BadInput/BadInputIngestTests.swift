import Foundation
import Testing

/// Every file of the bad-input corpus (`Fixtures/bad-input`, table "ingest") through `foodtrace ingest`:
/// exit 2, a message naming the line and the field with the expected phrase, and an unchanged store.
///
/// Guards the strict reader (JSONParser and its limits, the envelope and body checks, exact decimals,
/// trace-code check digits, RFC 3339 times with offset, no control characters), the CLI's reporting of
/// line and field, and the all-or-nothing ingest (line 1 of each file is genuine and must not be kept).
@Suite("bad input to ingest is refused cleanly")
struct BadInputIngestTests {
    @Test("each file of the ingest corpus: exit 2, line and field named, store unchanged")
    func ingestCorpus() throws {
        let cases = BadInputCase.table("ingest")
        try #require(cases.count >= 40, "the corpus README lists \(cases.count) ingest cases")
        let directory = try TemporaryDirectory("bad-input")
        let fixtures = BadInputCase.directory
        for name in ["regulator.pub.pem", "base.jsonl", "good.jsonl"] {
            try FileManager.default.copyItem(
                atPath: fixtures.appendingPathComponent(name).path, toPath: directory.file(name))
        }
        let setUp = [
            ["init", "--store", "store.sqlite", "--regulator-key", "regulator.pub.pem", "--regulator", "REG-TEST"],
            ["ingest", "base.jsonl", "--store", "store.sqlite"],
        ]
        for arguments in setUp {
            let result = try FoodtraceCLI.run(arguments, in: directory.path)
            try #require(result.status == 0, "\(arguments.joined(separator: " ")): \(result)")
        }
        // Control: the two genuine records every case starts from are accepted by this store.
        try StoreFiles.copy(directory.file("store.sqlite"), to: directory.file("control.sqlite"))
        let control = try FoodtraceCLI.run(["ingest", "good.jsonl", "--store", "control.sqlite"], in: directory.path)
        try #require(control.status == 0 && control.stdout.contains("2 accepted"), "good.jsonl: \(control)")

        let before = try StoreProbe(path: directory.file("store.sqlite"))
        var clean = 0
        for entry in cases {
            let path = fixtures.appendingPathComponent(entry.file).path
            let result = try FoodtraceCLI.run(["ingest", path, "--store", "store.sqlite"], in: directory.path)
            var problems: [String] = []
            if result.signalled || result.status != 2 {
                problems.append("exit \(result.status)\(result.signalled ? " (signal)" : ""), not 2")
            }
            if !result.stderr.contains("line \(entry.line):") { problems.append("line \(entry.line) not named") }
            if entry.field != "$", !result.stderr.contains("field \(entry.field):") {
                problems.append("field \(entry.field) not named")
            }
            if !result.stderr.contains(entry.phrase) { problems.append("no \"\(entry.phrase)\"") }
            let after = try StoreProbe(path: directory.file("store.sqlite"))
            if after != before { problems.append("the store changed: \(before) → \(after)") }
            if problems.isEmpty {
                clean += 1
            } else {
                Issue.record(
                    Comment(
                        rawValue:
                            "\(entry.file) (\(entry.wrong)): \(problems.joined(separator: "; "))\n\(result.stderr.prefix(600))"
                    ))
            }
        }
        Figures.report("bad-input surface=ingest", ["cases": cases.count, "rejected_cleanly": clean])
    }
}
