import TraceModel

extension EPCISImportMapper {
    /// The `attest` records for one event of a partner's document: one per act the event records (an event with
    /// three lots is three acts, numbered by ``AttestBody/part``), each the external party's act on the importer's
    /// word.
    ///
    /// An event the graph has no act for — packing, an association, a business transaction, an error declaration, an
    /// event in a unit FoodTrace cannot count — is still attested: kept as evidence (``KeptEvent``) with the reason,
    /// so nothing a partner sent is dropped, and listed by the import as kept, not traced.
    func attested(_ event: ImportedEvent, origin: EPCISOrigin, _ attesting: Attesting, units: LogisticUnits) throws
        -> [MappedRecord]
    {
        let key = actorKey(of: event) ?? attesting.from
        let actor: Actor = (ExternalIdentifiers.partyID(for: key), key)
        let party = AttestedParty(id: actor.id, key: key, name: attesting.names.name(of: key))
        func kept(_ kind: KeptEvent.Kind, _ reason: String) throws -> [MappedRecord] {
            let attest = AttestBody(
                document: attesting.document, from: attesting.from, event: origin, eventTime: event.eventTime,
                party: party, claim: nil, kept: KeptEvent(kind: kind, reason: reason))
            try attest.validate()
            return [
                MappedRecord(
                    kind: .attest, body: .attest(attest), at: attesting.at, hashID: attest.attestationKey,
                    originalEvent: event.json, signedRecord: nil)
            ]
        }
        if event.declaresError { return try kept(.errorDeclaration, Self.declaration(of: event)) }
        let acts: [AnyBody]
        do {
            acts = try self.bodies(for: event, actor: actor, units: units)
        } catch let skip as Skip {
            return try kept(Self.keptKind(of: event), skip.reason)
        }
        var mapped: [MappedRecord] = []
        for (index, body) in acts.enumerated() {
            guard let claim = AttestedClaim(body) else {
                throw Skip(.EPCISImport.notAnAct(kind: body.kind.rawValue))
            }
            let attest = AttestBody(
                document: attesting.document, from: attesting.from, event: origin, eventTime: event.eventTime,
                party: party, claim: claim, part: acts.count > 1 ? index : nil)
            try attest.validate()
            mapped.append(
                MappedRecord(
                    kind: .attest, body: .attest(attest), at: attesting.at, hashID: event.hashID,
                    originalEvent: event.json, signedRecord: nil))
        }
        return mapped
    }

    /// What kind of event is kept without an act.
    static func keptKind(of event: ImportedEvent) -> KeptEvent.Kind {
        switch event.type {
        case "AggregationEvent": .aggregation
        case "AssociationEvent": .association
        case "TransactionEvent": .transaction
        default: .other
        }
    }

    /// An error declaration in words: when, why, and the corrective events it names.
    static func declaration(of event: ImportedEvent) -> String {
        let declaration = event.json["errorDeclaration"]
        var corrective: [String] = []
        if case .array(let ids) = declaration?["correctiveEventIDs"] ?? .null {
            corrective = ids.compactMap(\.stringValue)
        }
        return Message.EPCISImport.declaration(
            type: event.type, id: event.hashID, at: declaration?["declarationTime"]?.stringValue,
            reason: declaration?["reason"]?.stringValue, corrective: corrective
        ).en
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
