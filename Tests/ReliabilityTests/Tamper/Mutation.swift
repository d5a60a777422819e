import Foundation
import TraceModel

/// One tampered input: what goes into a fresh copy of a base store, and what the store must do with it.
struct Mutation: CustomStringConvertible {
    /// A short label naming what was changed (shown when the expectation fails).
    var name: String
    /// The store file a fresh copy of which receives the input (a snapshot of the demo city).
    var base: String
    /// Genuine records ingested into the copy first, which must all be accepted (e.g. a revocation).
    var setup: [[UInt8]] = []
    /// The input: one record per line.
    var lines: [[UInt8]]
    var expected: Expected

    var description: String { name }
}

/// What the store must do with a tampered input.
enum Expected: CustomStringConvertible {
    /// Refused, nothing stored: the input's line `line` (1-based) names `field` and a reason containing `phrase`.
    case refused(line: Int, field: String, phrase: String)
    /// Two records with one issuer and seq: the new one is not stored but kept as evidence, and
    /// `verify` reports an equivocation.
    case equivocation(line: Int)
    /// The input is records the store already holds: nothing changes.
    case alreadyPresent
    /// Accepted (the record is genuine), but `verify` then reports a finding of this check.
    case flaggedByVerify(check: String)
    /// A control: the input is genuine and must be accepted (proves the context would take a record).
    case accepted

    var description: String {
        switch self {
        case .refused(let line, let field, let phrase):
            return "refused at line \(line), field \(field), reason ∋ \"\(phrase)\""
        case .equivocation(let line): return "equivocation evidence for line \(line), flagged by verify"
        case .alreadyPresent: return "already present, nothing changed"
        case .flaggedByVerify(let check): return "accepted and flagged by verify (\(check))"
        case .accepted: return "accepted (control)"
        }
    }

    /// True for mutations; false for the controls, which are not counted as tampering.
    var isMutation: Bool {
        if case .accepted = self { return false }
        return true
    }
}

/// How one mutation came out.
enum Verdict: Equatable {
    case asExpected
    /// A tampered record was stored (or a control was refused).
    case wronglyAccepted(String)
    /// Refused, but not with the expected field and reason.
    case wrongReason(String)

    var isWronglyAccepted: Bool {
        if case .wronglyAccepted = self { return true }
        return false
    }
}

/// The tally of one family of mutations, printed for `scripts/reliability`.
struct Tally {
    var family: String
    var tried = 0
    var wronglyAccepted = 0
    var wrongReason = 0
    var controls = 0
    var failures: [String] = []

    mutating func add(_ mutation: Mutation, _ verdict: Verdict) {
        if mutation.expected.isMutation { tried += 1 } else { controls += 1 }
        switch verdict {
        case .asExpected: break
        case .wronglyAccepted(let detail):
            wronglyAccepted += 1
            failures.append("\(mutation.name): WRONGLY ACCEPTED: \(detail)")
        case .wrongReason(let detail):
            wrongReason += 1
            failures.append("\(mutation.name): expected \(mutation.expected); \(detail)")
        }
    }

    func report() {
        Figures.report(
            "tamper family=\(family)",
            ["tried": tried, "wrongly_accepted": wronglyAccepted, "wrong_reason": wrongReason, "controls": controls])
    }
}
