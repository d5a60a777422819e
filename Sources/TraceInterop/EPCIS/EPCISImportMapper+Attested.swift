import TraceModel

extension EPCISImportMapper {
    /// The `attest` records for one event of a partner's document: one per act the event records (an event with
    /// three lots is three acts, numbered by ``AttestBody/part``), each the external party's act on the importer's
    /// word.
    func attested(_ event: ImportedEvent, origin: EPCISOrigin, _ attesting: Attesting) throws -> [MappedRecord] {
        let key = actorKey(of: event) ?? attesting.from
        let actor: Actor = (ExternalIdentifiers.partyID(for: key), key)
        let acts = try self.bodies(for: event, actor: actor)
        var mapped: [MappedRecord] = []
        for (index, body) in acts.enumerated() {
            guard let claim = AttestedClaim(body) else {
                throw Skip(reason: "a \(body.kind.rawValue) is not an act an event records")
            }
            let attest = AttestBody(
                document: attesting.document, from: attesting.from, event: origin, eventTime: event.eventTime,
                party: AttestedParty(id: actor.id, key: key, name: attesting.names.name(of: key)), claim: claim,
                part: acts.count > 1 ? index : nil)
            try attest.validate()
            mapped.append(
                MappedRecord(
                    kind: .attest, body: .attest(attest), at: attesting.at, hashID: event.hashID,
                    originalEvent: event.json, signedRecord: nil))
        }
        return mapped
    }

    /// Whose act an event of a partner's document records, as the document identifies it: for a shipment the
    /// source (owning party, possessing party or location), for a receipt the destination, then the event's
    /// business location, then its read point; `nil` when the event names none of them (the sender's, then).
    func actorKey(of event: ImportedEvent) -> String? {
        var listed: String?
        switch event.bizStep ?? "" {
        case "shipping", "departing": listed = partyKey(event.sources)
        case "receiving", "accepting", "arriving": listed = partyKey(event.destinations)
        default: break
        }
        return listed ?? event.bizLocation ?? event.readPoint
    }
}
