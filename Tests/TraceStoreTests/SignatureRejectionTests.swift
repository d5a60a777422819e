import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Defences of the signature and key checks at ingest (`RecordApplier.checkKeyAndRole`).
@Suite("ingest refuses records whose signature or key does not stand")
struct SignatureRejectionTests {
    // Guards: a record must be signed at all.
    @Test(arguments: StoreEngine.all) func unsignedRecordIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let unsigned = try Record(
            kind: .produce, issuer: parties.farm.id, seq: 1, prev: nil, at: chain.tick(),
            body: chain.lotBody(parties.farm))
        try chain.expectRefused([unsigned], field: "$.sig", phrase: "not signed")
    }

    // Guards: the signing key must be a trust anchor or registered for some party.
    @Test(arguments: StoreEngine.all) func unknownKeyIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let stranger = try PrivateKey.generate(.ed25519)
        let record = try chain.make(parties.farm, chain.lotBody(parties.farm), signer: stranger, advance: false)
        try chain.expectRefused([record], field: "$.sig.key", phrase: "unknown key \(stranger.publicKey.keyID)")
    }

    // Guards: a key registered to one party cannot sign for another (key ↔ issuer binding).
    @Test(arguments: StoreEngine.all) func keyOfAnotherPartyIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(
            parties.farm, chain.lotBody(parties.farm), signer: parties.slaughterhouse.key, advance: false)
        try chain.expectRefused(
            [record], field: "$.sig.key",
            phrase: "belongs to party \(parties.slaughterhouse.id), not to the issuer \(parties.farm.id)")
    }

    // Guards: the algorithm named in `sig.alg` must be the registered key's algorithm.
    @Test(arguments: StoreEngine.all) func algorithmMismatchIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let genuine = try chain.make(parties.farm, chain.lotBody(parties.farm), advance: false)
        let relabelled = genuine.signed(
            with: Signature(alg: "sm2-sm3", key: genuine.sig!.key, value: genuine.sig!.value))
        try chain.expectRefused([relabelled], field: "$.sig.alg", phrase: "does not match key")
    }

    // Guards: the signature must verify over the record's canonical bytes (one flipped bit is enough to refuse).
    @Test(arguments: StoreEngine.all, [0, 31, 63])
    func flippedSignatureByteIsRefused(engine: StoreEngine, byte: Int) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(parties.farm, chain.lotBody(parties.farm), advance: false).withFlippedSignature(
            byte: byte)
        try chain.expectRefused(
            [record], field: "$.sig.value", phrase: "signature does not verify for key \(parties.farm.keyID)")
    }

    // Guards: a valid signature over *other* bytes (the record was edited after signing) is refused.
    @Test(arguments: StoreEngine.all) func signatureOfAnotherRecordIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let signed = try chain.make(parties.farm, chain.lotBody(parties.farm, .head(10)), advance: false)
        let edited = try chain.make(parties.farm, chain.lotBody(parties.farm, .head(99)), at: signed.at, advance: false)
            .signed(with: signed.sig!)
        try chain.expectRefused([edited], field: "$.sig.value", phrase: "does not verify")
    }

    // Guards: a revoked key signs nothing dated at or after the revocation; earlier records still pass.
    @Test(arguments: StoreEngine.all) func revokedKeyRefusesRecordsFromTheRevocationOn(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let revokedFrom = chain.later(minutes: 60)
        try chain.ingestAll([
            chain.make(chain.regulator, RevokeBody(key: parties.farm.keyID, from: revokedFrom, reason: "key lost"))
        ])

        let before = try chain.make(parties.farm, chain.lotBody(parties.farm), at: revokedFrom.adding(milliseconds: -1))
        try chain.ingestAll([before])

        let atRevocation = try chain.make(parties.farm, chain.lotBody(parties.farm), at: revokedFrom, advance: false)
        try chain.expectRefused([atRevocation], field: "$.sig.key", phrase: "was revoked from")
        let after = try chain.make(
            parties.farm, chain.lotBody(parties.farm), at: revokedFrom.adding(milliseconds: 3_600_000), advance: false)
        try chain.expectRefused([after], field: "$.sig.key", phrase: "was revoked from")
    }

    // Guards: revoking a whole party retires every one of its keys.
    @Test(arguments: StoreEngine.all) func revokedPartyRefusesLaterRecords(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let from = chain.later(minutes: 1)
        try chain.ingestAll([
            chain.make(chain.regulator, RevokeBody(party: parties.farm.id, from: from, reason: "licence withdrawn"))
        ])
        let record = try chain.make(
            parties.farm, chain.lotBody(parties.farm), at: from.adding(milliseconds: 60_000), advance: false)
        try chain.expectRefused([record], field: "$.sig.key", phrase: "was revoked from")
    }
}
