import Foundation
import TraceCrypto
import TraceModel

/// How the tests make tampered records: edit the JSON (keeping the signature, as anyone can), or
/// re-sign with a key the attacker holds (their own, another party's, a fresh one).
struct Forge {
    let city: DemoCity
    /// Key id → owning party, for every key of the city (the anchor included).
    let keyOwners: [String: String]
    let keyAlgorithms: [String: String]

    init(city: DemoCity) {
        self.city = city
        var owners: [String: String] = [:]
        var algorithms: [String: String] = [:]
        for (party, key) in city.keys {
            owners[key.publicKey.keyID] = party
            algorithms[key.publicKey.keyID] = key.algorithm.rawValue
        }
        keyOwners = owners
        keyAlgorithms = algorithms
    }

    static func json(_ bytes: [UInt8]) -> JSONValue {
        // Every input here is a canonical line the store wrote, so it parses.
        try! JSONParser.parse(bytes)
    }

    static func canonical(_ json: JSONValue) throws -> [UInt8] { try CanonicalJSON.bytes(json) }

    /// A record with these parts, signed by `key`: what a holder of `key` can make.
    static func signed(
        _ kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, body: JSONValue, key: PrivateKey
    ) throws -> TraceModel.Record {
        try TraceModel.Record(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: body).signed(by: key)
    }

    /// `record` with some parts changed, re-signed by `key`.
    static func resigned(
        _ record: TraceModel.Record, issuer: String? = nil, seq: Int? = nil, prev: String?? = nil, at: Timestamp? = nil,
        body: JSONValue? = nil, key: PrivateKey
    ) throws -> TraceModel.Record {
        try signed(
            record.kind, issuer: issuer ?? record.issuer, seq: seq ?? record.seq, prev: prev ?? record.prev,
            at: at ?? record.at, body: body ?? record.body, key: key)
    }

    /// The next record of `party` in the store before export line `index`, signed with its own key.
    func next(_ kind: RecordKind, by party: String, before index: Int, at: Timestamp, body: some RecordBody) throws
        -> TraceModel.Record
    {
        let (seq, prev) = city.next(for: party, before: index)
        return try Self.signed(
            kind, issuer: party, seq: seq, prev: prev, at: at, body: try TraceModel.Record.json(of: body),
            key: try key(party))
    }

    func key(_ party: String) throws -> PrivateKey {
        guard let key = city.keys[party] else { throw FixtureError("no key for \(party)") }
        return key
    }

    /// What the store must say about `bytes`, an edited copy of `original` that was not re-signed.
    ///
    /// Follows the order the store documents: the strict parser first (then the field is the parser's),
    /// then the key (unknown, or bound to another party), the algorithm, and last the signature, which
    /// an edit without the key cannot keep valid.
    func expectation(forEdited bytes: [UInt8], of original: TraceModel.Record) -> Expected {
        let edited: TraceModel.Record
        do {
            edited = try TraceModel.Record.parse(bytes)
        } catch {
            return .refused(line: 1, field: error.field, phrase: error.reason)
        }
        if edited.id == original.id, edited.sig == original.sig { return .accepted }
        guard let sig = edited.sig else { return .refused(line: 1, field: "$.sig", phrase: "not signed") }
        guard let owner = keyOwners[sig.key] else {
            return .refused(line: 1, field: "$.sig.key", phrase: "unknown key \(sig.key)")
        }
        guard owner == edited.issuer else {
            return .refused(line: 1, field: "$.sig.key", phrase: "belongs to party \(owner)")
        }
        guard keyAlgorithms[sig.key] == sig.alg else {
            return .refused(line: 1, field: "$.sig.alg", phrase: "does not match key")
        }
        return .refused(line: 1, field: "$.sig.value", phrase: "signature does not verify")
    }
}
