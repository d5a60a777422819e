import Foundation
import TraceModel

/// Attacks on what records say about goods, documents and authority (issue #10, items 2, 3, 4, 7, 8 and the bidi
/// text item), each by a party's own key and, where it makes sense, by an outsider.
extension AttackCases {
    private func samples(_ kind: RecordKind) -> [Int] { samples.filter { city.records[$0].kind == kind } }

    /// A record of `party` continuing its chain before line `index`, dated at or after `notBefore` and its last record.
    private func next(
        _ kind: RecordKind, by party: String, before index: Int, notBefore: Timestamp, body: some RecordBody
    )
        throws -> TraceModel.Record
    {
        let at = max(lastAt(of: party, before: index) ?? notBefore, notBefore).adding(milliseconds: 60_000)
        return try forge.next(kind, by: party, before: index, at: at, body: body)
    }

    /// Sales of the largest amount (each more than any batch held), and a sale whose amount is off by a yuan.
    func impossibleQuantities() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        var outsider: [Mutation] = []
        for index in samples(.sell) {
            let record = city.records[index]
            let key = try forge.key(record.issuer)
            guard case .sell(var sale)? = try? record.decodedBody() else { continue }
            let original = sale
            sale.quantity = Quantity(Amount("999999999999.999999")!, sale.quantity.unit)
            sale.unitPrice = Amount("0.000001")!
            sale.amount = Amount(1_000_000)
            let huge = try TraceModel.Record.json(of: sale)
            let mutation = Mutation(
                name: "\(label(index)) of the largest amount", base: base(index),
                lines: [try resigned(record, body: huge, key: key)],
                expected: .refused(line: 1, field: "$.body.quantity.value", phrase: "more than batch"))
            insider.append(mutation)
            outsider.append(try self.outsider(mutation, record: record, body: huge))
            var off = original
            off.amount = original.amount + Amount(1)
            insider.append(
                Mutation(
                    name: "\(label(index)) charging a yuan more", base: base(index),
                    lines: [try resigned(record, body: try TraceModel.Record.json(of: off), key: key)],
                    expected: .refused(line: 1, field: "$.body.amount", phrase: "is not")))
        }
        return (insider, outsider)
    }

    /// After a sale is stored: a farm recalls the stall's lot (it made nothing it comes from: another farm's pigs or
    /// vegetables), and another stall files a positive test against it.
    func recallsAndTests() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        for index in samples(.sell) {
            let record = city.records[index]
            guard case .sell(let sale)? = try? record.decodedBody() else { continue }
            let upstream = Set(
                city.records[..<index].compactMap { earlier -> String? in
                    guard case .produce(let lot)? = try? earlier.decodedBody(),
                        ancestors(of: sale.batch, before: index)
                            .contains(lot.batch.digits)
                    else { return nil }
                    return earlier.issuer
                })
            if let farm = city.parties(.farm).first(where: {
                !upstream.contains($0) && city.isRegistered($0, before: index)
            }) {
                let recall = try next(
                    .recall, by: farm, before: index, notBefore: record.at,
                    body: RecallBody(recall: "RC-ATTACK-\(index)", batch: sale.batch, level: 1, reason: "伪造召回"))
                insider.append(
                    Mutation(
                        name: "\(label(index)): \(farm) recalls the stall's lot", base: base(index),
                        setup: [city.lines[index]], lines: [recall.canonicalBytes],
                        expected: .refused(line: 1, field: "$.body.batch", phrase: "may not recall")))
            }
            if let rival = city.parties(.stall).first(where: {
                $0 != record.issuer && city.isRegistered($0, before: index)
            }) {
                let test = try next(
                    .test, by: rival, before: index, notBefore: record.at,
                    body: TestBody(batch: sale.batch, analyte: "clenbuterol", method: "rapid", result: "positive"))
                insider.append(
                    Mutation(
                        name: "\(label(index)): \(rival) tests a competitor's lot", base: base(index),
                        setup: [city.lines[index]], lines: [test.canonicalBytes],
                        expected: .refused(line: 1, field: "$.body.batch", phrase: "may not file a test")))
            }
        }
        return (insider, [])
    }

    /// Every batch `code` comes from, by the edges of the records before line `index`.
    private func ancestors(of code: TraceCode, before index: Int) -> Set<String> {
        var parents: [String: [String]] = [:]
        for record in city.records[..<index] {
            switch try? record.decodedBody() {
            case .receive(let body)?: parents[body.as.digits, default: []].append(body.batch.digits)
            case .transform(let body)?:
                for output in body.outputs {
                    parents[output.batch.digits, default: []] += body.inputs.map(\.batch.digits)
                }
            default: break
            }
        }
        var seen: Set<String> = [code.digits]
        var queue = [code.digits]
        while let next = queue.popLast() {
            for parent in parents[next] ?? [] where seen.insert(parent).inserted { queue.append(parent) }
        }
        return seen
    }

    /// A party not entitled to a document type certifies the genuine issuer's number first; the genuine certificate
    /// must still be accepted (held), not refused as a reused number (broken).
    func certificateSquats() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        // The regulator's certificates too (licences, designations): a squatter could block those as well.
        for index in city.sampleIndices where city.records[index].kind == .certify {
            let record = city.records[index]
            guard case .certify(let genuine)? = try? record.decodedBody() else { continue }
            guard
                let squatter = city.roles.filter({ party, role in
                    role != .regulator && role.mayIssue(.certify) && !genuine.type.issuers.contains(role)
                        && city.isRegistered(party, before: index)
                }).map(\.key).sorted().first
            else { continue }
            var squat = genuine
            squat.subject = squatter
            squat.batch = nil
            squat.quantity = nil
            let setup = try next(
                .certify, by: squatter, before: index,
                notBefore: registration(of: squatter, before: index) ?? record.at,
                body: squat)
            insider.append(
                Mutation(
                    name: "\(label(index)): \(squatter) takes \(genuine.type.rawValue) \(genuine.number) first",
                    base: base(index), setup: [setup.canonicalBytes], lines: [city.lines[index]], expected: .accepted))
        }
        return (insider, [])
    }

    /// The receiver's own receipt re-signed in another unit, and for a hundred times what was shipped.
    func receipts() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        for index in samples(.receive) {
            let record = city.records[index]
            let key = try forge.key(record.issuer)
            guard case .receive(let receipt)? = try? record.decodedBody() else { continue }
            var otherUnit = receipt
            otherUnit.quantity = Quantity(receipt.quantity.value, receipt.quantity.unit == .head ? .kilogram : .head)
            var more = receipt
            more.quantity = Quantity(
                receipt.quantity.value.multiplied(by: Amount(100)) ?? receipt.quantity.value, receipt.quantity.unit)
            for (name, body, field, phrase) in [
                ("in another unit", otherUnit, "$.body.quantity.unit", "against the shipment"),
                ("of 100 times the shipment", more, "$.body.quantity.value", "shipped"),
            ] {
                insider.append(
                    Mutation(
                        name: "\(label(index)) \(name)", base: base(index),
                        lines: [try resigned(record, body: try TraceModel.Record.json(of: body), key: key)],
                        expected: .refused(line: 1, field: field, phrase: phrase)))
            }
        }
        return (insider, [])
    }

    /// A stored record given again with its signature altered, and without it: no key needed (an outsider's edit).
    func alreadyPresent() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var outsider: [Mutation] = []
        for index in samples {
            let json = Forge.json(city.lines[index])
            guard let sig = json["sig"], let value = sig["value"], case .string(var text) = value else { continue }
            let at = text.index(text.startIndex, offsetBy: 8)
            text.replaceSubrange(at...at, with: text[at] == "A" ? "B" : "A")
            let altered = json.setting("sig", to: sig.setting("value", to: .string(text)))
            let unsigned = JSONValue.object((json.objectMembers ?? []).filter { $0.key != "sig" })
            outsider.append(
                Mutation(
                    name: "\(label(index)) again, signature altered", base: base(index), setup: [city.lines[index]],
                    lines: [try Forge.canonical(altered)],
                    expected: .refused(line: 1, field: "$.sig.value", phrase: "does not verify")))
            outsider.append(
                Mutation(
                    name: "\(label(index)) again, unsigned", base: base(index), setup: [city.lines[index]],
                    lines: [try Forge.canonical(unsigned)],
                    expected: .refused(line: 1, field: "$.sig", phrase: "not signed")))
        }
        return ([], outsider)
    }

    /// A product name with a right-to-left override (U+202E), signed by the producer itself.
    func bidiText() throws -> (insider: [Mutation], outsider: [Mutation]) {
        var insider: [Mutation] = []
        for index in samples(.produce) {
            let record = city.records[index]
            guard case .produce(var lot)? = try? record.decodedBody() else { continue }
            lot.product.name = "\u{202E}肉猪" + lot.product.name
            insider.append(
                Mutation(
                    name: "\(label(index)) with U+202E in its product name", base: base(index),
                    lines: [
                        try resigned(
                            record, body: try TraceModel.Record.json(of: lot), key: try forge.key(record.issuer))
                    ],
                    expected: .refused(line: 1, field: "$.body.product.name", phrase: "bidirectional")))
        }
        return (insider, [])
    }
}
