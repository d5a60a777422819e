import Foundation
import TraceCrypto
import TraceModel

/// Mutations of the issuer chains and of documents, signed by the genuine issuer: what a party can do
/// with its own key to rewrite its history or reuse a certificate.
extension TamperCases {
    private func label(_ index: Int) -> String {
        "line \(index + 1) (\(city.records[index].kind.rawValue) by \(city.records[index].issuer))"
    }

    /// Samples early enough in the city that `verify` over their snapshot stays cheap.
    private var earlySamples: [Int] { city.sampleIndices.filter { $0 < 400 } }

    /// Each sample re-signed by its issuer with a gap, a forked `prev`, a restarted chain, a second
    /// record at an existing `seq` (equivocation: kept as evidence, reported by verify), and fed after
    /// the issuer's next record (reorder).
    func chainForks() throws -> [Mutation] {
        var mutations: [Mutation] = []
        for index in city.sampleIndices {
            let record = city.records[index]
            let key = try forge.key(record.issuer)
            let base = city.snapshot(before: index)
            func add(_ name: String, _ lines: [[UInt8]], _ expected: Expected) {
                mutations.append(
                    Mutation(name: "\(label(index)): \(name)", base: base, lines: lines, expected: expected))
            }
            add(
                "seq \(record.seq + 1) instead of \(record.seq) (gap)",
                [
                    try Forge.resigned(record, seq: record.seq + 1, prev: .some(record.prev ?? record.id), key: key)
                        .canonicalBytes
                ],
                .refused(line: 1, field: "$.seq", phrase: "gap in the chain"))
            if record.seq >= 2 {
                let forkPoint =
                    record.seq >= 3
                    ? city.records[city.index(of: record.issuer, seq: record.seq - 2)!].id
                    : RecordID.from(digest: Digest.sha256(Array("fork".utf8)))
                add(
                    "prev forked", [try Forge.resigned(record, prev: .some(forkPoint), key: key).canonicalBytes],
                    .refused(line: 1, field: "$.prev", phrase: "the chain is forked"))
            }
            if let next = city.index(of: record.issuer, seq: record.seq + 1) {
                add(
                    "seq \(record.seq + 1) fed before seq \(record.seq)", [city.lines[next], city.lines[index]],
                    .refused(line: 1, field: "$.seq", phrase: "out of order"))
            }
            guard earlySamples.contains(index), record.seq >= 2 else { continue }
            let stored = city.records[city.index(of: record.issuer, seq: record.seq - 1)!]
            add(
                "a second record at seq \(stored.seq), one second later",
                [try Forge.resigned(stored, at: stored.at.adding(milliseconds: 1000), key: key).canonicalBytes],
                .equivocation(line: 1))
            add(
                "the chain restarted at seq 1",
                [try Forge.resigned(record, seq: 1, prev: .some(nil), key: key).canonicalBytes],
                .equivocation(line: 1))
        }
        return mutations
    }

    /// Records fed before what they depend on: a receipt before its shipment, a sale before the receipt
    /// that gave the stall its batch.
    func crossIssuerReorders() throws -> [Mutation] {
        var mutations: [Mutation] = []
        let ship = try city.sample(.ship)
        guard case .ship(let shipment)? = try? city.records[ship].decodedBody(),
            let receipt = city.records.firstIndex(where: {
                if case .receive(let body)? = try? $0.decodedBody() {
                    return body.shipment == shipment.shipment && body.from == city.records[ship].issuer
                }
                return false
            })
        else { throw FixtureError("no receipt of the sampled shipment") }
        mutations.append(
            Mutation(
                name: "receipt (line \(receipt + 1)) fed before its shipment (line \(ship + 1))",
                base: city.snapshot(before: ship),
                lines: [city.lines[receipt], city.lines[ship]],
                expected: .refused(line: 1, field: "$.body.shipment", phrase: "no shipment")))
        return mutations
    }

    /// Records the store already holds, fed again: nothing changes (idempotence, not acceptance).
    func exactReplays() -> [Mutation] {
        city.sampleIndices.prefix(6).map { index in
            Mutation(
                name: "lines \(max(1, index - 19))–\(index) replayed", base: city.snapshot(before: index),
                lines: Array(city.lines[max(0, index - 20)..<index]), expected: .alreadyPresent)
        }
    }

    /// A certificate number issued a second time, by its issuer or by another entitled party, after the
    /// first is stored; a new number is accepted (control). And a certificate the regulator revoked,
    /// quoted by a later shipment: accepted as what the shipper claims, and reported by `verify`.
    func certificateReuse() throws -> [Mutation] {
        let index = try city.sample(.certify)
        let record = city.records[index]
        guard case .certify(let body) = try record.decodedBody() else { throw FixtureError("not a certify record") }
        var mutations: [Mutation] = []
        let setup = [city.lines[index]]
        let lab = city.parties(.lab)[0]
        let others = [record.issuer, lab] + city.parties(.slaughterhouse).prefix(1)
        for (offset, issuer) in others.enumerated() {
            var copy = body
            let at = notBefore(record.at.adding(milliseconds: 60_000), issuer, index)
            copy.validFrom = at
            if offset > 0 { copy.result = "pass" }
            let (seq, prev) =
                issuer == record.issuer ? (record.seq + 1, Optional(record.id)) : city.next(for: issuer, before: index)
            let second = try Forge.signed(
                .certify, issuer: issuer, seq: seq, prev: prev, at: at,
                body: try TraceModel.Record.json(of: copy), key: try forge.key(issuer))
            mutations.append(
                Mutation(
                    name: "\(body.type.rawValue) \(body.number) issued again by \(issuer)",
                    base: city.snapshot(before: index),
                    setup: setup, lines: [second.canonicalBytes],
                    expected: .refused(line: 1, field: "$.body.number", phrase: "already issued")))
        }
        var fresh = body
        fresh.number += "-2"
        let control = try Forge.signed(
            .certify, issuer: record.issuer, seq: record.seq + 1, prev: record.id,
            at: record.at.adding(milliseconds: 60_000), body: try TraceModel.Record.json(of: fresh),
            key: try forge.key(record.issuer))
        mutations.append(
            Mutation(
                name: "a new certificate number (control)", base: city.snapshot(before: index), setup: setup,
                lines: [control.canonicalBytes], expected: .accepted))

        let ship = try city.sample(.ship)
        guard case .ship(let shipment) = try city.records[ship].decodedBody(), let quoted = shipment.documents.first
        else {
            throw FixtureError("the sampled shipment quotes no document")
        }
        let revoke = try forge.next(
            .revoke, by: city.regulatorID, before: ship,
            at: notBefore(city.records[ship].at.adding(milliseconds: -3_600_000), city.regulatorID, ship),
            body: RevokeBody(
                certificate: quoted, from: city.records[ship].at.adding(milliseconds: -3_600_000),
                reason: "forged"))
        mutations.append(
            Mutation(
                name: "shipment quoting \(quoted.type.rawValue) \(quoted.number) after its revocation",
                base: city.snapshot(before: ship), setup: [revoke.canonicalBytes], lines: [city.lines[ship]],
                expected: .flaggedByVerify(check: "certificate")))
        return mutations
    }
}
