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
            attempts += 1
            switch (verdict, mutation.expected) {
            case (.asExpected, _): held += 1
            case (.wronglyAccepted(let detail), _):
                broken += 1
                failures.append("\(mutation.name): BROKEN: \(detail)")
            case (.wrongReason(let detail), .accepted):
                // The genuine record an attack tried to block was refused: the attack worked.
                broken += 1
                failures.append("\(mutation.name): BROKEN: \(detail)")
            case (.wrongReason(let detail), _):
                held += 1
                wrongReason += 1
                failures.append("\(mutation.name): held, but expected \(mutation.expected); \(detail)")
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
