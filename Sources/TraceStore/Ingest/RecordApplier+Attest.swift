import GRDB
import TraceModel

extension RecordApplier {
    /// An attestation: kept with who attests which event of which document, and its claim applied to the graph as
    /// the external party's act (``actor``, ``actKind``, ``actAt``) — unless another attestation of the same event
    /// was applied already: the same event attested by two importers is one act, the second attestation more
    /// evidence of it (its lots are the same nodes whoever imports them).
    func applyAttest(_ body: AttestBody) throws {
        let party = body.party.id
        let registered = try context.role(of: party) != nil
        if context.isAnchorParty(party) || registered {
            throw Refusal(
                "$.body.party.id",
                "party \(party) is registered in this store: its acts are records it signs, not attested evidence")
        }
        guard let claim = body.claim.body else {
            throw Refusal("$.body.claim", "names no act")
        }
        let applied = try context.row(
            "SELECT record FROM attestations WHERE event_id = ? AND part = ? AND applied = 1 LIMIT 1",
            [body.event.eventID, body.part ?? 0])
        try context.execute(
            """
            INSERT INTO attestations(record, attester, document, sender, event_id, part, party, party_key, party_name,
                                     kind, applied)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(record.issuer), .text(body.document), .text(body.from), .text(body.event.eventID),
                .integer(Int64(body.part ?? 0)), .text(party), .text(body.party.key), .text(body.party.name),
                .text(claim.kind.rawValue),
                .integer(applied == nil ? 1 : 0),
            ])
        guard applied == nil else { return }
        do {
            switch claim {
            case .produce(let b): try applyProduce(b)
            case .transform(let b): try applyTransform(b)
            case .ship(let b): try applyShip(b)
            case .receive(let b): try applyReceive(b)
            case .sell(let b): try applySell(b)
            case .dispose(let b): try applyDispose(b)
            default: throw Refusal("$.body.claim", "an event cannot claim a \(claim.kind.rawValue)")
            }
        } catch let refusal as Refusal {
            // The claim's fields sit under $.body.claim.<kind>.
            throw Refusal(
                refusal.field.replacingOccurrences(of: "$.body", with: "$.body.claim.\(claim.kind.rawValue)"),
                refusal.reason)
        }
    }
}
