import Foundation
import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Defences of `register` records (`RecordApplier.applyRegister`): the binding of a party to its role
/// and keys cannot be bent.
@Suite("ingest refuses register records that would bend a party's identity")
struct RegisterRejectionTests {
    private func body(_ party: TestParty, role: Role? = nil, keys: [RegisteredKey]? = nil, parent: String? = nil)
        -> RegisterBody
    {
        RegisterBody(
            party: party.id, name: party.name, role: role ?? party.role, area: party.area, node: party.node,
            parent: parent,
            keys: keys ?? [party.registeredKey])
    }

    // Guards: a party's role is fixed once registered (a farm cannot become a slaughterhouse).
    @Test(arguments: StoreEngine.all) func roleChangeIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let record = try chain.make(chain.regulator, body(parties.farm, role: .slaughterhouse), advance: false)
        try chain.expectRefused(
            [record], field: "$.body.role", phrase: "already registered as farm; a role cannot change")
    }

    // Guards: a later register of the same role may add a key (and that is not a refusal).
    @Test(arguments: StoreEngine.all) func sameRoleMayAddAKey(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let extra = try PrivateKey.generate(.sm2sm3)
        let key = RegisteredKey(
            id: extra.publicKey.keyID, alg: "sm2-sm3", spki: Data(extra.publicKey.spkiDER).base64EncodedString())
        try chain.ingestAll([chain.make(chain.regulator, body(parties.farm, keys: [key]))])
        try chain.ingestAll([chain.make(parties.farm, chain.lotBody(parties.farm), signer: extra)])
    }

    // Guards: the key id must be the id of the key given (no registering a key under another key's id).
    @Test(arguments: StoreEngine.all) func keyIDNotMatchingTheKeyIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        _ = try chain.registerBasicParties()
        let key = try PrivateKey.generate(.ed25519)
        let party = TestParty(id: "FARM-510112-004", name: "新场", role: .farm, area: "510112", node: "004", key: key)
        var registered = party.registeredKey
        registered.id = "k-0123456789abcdef"
        let record = try chain.make(chain.regulator, body(party, keys: [registered]), advance: false)
        try chain.expectRefused(
            [record], field: "$.body.keys[0].id", phrase: "key id k-0123456789abcdef does not match the key")
    }

    // Guards: the algorithm registered must be the key's algorithm.
    @Test(arguments: StoreEngine.all) func keyAlgorithmNotMatchingTheKeyIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        _ = try chain.registerBasicParties()
        let party = TestParty(
            id: "FARM-510112-004", name: "新场", role: .farm, area: "510112", node: "004",
            key: try PrivateKey.generate(.ed25519))
        var registered = party.registeredKey
        registered.alg = "sm2-sm3"
        let record = try chain.make(chain.regulator, body(party, keys: [registered]), advance: false)
        try chain.expectRefused([record], field: "$.body.keys[0].alg", phrase: "the key is ed25519, not sm2-sm3")
    }

    // Guards: the key must be a public key OpenSSL can read.
    @Test(arguments: StoreEngine.all) func unreadableKeyIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        _ = try chain.registerBasicParties()
        let party = TestParty(
            id: "FARM-510112-004", name: "新场", role: .farm, area: "510112", node: "004",
            key: try PrivateKey.generate(.ed25519))
        var registered = party.registeredKey
        registered.spki = Data([0x30, 0x03, 0x02, 0x01, 0x00]).base64EncodedString()
        let record = try chain.make(chain.regulator, body(party, keys: [registered]), advance: false)
        try chain.expectRefused([record], field: "$.body.keys[0].spki", phrase: "not a base64 DER public key")
    }

    // Guards: one key belongs to one party (registering the farm's key for a new party is refused).
    @Test(arguments: StoreEngine.all) func keyOfAnotherPartyCannotBeRegistered(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let party = TestParty(
            id: "FARM-510112-004", name: "新场", role: .farm, area: "510112", node: "004", key: parties.farm.key)
        let record = try chain.make(chain.regulator, body(party), advance: false)
        try chain.expectRefused(
            [record], field: "$.body.keys[0].id", phrase: "already registered to party \(parties.farm.id)")
    }

    // Guards: a stall's market (parent) must be registered first.
    @Test(arguments: StoreEngine.all) func unregisteredParentIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        _ = try chain.registerBasicParties()
        let party = TestParty(
            id: "STALL-510104-009-B01", name: "B01", role: .stall, area: "510104", node: "201",
            key: try PrivateKey.generate(.ed25519))
        let record = try chain.make(chain.regulator, body(party, parent: "MKT-510104-009"), advance: false)
        try chain.expectRefused(
            [record], field: "$.body.parent", phrase: "parent party MKT-510104-009 is not registered")
    }

    // Guards: a trust anchor's identity comes from the store's configuration and cannot be re-registered.
    @Test(arguments: StoreEngine.all) func trustAnchorCannotBeRegistered(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let party = TestParty(
            id: chain.regulator.id, name: "冒名", role: .farm, area: "510100", node: "001",
            key: try PrivateKey.generate(.ed25519))
        let record = try chain.make(chain.regulator, body(party), advance: false)
        try chain.expectRefused([record], field: "$.body.party", phrase: "is a trust anchor and cannot be registered")
    }
}
