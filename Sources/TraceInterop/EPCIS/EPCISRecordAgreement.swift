import TraceModel

/// The check that an event carrying a signed FoodTrace record (`ft:record`) says what the record says.
///
/// The record is what its party signed; the event around it is only a rendering, which anyone could
/// edit. So the event FoodTrace's export writes for the record is made again (``EPCISMapping``) and
/// every member of it — type, time, action, business step, disposition, lots and quantities, places,
/// parties, documents, sensor reports — must be in the document's event and hash alike (the event
/// hash's normalisation, so `+08:00` and `Z` times of the same instant agree). Members the export does
/// not write (a partner's own extensions, comments) are left alone. Places and parties are compared
/// only when the record's issuer is registered in the document's master data, which says whether it
/// is a stall (whose goods stay at its market).
enum EPCISRecordAgreement {
    /// Throws for the first event, in document order, whose members contradict its embedded record.
    static func check(_ events: [ImportedEvent], masterRecords: [MasterRecord], context: EPCISContext)
        throws(InteropError)
    {
        guard events.contains(where: { $0.foodTraceRecord != nil }) else { return }
        var parties: [PartyInfo] = []
        for master in masterRecords {
            if case .register(let body)? = try? master.record.decodedBody() {
                parties.append(PartyInfo(registration: body))
            }
        }
        let lookup = StaticPartyLookup(parties: parties)
        for event in events {
            guard let record = event.foodTraceRecord else { continue }
            try check(event, record: record, parties: lookup, context: context.adding(event.json["@context"]))
        }
    }

    /// Members whose value depends on the parties' premises.
    static let placeMembers: Set<String> = ["readPoint", "bizLocation", "sourceList", "destinationList"]

    static func check(_ event: ImportedEvent, record: Record, parties: StaticPartyLookup, context: EPCISContext)
        throws(InteropError)
    {
        let parts = try RecordParts(record: record, id: record.id)
        guard let expected = EPCISMapping.event(for: parts, parties: parties)?.objectMembers else {
            throw InteropError(
                path: event.path,
                because: Message.Interop.masterNotEvent(kind: record.kind.rawValue, id: parts.id))
        }
        if let type = expected.first(where: { $0.key == "type" })?.value.stringValue, type != event.type {
            throw InteropError(
                path: event.path + ".type",
                because: Message.Interop.typeContradicts(
                    id: parts.id, kind: record.kind.rawValue, type: type, stated: event.type))
        }
        let placesKnown = parties.party(record.issuer) != nil
        let written = event.json.objectMembers ?? []
        for member in expected where member.key != "ft:record" && member.key != "ft:recordID" {
            if !placesKnown && placeMembers.contains(member.key) { continue }
            let name = EPCISWriter.context.hashName(member.key)
            let stated = written.first { context.hashName($0.key) == name }
            let want = fragment(member.key, member.value, context: EPCISWriter.context)
            let path = event.path + EventFields.pathComponent(stated?.key ?? member.key)
            guard let stated else {
                throw InteropError(
                    path: path,
                    because: Message.Interop.memberMissing(id: parts.id, want: shown(want)))
            }
            let have = fragment(stated.key, stated.value, context: context)
            if have != want {
                throw InteropError(
                    path: path,
                    because: Message.Interop.memberContradicts(
                        id: parts.id, issuer: record.issuer, want: shown(want), have: shown(have)))
            }
        }
    }

    /// One member as the event hash writes it (its pre-hash text after `eventType=`), the members of each
    /// `{type, value}` entry put type first (their order changes the hash, not the meaning).
    private static func fragment(_ key: String, _ value: JSONValue, context: EPCISContext) -> String {
        var value = value
        if EPCISEventHash.typedEntryLists[key] != nil, case .array(let entries) = value {
            value = .array(
                entries.map { entry in
                    guard let members = entry.objectMembers else { return entry }
                    return .object(members.filter { $0.key == "type" } + members.filter { $0.key != "type" })
                })
        }
        let text = EPCISEventHash.preHashString(event: .object([(key, value)]), context: context)
        return String(text.dropFirst("eventType=".count))
    }

    private static func shown(_ text: String) -> String {
        let cut = text.count > 160 ? String(text.prefix(160)) + "…" : text
        return "\"\(cut)\""
    }
}
