import Foundation
import Testing
import TraceModel

/// The standing attack suite: every attack of issue #10 ("trust model hardening"), as an insider holding one party's
/// key and as an outsider, against fresh copies of the demo city's store. Each category prints
/// `RELIABILITY attack category=… attacker=… attempts=… held=… broken=…` for `scripts/attack` and
/// `scripts/reliability`; broken must be 0. `ATTACK_SAMPLES` limits the samples per category (the test suite's
/// default is 4; `scripts/attack` runs them all).
@Suite("attack suite: one party's key, and none")
struct AttackSuiteTests {
    /// How one attacker fared in one category.
    struct Score {
        var attempts = 0
        var held = 0
        var broken = 0
        var wrongReason = 0
        var failures: [String] = []

        mutating func add(_ mutation: Mutation, _ verdict: Verdict) {
            if case .accepted = mutation.expected, case .wrongReason(let detail) = verdict {
                // The genuine record an attack tried to block was refused: the attack worked.
                add(mutation.name, .wronglyAccepted(detail))
            } else if case .wrongReason(let detail) = verdict {
                add(mutation.name, .wrongReason("expected \(mutation.expected); \(detail)"))
            } else {
                add(mutation.name, verdict)
            }
        }

        mutating func add(_ name: String, _ verdict: Verdict) {
            attempts += 1
            switch verdict {
            case .asExpected: held += 1
            case .wronglyAccepted(let detail):
                broken += 1
                failures.append("\(name): BROKEN: \(detail)")
            case .wrongReason(let detail):
                held += 1
                wrongReason += 1
                failures.append("\(name): held, but \(detail)")
            }
        }
    }

    private static var sampleLimit: Int {
        Int(ProcessInfo.processInfo.environment["ATTACK_SAMPLES"] ?? "") ?? 4
    }

    @Test("every category holds", arguments: AttackCategory.all.map(\.name))
    func category(_ name: String) throws {
        let category = try #require(AttackCategory.all.first { $0.name == name })
        let cases = try AttackCases(city: try DemoCity.get())
        let runner = try TamperRunner()
        let (insider, outsider) = try category.make(cases)
        var tried = 0
        for (attacker, mutations) in [("insider", insider), ("outsider", outsider)] where !mutations.isEmpty {
            var score = Score()
            for mutation in Self.limited(mutations) { score.add(mutation, try runner.run(mutation)) }
            Figures.report(
                "attack category=\(name) attacker=\(attacker)",
                ["attempts": score.attempts, "held": score.held, "broken": score.broken])
            tried += score.attempts
            #expect(
                score.broken == 0, "\(score.broken) of \(score.attempts) \(name) attacks (\(attacker)) broke through")
            #expect(
                score.wrongReason == 0, "\(score.wrongReason) \(name) attacks (\(attacker)) held for a wrong reason")
            for failure in score.failures.prefix(8) { Issue.record(Comment(rawValue: failure)) }
        }
        #expect(tried > 0, "no \(name) attack could be made from the demo city's samples")
    }

    /// The same attacks through the real binary: for each category, the first refused attempt of each attacker
    /// (with its genuine set-up records) is ingested by `foodtrace ingest` into a fresh copy of its store. Each must
    /// exit 2 naming the input's line, the record's id, the field and the reason, and leave what `foodtrace export
    /// records` prints byte for byte as it was.
    @Test("refusals through the binary: exit 2, named, store unchanged", arguments: AttackCategory.all.map(\.name))
    func throughTheBinary(_ name: String) throws {
        let category = try #require(AttackCategory.all.first { $0.name == name })
        let (insider, outsider) = try category.make(try AttackCases(city: try DemoCity.get()))
        let directory = try TemporaryDirectory("attack-binary")
        let now = ["FOODTRACE_NOW": Timestamp(epochMilliseconds: DemoCity.now).text]
        func foodtrace(_ arguments: [String]) throws -> CLIResult {
            try FoodtraceCLI.run(arguments + ["--store", "store.sqlite"], in: directory.path, environment: now)
        }
        for mutations in [insider, outsider] {
            guard
                let mutation = mutations.first(where: {
                    if case .refused = $0.expected { return true } else { return false }
                }), case .refused(let line, let field, let phrase) = mutation.expected
            else { continue }
            try StoreFiles.copy(mutation.base, to: directory.file("store.sqlite"))
            if !mutation.setup.isEmpty {
                try directory.write("setup.jsonl", lines: mutation.setup)
                let setUp = try foodtrace(["ingest", "setup.jsonl"])
                try #require(setUp.status == 0, "\(mutation.name): set-up refused: \(setUp)")
            }
            let before = try foodtrace(["export", "records"])
            try #require(before.status == 0, "\(before)")
            try directory.write("attack.jsonl", lines: mutation.lines)
            let result = try foodtrace(["ingest", "attack.jsonl"])
            #expect(result.status == 2, "\(mutation.name): \(result)")
            // A line whose text breaks the format before it is a record (a bidi character, say) has no record id
            // to name; every other refusal names the record.
            let named =
                "attack.jsonl: line \(line): " + (mutation.lines[line - 1].isParseableRecord ? "record sha256:" : "")
            #expect(result.stderr.contains(named), "\(mutation.name): no \"\(named)\" in \(result)")
            #expect(result.stderr.contains(": field \(field): "), "\(mutation.name): \(result)")
            #expect(result.stderr.contains(phrase), "\(mutation.name): \(result)")
            let after = try foodtrace(["export", "records"])
            #expect(after.status == 0 && after.stdout == before.stdout, "\(mutation.name): the store changed")
        }
    }

    /// The attacks through the binary's surfaces (files it writes, bundles it believes, plugins it loads): every
    /// attempt, whatever ``sampleLimit`` (they do not depend on the city's samples).
    @Test("every surface holds", arguments: SurfaceCategory.all.map(\.name))
    func surface(_ name: String) throws {
        let category = try #require(SurfaceCategory.all.first { $0.name == name })
        let cases = try SurfaceCases(city: try DemoCity.get())
        var tried = 0
        for (attacker, attempts) in try category.make(cases) where !attempts.isEmpty {
            var score = Score()
            for attempt in attempts { score.add(attempt.name, try attempt.run()) }
            Figures.report(
                "attack category=\(name) attacker=\(attacker.replacingOccurrences(of: " ", with: "-"))",
                ["attempts": score.attempts, "held": score.held, "broken": score.broken])
            tried += score.attempts
            #expect(
                score.broken == 0, "\(score.broken) of \(score.attempts) \(name) attacks (\(attacker)) broke through")
            #expect(
                score.wrongReason == 0, "\(score.wrongReason) \(name) attacks (\(attacker)) held for a wrong reason")
            for failure in score.failures.prefix(8) { Issue.record(Comment(rawValue: failure)) }
        }
        #expect(tried > 0, "no \(name) attack could be made")
    }

    /// The first attempts for each distinct sample line, up to ``sampleLimit`` samples.
    private static func limited(_ mutations: [Mutation]) -> [Mutation] {
        var samples: [String] = []
        return mutations.filter { mutation in
            let sample = String(mutation.name.prefix { $0 != ")" })
            if !samples.contains(sample) {
                guard samples.count < sampleLimit else { return false }
                samples.append(sample)
            }
            return true
        }
    }
}

extension [UInt8] {
    /// Whether the bytes parse as a record (and so have an id a refusal can name).
    fileprivate var isParseableRecord: Bool { (try? TraceModel.Record.parse(self)) != nil }
}
