import Foundation
import TraceCrypto
import TraceModel

/// One row of the standing attack suite (`scripts/attack`): a named way to attack the store, tried as an insider (a
/// party's own key, stolen or misused) and as an outsider (a key of their own, or none), over the demo city's samples.
///
/// **To add a category** (say, for a new defence): add a value to ``AttackCategory/all`` naming a function that
/// makes its attempts, and write that function in an `AttackCases+<Area>.swift` file beside this one. Each attempt is a
/// ``Mutation`` run by the tamper campaign's ``TamperRunner`` into a fresh copy of the store: a refusal with the
/// expected field and phrase is *held*, a record stored is *broken*. `scripts/attack` prints one row per category and
/// attacker from the `RELIABILITY attack …` lines the suite prints.
struct AttackCategory: Sendable {
    /// The row's name in the table.
    var name: String
    /// What the category tries, for the table's reader.
    var summary: String
    /// The attempts, as an insider and as an outsider (either may be empty).
    var make: @Sendable (AttackCases) throws -> (insider: [Mutation], outsider: [Mutation])

    /// Every category of issue #10 ("trust model hardening") this suite runs, in table order. The existing tamper
    /// campaign (byte flips, truncations, swaps, replays, key substitutions, chains, revocations, certificate reuse)
    /// runs beside it in `TamperSuiteTests` and is added to the table by `scripts/attack`.
    static let all: [AttackCategory] = [
        AttackCategory(
            name: "backdating", summary: "at before the chain's last record, before registration, in 2099",
            make: { try $0.backdating() }),
        AttackCategory(
            name: "revoked-after-seq", summary: "a record after the last valid one a revocation names, dated before it",
            make: { try $0.revokedAfterSeq() }),
        AttackCategory(
            name: "impossible-quantity", summary: "a sale of the largest amount; a sale not adding up",
            make: { try $0.impossibleQuantities() }),
        AttackCategory(
            name: "recall-and-test", summary: "recall of another farm's lot; a stall's test of a competitor's batch",
            make: { try $0.recallsAndTests() }),
        AttackCategory(
            name: "certificate-squat", summary: "a party not entitled takes the issuer's next number first",
            make: { try $0.certificateSquats() }),
        AttackCategory(
            name: "receipt", summary: "a receipt in another unit; more received than shipped",
            make: { try $0.receipts() }),
        AttackCategory(
            name: "already-present", summary: "a stored record with its signature altered or removed",
            make: { try $0.alreadyPresent() }),
        AttackCategory(
            name: "bidi-text", summary: "a right-to-left override hidden in a product name",
            make: { try $0.bidiText() }),
    ]
}

/// The attempts of each category, made against the demo city (see ``AttackCategory``).
struct AttackCases {
    let city: DemoCity
    let forge: Forge
    /// A key no store has registered: an outsider's.
    let stranger: PrivateKey

    init(city: DemoCity) throws {
        self.city = city
        forge = Forge(city: city)
        stranger = try PrivateKey.generate(.ed25519)
    }

    /// The store before sample `index` (see ``DemoCity/snapshot(before:)``).
    func base(_ index: Int) -> String { city.snapshot(before: index) }

    func label(_ index: Int) -> String {
        "line \(index + 1) (\(city.records[index].kind.rawValue) by \(city.records[index].issuer))"
    }

    /// The samples not issued by the regulator.
    var samples: [Int] { city.sampleIndices.filter { city.records[$0].issuer != city.regulatorID } }

    /// The time of `party`'s last record before line `index`, if any.
    func lastAt(of party: String, before index: Int) -> Timestamp? {
        city.records[..<index].last { $0.issuer == party }?.at
    }

    /// `record` re-signed with `key` after `edit` changed its parts (issuer, seq and prev kept unless changed).
    func resigned(_ record: TraceModel.Record, at: Timestamp? = nil, body: JSONValue? = nil, key: PrivateKey) throws
        -> [UInt8]
    {
        try Forge.resigned(record, at: at, body: body, key: key).canonicalBytes
    }

    /// The same attempt made by an outsider: the record signed by a key no one registered.
    func outsider(_ mutation: Mutation, record: TraceModel.Record, at: Timestamp? = nil, body: JSONValue? = nil) throws
        -> Mutation
    {
        var copy = mutation
        copy.name += " (outsider's key)"
        let forged = try Forge.resigned(record, at: at, body: body, key: stranger)
        copy.lines = [forged.canonicalBytes]
        copy.expected = .refused(line: 1, field: "$.sig.key", phrase: "unknown key")
        return copy
    }
}
