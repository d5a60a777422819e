import Foundation
import GRDB
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// `verify` derives parties, keys, licences and key revocations again from the signed records: a row written into the
/// store file by hand is reported, not trusted.
@Suite("verify re-derives what register and revoke records make")
struct VerifyDerivedTests {
    private func derived(_ store: TraceStore) throws -> [VerifyFinding] {
        try store.verify().findings.filter { $0.check == "derived" }
    }

    // Guards: a clean store has no derived finding (near miss), and each hand-written or hand-cleared row is found.
    @Test func rowsNoRecordSupportsAreReported() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let parties = try chain.registerBasicParties()
        try chain.ingestAll([
            chain.make(
                chain.regulator, RevokeBody(key: parties.vet.keyID, from: chain.later(minutes: 60), reason: "lost"))
        ])
        #expect(try derived(chain.store).isEmpty)

        // A key of the forger's own, written into the keys table for the stall, as if registered.
        let forged = try PrivateKey.generate(.ed25519)
        try RawDatabase.execute(
            path: path, "INSERT INTO keys(id, party, alg, spki, record) VALUES (?, ?, 'ed25519', ?, ?)",
            arguments: [
                forged.publicKey.keyID, parties.stall.id, Data(forged.publicKey.spkiDER),
                "sha256:" + String(repeating: "0", count: 64),
            ])
        // A revocation cleared, and a licence granted, by hand.
        try RawDatabase.execute(
            path: path, "UPDATE keys SET revoked_ms = NULL, revoked_by = NULL WHERE id = '\(parties.vet.keyID)'")
        try RawDatabase.execute(
            path: path,
            "INSERT INTO licences(party, type, number, valid_from_ms, record) VALUES ('\(parties.farm.id)', 'production-licence', 'SC1', 0, 'x')"
        )
        let findings = try derived(try TraceStore.open(path: path)).map(\.message)
        #expect(
            findings.contains {
                $0.contains("key \(forged.publicKey.keyID)") && $0.contains("no register record binds it")
            })
        #expect(findings.contains { $0.contains("key \(parties.vet.keyID)'s revocation") })
        #expect(findings.contains { $0.contains("licence \(parties.farm.id) production-licence SC1") })
        #expect(findings.count == 3, "\(findings)")
    }
}
