import Foundation
import TraceInterop
import TraceModel
import TraceStore

/// One page of a query's events: their JSON-LD, and where the next page starts when more events match.
struct EPCISEventPage {
    var events: [ArraySlice<UInt8>]
    var next: Int64?
}

extension EPCISQuery {
    /// Records read per store query while a page fills.
    static let chunk = 1_000

    /// The page starting after ``after``: the store's records in ingest order, mapped to events as
    /// `foodtrace export epcis` maps them (same parties, same content, same hash IDs), kept when they match. `next` is
    /// the position of the page's last event when another matching event follows it, so that following the tokens
    /// gives every matching event once. Register and revoke records are master data, not events.
    func page(in store: TraceStore, parties: StaticPartyLookup) throws -> EPCISEventPage {
        var events: [ArraySlice<UInt8>] = []
        var position = after
        var last = after
        while true {
            let records = try store.records(after: position, limit: Self.chunk)
            for item in records {
                position = item.position
                let prepared = try EPCISWriter.prepare(
                    storedRecord: item.record.raw, id: item.record.id, context: parties)
                guard let event = prepared.jsonEvent,
                    let object = try JSONSerialization.jsonObject(with: Data(event.json)) as? [String: Any],
                    matches(object)
                else { continue }
                if events.count == perPage { return EPCISEventPage(events: events, next: last) }
                events.append(event.json)
                last = item.position
            }
            if records.count < Self.chunk { return EPCISEventPage(events: events, next: nil) }
        }
    }

    /// Whether `event` (a JSON-LD event as JSONSerialization reads it) meets every condition of the query.
    func matches(_ event: [String: Any]) -> Bool {
        let type = event["type"] as? String ?? ""
        if let eventTypes, !eventTypes.contains(type) { return false }
        if let pathEventType, pathEventType != type { return false }
        if let eventIDs, !eventIDs.contains(event["eventID"] as? String ?? "") { return false }
        if fromMilliseconds != nil || untilMilliseconds != nil {
            guard let text = event["eventTime"] as? String, let time = Timestamp(text) else { return false }
            if let from = fromMilliseconds, time.epochMilliseconds < from { return false }
            if let until = untilMilliseconds, time.epochMilliseconds >= until { return false }
        }
        if let bizSteps {
            guard let step = event["bizStep"] as? String, bizSteps.contains(Self.bareBizStep(step)) else {
                return false
            }
        }
        if let bizLocations {
            guard let location = (event["bizLocation"] as? [String: Any])?["id"] as? String,
                bizLocations.contains(location)
            else { return false }
        }
        if anyEPC != nil || pathEPC != nil {
            var epcs = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"].flatMap {
                event[$0] as? [String] ?? []
            }
            if let parent = event["parentID"] as? String { epcs.append(parent) }
            for wanted in [anyEPC, pathEPC.map { [$0] }].compactMap({ $0 }) {
                guard epcs.contains(where: { epc in wanted.contains { Self.epc(epc, matches: $0) } }) else {
                    return false
                }
            }
        }
        if let epcClasses {
            let classes = ["quantityList", "childQuantityList"].flatMap {
                (event[$0] as? [[String: Any]] ?? []).compactMap { $0["epcClass"] as? String }
            }
            guard classes.contains(where: { epcClass in epcClasses.contains { Self.epc(epcClass, matches: $0) } })
            else { return false }
        }
        return true
    }

    /// EPCIS 2.0 §8.2.7.1.1: a query value matches an EPC or EPC class that is the same URI, or is an EPC pattern
    /// (`urn:epc:idpat:TYPE:F1.F2.*`) whose fields are the identifier's (`urn:epc:id:TYPE:…`, or a class
    /// `urn:epc:class:lgtin:…` for an `sgtin` pattern), `*` matching any field.
    static func epc(_ epc: String, matches pattern: String) -> Bool {
        if epc == pattern { return true }
        let idpat = "urn:epc:idpat:"
        guard pattern.hasPrefix(idpat) else { return false }
        let (patternType, patternFields) = typeAndFields(pattern.dropFirst(idpat.count))
        let body: Substring
        if epc.hasPrefix("urn:epc:id:") {
            body = epc.dropFirst("urn:epc:id:".count)
        } else if epc.hasPrefix("urn:epc:class:") {
            body = epc.dropFirst("urn:epc:class:".count)
        } else {
            return false
        }
        var (type, fields) = typeAndFields(body)
        if type == "lgtin" { type = "sgtin" }
        guard type == patternType, fields.count == patternFields.count else { return false }
        return zip(fields, patternFields).allSatisfy { $1 == "*" || $0 == $1 }
    }

    private static func typeAndFields(_ text: Substring) -> (Substring, [Substring]) {
        guard let colon = text.firstIndex(of: ":") else { return (text, []) }
        return (
            text[..<colon], text[text.index(after: colon)...].split(separator: ".", omittingEmptySubsequences: false)
        )
    }
}
