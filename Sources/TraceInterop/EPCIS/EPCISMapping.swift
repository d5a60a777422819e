import TraceCrypto
import TraceModel

/// How FoodTrace records become EPCIS 2.0 events (export) — the table the README quotes.
///
/// | record | event | action | bizStep | disposition | what is listed |
/// |---|---|---|---|---|---|
/// | `produce` | ObjectEvent | ADD | commissioning | active | `quantityList` [batch]; `ilmd` product, origin, expiry |
/// | `transform` (slaughter) | TransformationEvent | — | killing | — | `inputQuantityList`, `outputQuantityList` |
/// | `transform` (other) | TransformationEvent | — | commissioning | — | same, `ilmd` `ft:process` |
/// | `ship` | ObjectEvent | OBSERVE | shipping | in_transit | batch; `bizTransactionList` desadv (shipment) + cert (documents); `sourceList`/`destinationList` owning_party + location |
/// | `receive` accepted | ObjectEvent | OBSERVE | accepting | active | upstream batch; same shipment and documents; `ft:localLot` the receiver's code |
/// | `receive` refused | ObjectEvent | OBSERVE | receiving | non_conformant | same |
/// | `test` | ObjectEvent | OBSERVE | inspecting | conformant / non_conformant | batch (no quantity); `sensorElementList` analyte as `type`, result as `stringValue`; report as `certificationInfo` + testres |
/// | `certify` | ObjectEvent | OBSERVE | inspecting (batch documents) | conformant / non_conformant for pass / fail | batch or empty `epcList`; `certificationInfo` + a `cert` bizTransaction |
/// | `sell` | ObjectEvent | OBSERVE | retail_selling | retail_sold | batch; the slip code as a bizTransaction of type `urn:foodtrace:btt:slip` |
/// | `use` | TransformationEvent | — | commissioning | — | every dish ingredient (summed per batch and unit) → the meal code |
/// | `recall` | ObjectEvent | OBSERVE | — | recalled | batch; `ft:recallNotice`, `ft:recallLevel`, `ft:reason` |
/// | `dispose` destroyed | ObjectEvent | DELETE | destroying | destroyed | batch with quantity |
/// | `dispose` returned | ObjectEvent | OBSERVE | — | returned | batch with quantity |
/// | `count` | ObjectEvent | OBSERVE | cycle_counting | — | batch with the counted quantity; `ft:note` |
/// | `void` | ObjectEvent | DELETE | — | — | the slip's code (no quantity); `ft:voidReason` |
/// | `attest` | the partner's event as received | | | | with `ft:record`, the attestation |
/// | `register`, `revoke` | not events: master data (see ``EPCISMasterData``) | | | | |
///
/// Every event: `eventTime` is the record's `at` as written, `eventTimeZoneOffset` its offset,
/// `eventID` the event's own hash ID (computed without it), `readPoint` the issuer's premises and,
/// where goods stay, `bizLocation` the premises they stay at (a stall's market). Lots are
/// class-level identifiers `urn:foodtrace:lot:<trace code>` with the quantity as a JSON number and
/// the unit's UN/CEFACT code (see ``FoodTraceURI``). The signed record travels in the event as
/// `ft:record` (its canonical JSON with `sig`, as a string, so a reader re-verifies the signature
/// over the exact bytes) and `ft:recordID`; `ft` is declared in `@context` as `urn:foodtrace:epcis:`.
public enum EPCISMapping {
    /// The event for a record, without `eventID`; `nil` for `register` and `revoke` (master data).
    public static func event(for record: Record, id: String, parties: any PartyLookup) throws(InteropError)
        -> JSONValue?
    {
        event(for: try RecordParts(record: record, id: id), parties: parties)
    }

    /// The event for a record's parts, without `eventID`; `nil` for `register` and `revoke`.
    static func event(for record: RecordParts, parties: any PartyLookup) -> JSONValue? {
        let places = Places(issuer: record.issuer, parties: parties)
        var event: EventBuilder
        switch record.body {
        case .register, .revoke: return nil
        case .produce(let b): event = produce(b, record.at, places)
        case .transform(let b): event = transform(b, record.at, places)
        case .ship(let b): event = ship(b, record.at, places)
        case .receive(let b): event = receive(b, record.at, places)
        case .test(let b): event = test(b, record.at, places)
        case .certify(let b): event = certify(b, record.at, places)
        case .sell(let b): event = sell(b, record.at, places)
        case .use(let b): event = use(b, record.at, places)
        case .recall(let b): event = recall(b, record.at, places)
        case .dispose(let b): event = dispose(b, record.at, places)
        case .count(let b): event = count(b, record.at, places)
        case .void(let b): event = void(b, record.at, places)
        case .attest(let b):
            // The partner's event as it was received (its own eventID left out: the export writes the hash ID).
            guard let original = try? JSONParser.parse(Array(b.event.event.utf8)), let members = original.objectMembers
            else { return nil }
            event = EventBuilder(members: members.filter { $0.key != "eventID" })
        }
        event.set("ft:recordID", record.id)
        event.set("ft:record", String(decoding: record.canonical, as: UTF8.self))
        return event.json
    }

    /// The record's decoded body, after checking that `id` is the record's id.
    static func checkedBody(of record: Record, id: String) throws(InteropError) -> AnyBody {
        let actualID = record.id
        guard actualID == id else {
            throw InteropError(place: Message.Interop.recordPlace(id), because: Message.Interop.recordHash(actualID))
        }
        do {
            return try record.decodedBody()
        } catch {
            throw InteropError(
                place: Message.Interop.recordPlace(id, field: error.field), because: error.reasonText)
        }
    }

    /// `event` with `eventID` placed after `eventTimeZoneOffset`.
    static func inserting(eventID: String, into event: JSONValue) -> JSONValue {
        guard var members = event.objectMembers else { return event }
        let index = (members.firstIndex { $0.key == "eventTimeZoneOffset" } ?? members.count - 1) + 1
        members.insert(("eventID", .string(eventID)), at: index)
        return .object(members)
    }

    /// The premises of the parties an event names.
    struct Places {
        var issuer: String
        var parties: any PartyLookup

        /// Where the issuer reads: its own premises.
        var readPoint: JSONValue { EventBuilder.location(FoodTraceURI.location(issuer)) }
        /// Where goods stay with the issuer: a stall's market, otherwise the issuer's premises.
        var bizLocation: JSONValue { EventBuilder.location(premises(of: issuer)) }

        func premises(of party: String) -> String {
            if let info = parties.party(party), info.role == .stall, let market = info.parent {
                return FoodTraceURI.location(market)
            }
            return FoodTraceURI.location(party)
        }

        /// An owning party and the location of its premises, for source and destination lists.
        func custody(_ party: String) -> [(type: String, value: String)] {
            [("owning_party", FoodTraceURI.party(party)), ("location", premises(of: party))]
        }
    }
}
