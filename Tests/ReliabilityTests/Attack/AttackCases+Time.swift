import Foundation
import TraceModel

/// Attacks on `at` (issue #10, item 1): what a holder of one party's key can sign about time.
extension AttackCases {
    /// Each sample re-signed by its own issuer's key with `at` before its chain's last record, before its
    /// registration, and in 2099; each also signed by an outsider.
    func backdating() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        var outsider: [Mutation] = []
        for index in samples {
            let record = city.records[index]
            let key = try forge.key(record.issuer)
            var times: [(String, Timestamp, String)] = [
                ("dated in 2099", Timestamp("2099-01-01T00:00:00+08:00")!, "from the future")
            ]
            if let last = lastAt(of: record.issuer, before: index) {
                times.append(("dated before its chain's last record", last.adding(milliseconds: -60_000), "go back"))
            } else if let registered = registration(of: record.issuer, before: index) {
                times.append(("dated before its registration", registered.adding(milliseconds: -1), "was registered"))
            }
            for (name, at, phrase) in times {
                let mutation = Mutation(
                    name: "\(label(index)) \(name)", base: base(index), lines: [try resigned(record, at: at, key: key)],
                    expected: .refused(line: 1, field: "$.at", phrase: phrase))
                insider.append(mutation)
                outsider.append(try self.outsider(mutation, record: record, at: at))
            }
        }
        return (insider, outsider)
    }

    /// The regulator revokes the sample issuer's key (or the whole party) from the end of the demo on, naming the
    /// party's record before the sample as its last valid one; the genuine sample, dated before the revocation's
    /// `from`, is then refused.
    func revokedAfterSeq() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        for index in samples {
            let record = city.records[index]
            guard let keyID = record.sig?.key else { continue }
            let from = Timestamp(epochMilliseconds: DemoCity.now)
            let at = max(lastAt(of: city.regulatorID, before: index) ?? record.at, record.at)
            for body in [
                RevokeBody(key: keyID, from: from, reason: "key stolen", lastSeq: record.seq - 1),
                RevokeBody(party: record.issuer, from: from, reason: "licence withdrawn", lastSeq: record.seq - 1),
            ] {
                let revoke = try forge.next(.revoke, by: city.regulatorID, before: index, at: at, body: body)
                insider.append(
                    Mutation(
                        name:
                            "\(label(index)) after a revocation of its \(body.key == nil ? "party" : "key") naming seq \(record.seq - 1)",
                        base: base(index), setup: [revoke.canonicalBytes], lines: [city.lines[index]],
                        expected: .refused(line: 1, field: "$.seq", phrase: "revoked after the party's record seq")))
            }
        }
        return (insider, [])
    }

    /// The time of the `register` record of `party` before line `index`.
    func registration(of party: String, before index: Int) -> Timestamp? {
        city.records[..<index].last { record in
            guard record.kind == .register, case .register(let body)? = try? record.decodedBody() else { return false }
            return body.party == party
        }?.at
    }
}
