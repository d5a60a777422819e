import Foundation
import Testing
import TraceModel

/// Tampering with a demo city's export, systematically: every mutation goes into a fresh copy of the
/// store it was made against, with the same trust anchor, and must be refused with the right field and
/// reason (or, for equivocation, kept as evidence and reported by `verify`). Each family prints its
/// figures (`RELIABILITY tamper …`) for `scripts/reliability`; the goal is 0 wrongly accepted.
///
/// Each family also feeds the genuine records into the same snapshots (controls): a refusal means
/// something only where the untouched record is accepted.
@Suite("tampered records are refused")
struct TamperSuiteTests {
    private func run(_ family: String, groups: [[Mutation]] = [], singles: [Mutation] = []) throws {
        let runner = try TamperRunner()
        var tally = Tally(family: family)
        for group in groups where !group.isEmpty {
            for (mutation, verdict) in zip(group, try runner.runBatch(group)) { tally.add(mutation, verdict) }
        }
        for mutation in singles { tally.add(mutation, try runner.run(mutation)) }
        tally.report()
        #expect(tally.tried > 0, "no \(family) mutation was made")
        #expect(
            tally.wronglyAccepted == 0, "\(tally.wronglyAccepted) of \(tally.tried) \(family) mutations were accepted")
        #expect(tally.wrongReason == 0, "\(tally.wrongReason) \(family) mutations refused for the wrong reason")
        for failure in tally.failures.prefix(12) { Issue.record(Comment(rawValue: failure)) }
    }

    /// Guards the record id over every byte but `sig`, the signature over those bytes, and the strict
    /// parser (which refuses edits to `sig`, `v`, member names and structure before any check).
    @Test("every byte of a sample of records, changed two ways")
    func byteFlips() throws {
        try run("byte-flip", groups: TamperCases(city: try DemoCity.get()).byteFlips())
    }

    /// Guards the parser's refusal of incomplete JSON and the all-or-nothing ingest of a file whose
    /// last line is cut (nothing of the file is stored).
    @Test("lines and files cut short")
    func truncation() throws {
        let cases = TamperCases(city: try DemoCity.get())
        try run("truncation", groups: cases.truncatedLines(), singles: cases.truncatedFiles())
    }

    /// Guards the signature's coverage of every envelope member (a member moved from another record
    /// changes the signed bytes) and the key-to-issuer binding (a moved `sig` or `issuer`).
    @Test("envelope members swapped between records")
    func fieldSwaps() throws {
        try run("field-swap", groups: try TamperCases(city: try DemoCity.get()).fieldSwaps())
    }

    /// Guards the key-to-issuer binding, the role check (which kinds a role may issue) and the store's
    /// facts about holders, trace codes and certificate numbers against replays under another issuer.
    @Test("records replayed under another issuer")
    func replays() throws {
        try run("replay", singles: try TamperCases(city: try DemoCity.get()).replays())
    }

    /// Guards the key lookup (unknown keys), the key-to-issuer binding, the algorithm match, the
    /// required signature, and that only a regulator may register keys.
    @Test("keys substituted")
    func keySubstitution() throws {
        let cases = TamperCases(city: try DemoCity.get())
        try run("key-substitution", groups: try cases.keySubstitutions(), singles: try cases.rogueRegistrations())
    }

    /// Guards the chain checks (gap, fork, reorder, equivocation evidence and its report by verify) and
    /// the idempotent ingest of records already present.
    @Test("seq/prev forked, reordered, equivocated and replayed")
    func chains() throws {
        let cases = TamperCases(city: try DemoCity.get())
        try run("chain", singles: try cases.chainForks() + cases.crossIssuerReorders() + cases.exactReplays())
    }

    /// Guards the revocation check at the record's time (key and party revocations), not retroactive.
    @Test("a revoked key used after its revocation")
    func revokedKeys() throws {
        try run("revoked-key", singles: try TamperCases(city: try DemoCity.get()).revocations())
    }

    /// Guards the uniqueness of a certificate's type and number at ingest, and verify's report of a
    /// certificate quoted after its revocation.
    @Test("a certificate number reused, a revoked certificate quoted")
    func certificates() throws {
        try run("certificate", singles: try TamperCases(city: try DemoCity.get()).certificateReuse())
    }
}
