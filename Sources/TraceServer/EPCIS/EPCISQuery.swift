import Foundation
import Hummingbird
import TraceCrypto
import TraceModel

/// The EPCIS 2.0 simple event query the hub answers on `GET /events` (and `/epcs/{epc}/events`,
/// `/eventTypes/{type}/events`): the standard query parameters that apply to FoodTrace's events, read from the URI
/// query string (list values `|`-separated, as the REST binding's `pipeDelimited` style says), and the match of one
/// event against them. Every condition given must hold; each list holds when one of its values does.
///
/// Left out, answered 501 naming the ones served: the other standard parameters (record times, actions,
/// dispositions, read points, quantities, sensor values, error declarations, ordering and counts, `WD_` hierarchies).
struct EPCISQuery: Sendable, Equatable {
    var eventTypes: [String]?
    var fromMilliseconds: Int64?
    var untilMilliseconds: Int64?
    var bizSteps: [String]?
    var anyEPC: [String]?
    var epcClasses: [String]?
    var bizLocations: [String]?
    var eventIDs: [String]?
    var perPage = EPCISQuery.defaultPerPage
    /// Where the page starts: after this position in ingest order (from `nextPageToken`).
    var after: Int64 = 0
    /// The EPC of `/epcs/{epc}/events`: an EPC of the event (as `MATCH_anyEPC` matches) must match it too.
    var pathEPC: String?
    /// The type of `/eventTypes/{eventType}/events`: the event must have it too.
    var pathEventType: String?

    static let defaultPerPage = 30
    /// The most events one page holds, whatever `perPage` asks.
    static let maximumPerPage = 1_000
    static let served = [
        "eventType", "GE_eventTime", "LT_eventTime", "EQ_bizStep", "MATCH_anyEPC", "MATCH_epcClass", "EQ_bizLocation",
        "EQ_eventID", "perPage", "nextPageToken",
    ]
    /// Names of the standard parameters not served (the prefixes of the EPCIS query language and its fixed names).
    static let standardPrefixes = [
        "EQ_", "GE_", "LT_", "GT_", "LE_", "MATCH_", "WD_", "EXISTS_", "HASATTR_", "EQATTR_", "EQ_INNER_", "GE_INNER_",
        "LT_INNER_", "GT_INNER_", "LE_INNER_", "EXISTS_INNER_",
    ]
    static let standardNames: Set<String> = ["orderBy", "orderDirection", "eventCountLimit", "maxEventCount"]

    /// The query of `parameters`; 400 for a value out of form, 501 for a standard parameter not served.
    init(_ parameters: Parameters, epc: String? = nil, eventType: String? = nil) throws(HubError) {
        pathEPC = epc
        pathEventType = eventType
        var seen: Set<String> = []
        for (key, _) in parameters {
            let name = String(key)
            guard seen.insert(name).inserted else {
                throw .badRequest("query parameter \(name) is given twice; give one, its values separated by |")
            }
            guard Self.served.contains(name) else {
                if Self.standardNames.contains(name) || Self.standardPrefixes.contains(where: { name.hasPrefix($0) }) {
                    throw .notImplemented(
                        "the EPCIS query parameter \(name.prefix(60)) is not served by this hub; it serves "
                            + Self.served.joined(separator: ", "))
                }
                throw .badRequest(
                    "\(name.prefix(60)) is not an EPCIS query parameter (QueryParameterException); this hub serves "
                        + Self.served.joined(separator: ", "))
            }
        }
        eventTypes = try Self.list(parameters, "eventType")
        if let types = eventTypes, let unknown = types.first(where: { !EPCISRoutes.eventTypes.contains($0) }) {
            // An extension or AssociationEvent: a valid value that no FoodTrace event has.
            guard unknown.first?.isLetter == true,
                unknown.allSatisfy({ $0.isLetter || $0.isNumber || ":/.-_#".contains($0) })
            else { throw .badRequest("eventType \(unknown.prefix(60)) is not an event type name") }
        }
        fromMilliseconds = try Self.time(parameters, "GE_eventTime")
        untilMilliseconds = try Self.time(parameters, "LT_eventTime")
        bizSteps = try Self.list(parameters, "EQ_bizStep")?.map(Self.bareBizStep)
        anyEPC = try Self.list(parameters, "MATCH_anyEPC")
        epcClasses = try Self.list(parameters, "MATCH_epcClass")
        bizLocations = try Self.list(parameters, "EQ_bizLocation")
        eventIDs = try Self.list(parameters, "EQ_eventID")
        perPage = Int(
            try QueryValue.integer(
                parameters, "perPage", default: Int64(Self.defaultPerPage), range: 1...Int64(Self.maximumPerPage)))
        if let token = parameters.get("nextPageToken") {
            after = try Self.position(fromToken: token, fingerprint: fingerprint)
        }
    }

    /// `|`-separated values, none empty.
    private static func list(_ parameters: Parameters, _ name: String) throws(HubError) -> [String]? {
        guard let text = parameters.get(name) else { return nil }
        let values = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard !values.contains(where: \.isEmpty), values.allSatisfy({ $0.count <= 512 }) else {
            throw .badRequest("query parameter \(name): give one or more values separated by |, none empty")
        }
        return values
    }

    private static func time(_ parameters: Parameters, _ name: String) throws(HubError) -> Int64? {
        guard let text = parameters.get(name) else { return nil }
        guard let time = Timestamp(text) else {
            throw .badRequest(
                "query parameter \(name)=\(text.prefix(40)): an RFC 3339 time with an offset, e.g. 2026-11-28T06:30:00+08:00"
            )
        }
        return time.epochMilliseconds
    }

    /// A standard business step as its bare word (`shipping`), from its URI or CURIE forms; other values as given.
    static func bareBizStep(_ value: String) -> String {
        for prefix in [
            "https://ref.gs1.org/cbv/BizStep-", "urn:epcglobal:cbv:bizstep:", "cbv:BizStep-", "gs1:BizStep-",
        ]
        where value.hasPrefix(prefix) {
            return String(value.dropFirst(prefix.count))
        }
        return value
    }

    // MARK: - Paging

    /// What a page token is bound to: the filters, so that a token cannot be replayed with others.
    var fingerprint: String {
        let parts: [String] = [
            eventTypes?.joined(separator: "|") ?? "", fromMilliseconds.map(String.init) ?? "",
            untilMilliseconds.map(String.init) ?? "", bizSteps?.joined(separator: "|") ?? "",
            anyEPC?.joined(separator: "|") ?? "", epcClasses?.joined(separator: "|") ?? "",
            bizLocations?.joined(separator: "|") ?? "", eventIDs?.joined(separator: "|") ?? "", pathEPC ?? "",
            pathEventType ?? "",
        ]
        return Hex.encode(Array(Digest.sha256(Array(parts.joined(separator: "\n").utf8)).prefix(6)))
    }

    /// The token of the page after the event at `position`: the position and the query's fingerprint.
    func token(after position: Int64) -> String { "\(position)-\(fingerprint)" }

    private static func position(fromToken token: String, fingerprint: String) throws(HubError) -> Int64 {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = Int64(parts[0]), position >= 0 else {
            throw .badRequest("nextPageToken \(token.prefix(40)) is not one this hub gave")
        }
        guard parts[1] == fingerprint else {
            throw .badRequest(
                "nextPageToken \(token.prefix(40)) belongs to another query: ask again with the parameters of the page it came from"
            )
        }
        return position
    }
}
