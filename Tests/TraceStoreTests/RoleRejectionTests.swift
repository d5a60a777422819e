import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Defence of the role check at ingest: a party issues only the kinds its role allows (`Role.allowedKinds`).
@Suite("ingest refuses kinds the issuer's role may not issue")
struct RoleRejectionTests {
    // Guards: only a regulator registers parties; a farm's own `register` record is refused.
    @Test(arguments: StoreEngine.all) func farmCannotRegisterParties(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let impostor = try PrivateKey.generate(.ed25519)
        let body = RegisterBody(
            party: "FARM-510112-999", name: "自封养殖场", role: .farm, area: "510112", node: "999",
            keys: [RegisteredKey(id: impostor.publicKey.keyID, alg: "ed25519", spki: "")])
        let record = try chain.make(parties.farm, body, advance: false)
        try chain.expectRefused([record], field: "$.kind", phrase: "role farm, which may not issue register records")
    }

    // Guards: a stall sells what it received; it cannot create a lot with `produce`.
    @Test(arguments: StoreEngine.all) func stallCannotProduce(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(parties.stall, chain.lotBody(parties.stall), advance: false)
        try chain.expectRefused([record], field: "$.kind", phrase: "role stall, which may not issue produce records")
    }

    // Guards: a farm cannot issue a `sell` (slips come from stalls only).
    @Test(arguments: StoreEngine.all) func farmCannotSell(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let (lot, code) = try chain.produce(parties.farm)
        try chain.ingestAll([lot])
        let body = SellBody(
            slip: chain.code(parties.farm), batch: code, quantity: .head(1), unitPrice: Amount(1), amount: Amount(1))
        let record = try chain.make(parties.farm, body, advance: false)
        try chain.expectRefused([record], field: "$.kind", phrase: "may not issue sell records")
    }

    // Guards: a vet authority certifies and tests, but does not revoke keys (a regulator's act).
    @Test(arguments: StoreEngine.all) func vetCannotRevoke(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(
            parties.vet, RevokeBody(key: parties.farm.keyID, from: chain.now, reason: "x"), advance: false)
        try chain.expectRefused([record], field: "$.kind", phrase: "may not issue revoke records")
    }
}
