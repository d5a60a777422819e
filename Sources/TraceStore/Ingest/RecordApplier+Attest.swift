import TraceModel

extension RecordApplier {
    /// An attestation: kept with who attests which event of which document from whom, and its claim applied to the
    /// graph as the external party's act (``actor``, ``actKind``, ``actAt``); an event kept without an act
    /// (``KeptEvent``) only kept. An event (each of its parts) is attested
    /// once in a store: the same event from a second importer would be the same act twice, so it is refused, naming
    /// the attestation the store holds (an import leaves such events out, and reports them).
    func applyAttest(_ body: AttestBody) throws {
        let party = body.party.id
        let registered = try context.role(of: party) != nil
        if context.isAnchorParty(party) || registered {
            throw Refusal(
                "$.body.party.id",
                "party \(party) is registered in this store: its acts are records it signs, not attested evidence")
        }
        let claim = body.claim?.body
        if claim == nil && body.kept == nil {
            throw Refusal("$.body.claim", "names no act")
        }
        let key = body.attestationKey
        if let earlier = try context.row(
            "SELECT record, attester FROM attestations WHERE event_id = ? AND part = ? LIMIT 1",
            [.text(key), .integer(body.part ?? 0)])
        {
            let what = body.kept?.kind == .errorDeclaration ? "the error declaration of event" : "event"
            throw Refusal(
                "$.body.event.eventID",
                "\(what) \(body.event.eventID)\(body.part.map { " part \($0)" } ?? "") is already attested, by \(earlier[1] as String) in record \(earlier[0] as String)"
            )
        }
        try context.execute(
            """
            INSERT INTO attestations(record, attester, document, sender, event_id, part, party, party_key, party_name,
                                     kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(record.issuer), .text(body.document), .text(body.from), .text(key),
                .integer(Int64(body.part ?? 0)), .text(party), .text(body.party.key), .text(body.party.name),
                .text(claim?.kind.rawValue ?? "kept:" + (body.kept?.kind.rawValue ?? "")),
            ])
        // A kept event is evidence only: it changes nothing in the graph (an error declaration marks, when read,
        // the hop its event made; see StoreGraphReader.attestations(of:)).
        guard let claim else { return }
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
                refusal.text)
        }
    }
}
