import Foundation
import TraceGraph
import TraceModel

extension RecordApplier {
    /// A stock count books the difference between what was found and the ledger as a `count` movement
    /// (negative: shrinkage; positive: surplus), so the batch then has on hand what was counted.
    func applyCount(_ body: CountBody) throws {
        guard let node = try context.node(body.batch) else {
            throw Refusal("$.body.batch", Message.Ingest.batchNotInStore("\(body.batch)"))
        }
        guard node.type == "batch" else {
            throw Refusal("$.body.batch", Message.Ingest.notABatch("\(body.batch)", type: node.type))
        }
        guard node.holder == record.issuer else {
            throw Refusal(
                "$.body.batch",
                Message.Ingest.heldByAnother(batch: "\(body.batch)", holder: node.holder, actor: record.issuer))
        }
        guard let counted = body.counted.converted(to: node.unit) else {
            throw Refusal(
                "$.body.counted.unit",
                Message.Ingest.notExactInUnit(quantity: "\(body.counted)", unit: node.unit.rawValue))
        }
        // What the ledger holds (TraceStore.onHand): the batch's movements and its sales, added in 128 bits (see
        // MassBalance.sum).
        let deltas = try context.statements.all(
            """
            SELECT delta_micros FROM movements WHERE batch = ?
            UNION ALL SELECT -taken_micros FROM edges WHERE parent = ? AND kind = 'sell'
            """, [.text(body.batch.digits), .text(body.batch.digits)]
        ) { $0.integer(0) ?? 0 }
        let ledger = Int64(clamping: deltas.reduce(Int128(0)) { $0 + Int128($1) })
        try context.execute(
            "INSERT INTO movements(batch, record, kind, delta_micros, at_ms) VALUES (?, ?, 'count', ?, ?)",
            [
                .text(body.batch.digits), .text(id), .integer(counted.micros - ledger),
                .integer(record.at.epochMilliseconds),
            ])
    }

    /// A void by the stall that issued the slip, within ``VoidBody/window`` after the sale: the quantity the sale
    /// took goes back on hand (a `void` movement), and the slip is marked voided. The sale itself stays.
    func applyVoid(_ body: VoidBody) throws {
        guard
            let sale = try context.row(
                """
                SELECT n.holder, n.at_ms, e.parent, e.taken_micros, e.record FROM nodes n
                JOIN edges e ON e.child = n.code AND e.kind = 'sell' WHERE n.code = ? AND n.type = 'slip'
                """, [.text(body.slip.digits)])
        else { throw Refusal("$.body.slip", Message.Authority.noSlip("\(body.slip)")) }
        let holder: String = sale[0]
        guard holder == record.issuer else {
            throw Refusal("$.body.slip", Message.Authority.voidByOther(slip: "\(body.slip)", holder: holder))
        }
        if let earlier = try context.row("SELECT record FROM voids WHERE slip = ?", [.text(body.slip.digits)]) {
            throw Refusal(
                "$.body.slip", Message.Authority.alreadyVoided(slip: "\(body.slip)", record: earlier[0] as String))
        }
        let soldAt: Int64 = sale[1]
        let elapsed = record.at.epochMilliseconds - soldAt
        guard elapsed >= 0 else {
            throw Refusal("$.at", Message.Authority.voidBeforeSale(slip: "\(body.slip)"))
        }
        guard elapsed <= VoidBody.window else {
            throw Refusal(
                "$.at",
                Message.Authority.voidTooLate(
                    slip: "\(body.slip)", minutes: elapsed / 60_000, hours: VoidBody.window / 3_600_000))
        }
        let taken: Int64 = sale[3] ?? 0
        try context.execute(
            "INSERT INTO movements(batch, record, kind, delta_micros, at_ms, counterparty) VALUES (?, ?, 'void', ?, ?, ?)",
            [
                .text(sale[2] as String), .text(id), .integer(taken), .integer(record.at.epochMilliseconds),
                .text(body.slip.digits),
            ])
        try context.execute(
            "INSERT INTO voids(slip, record, issuer, reason, at_ms, sale) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .text(body.slip.digits), .text(id), .text(record.issuer), .text(body.reason),
                .integer(record.at.epochMilliseconds), .text(sale[4] as String),
            ])
    }

    /// The positive test a confirmatory test clears: of the same batch and analyte, positive, and cleared by a
    /// laboratory, a veterinary authority or a regulator (not by the holder that wants to sell).
    func checkClearing(_ body: TestBody, _ clears: String) throws {
        guard
            let test = try context.row(
                "SELECT batch, analyte, result FROM tests WHERE record = ?", [.text(clears)])
        else { throw Refusal("$.body.clears", Message.Authority.noTest(clears)) }
        guard (test[0] as String) == body.batch.digits, (test[1] as String) == body.analyte else {
            throw Refusal(
                "$.body.clears",
                Message.Authority.otherTest(
                    clears, batch: test[0] as String, analyte: test[1] as String, expectedBatch: "\(body.batch)",
                    expectedAnalyte: body.analyte))
        }
        guard (test[2] as String) == "positive" else {
            throw Refusal("$.body.clears", Message.Authority.notPositive(clears))
        }
        let role = context.isAnchorParty(record.issuer) ? Role.regulator : try context.role(of: record.issuer)
        guard let role, [.lab, .vetAuthority, .regulator].contains(role) else {
            throw Refusal("$.body.clears", Message.Authority.mayNotClear(party: record.issuer, role: role))
        }
    }
}
