import Foundation
import TraceCrypto
import TraceModel

/// Mutations that need a key: another party's, a fresh one, the regulator's. What an insider, a thief of
/// one key or a stranger with a key pair of their own can make.
extension TamperCases {
    private func base(_ index: Int) -> String { city.snapshot(before: index) }
    private func label(_ index: Int) -> String {
        "line \(index + 1) (\(city.records[index].kind.rawValue) by \(city.records[index].issuer))"
    }

    /// Another party than `party`, of `role` if there is one, else of any role that may issue `kind`.
    private func other(than party: String, role: Role, kind: RecordKind) -> String? {
        city.parties(role).first { $0 != party }
            ?? city.roles.filter { $0.key != party && $0.value.allowedKinds.contains(kind) && $0.value != .regulator }
            .map(\.key).sorted().first
    }

    /// `time`, or `party`'s last record's time before line `index` when that is later (a record may not be dated
    /// before its issuer's last one).
    func notBefore(_ time: Timestamp, _ party: String, _ index: Int) -> Timestamp {
        max(time, city.records[..<index].last { $0.issuer == party }?.at ?? time)
    }

    /// A party whose role may not issue `kind`.
    private func unentitled(for kind: RecordKind) -> String? {
        city.roles.filter { !$0.value.allowedKinds.contains(kind) }.map(\.key).sorted().first
    }

    /// A sample replayed under another issuer, after the genuine record is in the store: with the
    /// original signature, signed with the original issuer's key, and signed by the other party itself
    /// (then the store's own facts refuse it: the batch is not theirs, the code is taken, the certificate
    /// number is issued). Also replayed by a party whose role may not issue the kind.
    func replays() throws -> [Mutation] {
        var mutations: [Mutation] = []
        for index in city.sampleIndices {
            let record = city.records[index]
            guard let role = city.roles[record.issuer], role != .regulator,
                let other = other(than: record.issuer, role: role, kind: record.kind)
            else { continue }
            let setup = [city.lines[index]]
            let (seq, prev) = city.next(for: other, before: index)
            let asOther = Forge.json(city.lines[index]).setting("issuer", to: .string(other)).setting(
                "seq", to: .number(String(seq))
            )
            .setting("prev", to: prev.map { .string($0) } ?? .null)
            mutations.append(
                Mutation(
                    name: "\(label(index)) as \(other), original signature", base: base(index), setup: setup,
                    lines: [try Forge.canonical(asOther)],
                    expected: .refused(line: 1, field: "$.sig.key", phrase: "belongs to party \(record.issuer)")))
            let stolen = try Forge.resigned(
                record, issuer: other, seq: seq, prev: .some(prev), key: try forge.key(record.issuer))
            mutations.append(
                Mutation(
                    name: "\(label(index)) as \(other), signed with \(record.issuer)'s key", base: base(index),
                    setup: setup,
                    lines: [stolen.canonicalBytes],
                    expected: .refused(line: 1, field: "$.sig.key", phrase: "belongs to party \(record.issuer)")))
            if let (field, phrase) = Self.replayRefusal(record) {
                // Dated no earlier than the replaying party's last record: time may not go back along its chain.
                let replay = try Forge.resigned(
                    record, issuer: other, seq: seq, prev: .some(prev), at: notBefore(record.at, other, index),
                    key: try forge.key(other))
                mutations.append(
                    Mutation(
                        name: "\(label(index)) replayed and signed by \(other)", base: base(index), setup: setup,
                        lines: [replay.canonicalBytes], expected: .refused(line: 1, field: field, phrase: phrase)))
            }
            if let outsider = unentitled(for: record.kind) {
                let (seq, prev) = city.next(for: outsider, before: index)
                let replay = try Forge.resigned(
                    record, issuer: outsider, seq: seq, prev: .some(prev), at: notBefore(record.at, outsider, index),
                    key: try forge.key(outsider))
                mutations.append(
                    Mutation(
                        name: "\(label(index)) replayed by \(outsider) (\(city.roles[outsider]!.rawValue))",
                        base: base(index), setup: setup,
                        lines: [replay.canonicalBytes],
                        expected: .refused(line: 1, field: "$.kind", phrase: "may not issue \(record.kind.rawValue)")))
            }
        }
        return mutations
    }

    /// Why the store refuses a genuine-looking copy of `record` signed by another party of the same role
    /// (`nil` for kinds where another party may legitimately assert the same: tests, recalls).
    static func replayRefusal(_ record: TraceModel.Record) -> (String, String)? {
        switch record.kind {
        case .produce: return ("$.body.batch", "already used")
        case .ship, .sell, .dispose, .count: return ("$.body.batch", "held by")
        case .void: return ("$.body.slip", "only that stall may void it")
        case .receive: return ("$.body.shipment", "was sent to")
        case .transform: return ("$.body.inputs[0].batch", "held by")
        case .use: return ("$.body.dishes[0].ingredients[0].batch", "held by")
        case .certify: return ("$.body.number", "already issued")
        case .register, .revoke, .test, .recall, .attest: return nil
        }
    }

    /// A sample's signature made or named by the wrong key: another party's key id, a valid signature by
    /// another party, by a fresh key pair (Ed25519 and SM2), by the regulator, the algorithm relabelled,
    /// the signature removed or taken from another record of the same issuer. Grouped by sample, control last.
    func keySubstitutions() throws -> [[Mutation]] {
        let strangers = [try PrivateKey.generate(.ed25519), try PrivateKey.generate(.sm2sm3)]
        return try city.sampleIndices.map { index in
            let record = city.records[index]
            let json = Forge.json(city.lines[index])
            let sig = json["sig"]!
            var mutations: [Mutation] = []
            func add(_ name: String, _ bytes: [UInt8], _ expected: Expected) {
                mutations.append(
                    Mutation(name: "\(label(index)): \(name)", base: base(index), lines: [bytes], expected: expected))
            }
            let other = city.parties(.farm).first { $0 != record.issuer }!
            let otherKey = try forge.key(other)
            // Before the other party is registered its key is simply unknown.
            let misbound =
                city.isRegistered(other, before: index)
                ? "belongs to party \(other)" : "unknown key \(otherKey.publicKey.keyID)"
            add(
                "sig.key of \(other)",
                try Forge.canonical(json.setting("sig", to: sig.setting("key", to: .string(otherKey.publicKey.keyID)))),
                .refused(line: 1, field: "$.sig.key", phrase: misbound))
            add(
                "signed by \(other)'s key", try Forge.resigned(record, key: otherKey).canonicalBytes,
                .refused(line: 1, field: "$.sig.key", phrase: misbound))
            for stranger in strangers {
                add(
                    "signed by an unregistered \(stranger.algorithm.rawValue) key",
                    try Forge.resigned(record, key: stranger).canonicalBytes,
                    .refused(line: 1, field: "$.sig.key", phrase: "unknown key \(stranger.publicKey.keyID)"))
            }
            let powerful = record.issuer == city.regulatorID ? other : city.regulatorID
            add(
                "signed by \(powerful)'s key", try Forge.resigned(record, key: try forge.key(powerful)).canonicalBytes,
                .refused(
                    line: 1, field: "$.sig.key", phrase: powerful == other ? misbound : "belongs to party \(powerful)"))
            add(
                "sig.alg relabelled sm2-sm3",
                try Forge.canonical(json.setting("sig", to: sig.setting("alg", to: .string("sm2-sm3")))),
                .refused(line: 1, field: "$.sig.alg", phrase: "does not match key"))
            add(
                "sig removed", try Forge.canonical(json.removing("sig")),
                .refused(line: 1, field: "$.sig", phrase: "not signed"))
            if let sibling = city.records.first(where: { $0.issuer == record.issuer && $0.seq != record.seq }),
                let siblingSig = sibling.sig
            {
                let value = JSONValue.object([
                    ("alg", .string(siblingSig.alg)), ("key", .string(siblingSig.key)),
                    ("value", .string(siblingSig.value)),
                ])
                add(
                    "signature of seq \(sibling.seq)", try Forge.canonical(json.setting("sig", to: value)),
                    .refused(line: 1, field: "$.sig.value", phrase: "signature does not verify"))
            }
            return mutations + [control(index)]
        }
    }

    /// A `register` that would give an attacker's key to a genuine party: issued by a party that is not a
    /// regulator, or claiming the regulator as issuer without its key.
    func rogueRegistrations() throws -> [Mutation] {
        let index = try city.sample(.produce)
        let victim = city.records[index].issuer
        let attacker = try PrivateKey.generate(.ed25519)
        let body = RegisterBody(
            party: victim, name: "冒名", role: .farm, area: "510185", node: "001",
            keys: [
                RegisteredKey(
                    id: attacker.publicKey.keyID, alg: attacker.algorithm.rawValue,
                    spki: Data(attacker.publicKey.spkiDER).base64EncodedString())
            ])
        var mutations: [Mutation] = []
        for insider in [
            city.parties(.farm).first { $0 != victim }!, city.parties(.slaughterhouse)[0],
            city.parties(.vetAuthority)[0],
        ] {
            let record = try forge.next(.register, by: insider, before: index, at: city.records[index].at, body: body)
            mutations.append(
                Mutation(
                    name: "register of a new key for \(victim) issued by \(insider)", base: base(index),
                    lines: [record.canonicalBytes],
                    expected: .refused(line: 1, field: "$.kind", phrase: "may not issue register")))
        }
        let (seq, prev) = city.next(for: city.regulatorID, before: index)
        let claimed = try Forge.signed(
            .register, issuer: city.regulatorID, seq: seq, prev: prev, at: city.records[index].at,
            body: try TraceModel.Record.json(of: body), key: attacker)
        mutations.append(
            Mutation(
                name: "register of a new key for \(victim) claiming the regulator, signed by the attacker",
                base: base(index), lines: [claimed.canonicalBytes],
                expected: .refused(line: 1, field: "$.sig.key", phrase: "unknown key")))
        return mutations
    }

    /// A sample signed with a key the regulator revoked from the record's time, from a day earlier, or
    /// by revoking the whole party; a revocation one millisecond after the record leaves it valid (control).
    func revocations() throws -> [Mutation] {
        var mutations: [Mutation] = []
        for index in city.sampleIndices {
            let record = city.records[index]
            guard record.issuer != city.regulatorID, let keyID = record.sig?.key else { continue }
            let cases: [(String, RevokeBody, Expected)] = [
                (
                    "key revoked from the record's time", RevokeBody(key: keyID, from: record.at, reason: "key lost"),
                    .refused(line: 1, field: "$.sig.key", phrase: "was revoked from")
                ),
                (
                    "key revoked from a day before",
                    RevokeBody(key: keyID, from: record.at.adding(milliseconds: -86_400_000), reason: "key stolen"),
                    .refused(line: 1, field: "$.sig.key", phrase: "was revoked from")
                ),
                (
                    "party revoked from the record's time",
                    RevokeBody(party: record.issuer, from: record.at, reason: "licence withdrawn"),
                    .refused(line: 1, field: "$.sig.key", phrase: "was revoked from")
                ),
                (
                    "key revoked 1 ms after the record (control)",
                    RevokeBody(key: keyID, from: record.at.adding(milliseconds: 1), reason: "key lost"),
                    .accepted
                ),
            ]
            for (name, body, expected) in cases {
                let revoke = try forge.next(
                    .revoke, by: city.regulatorID, before: index,
                    at: notBefore(record.at.adding(milliseconds: -60_000), city.regulatorID, index), body: body)
                mutations.append(
                    Mutation(
                        name: "\(label(index)): \(name)", base: base(index), setup: [revoke.canonicalBytes],
                        lines: [city.lines[index]], expected: expected))
            }
        }
        return mutations
    }
}
