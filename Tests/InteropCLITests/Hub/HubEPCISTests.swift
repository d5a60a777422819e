import Foundation
import Testing
import TraceModel

/// The hub's EPCIS 2.0 REST binding over loopback HTTP, against the partner chain (a farm's two lots, shipped; the
/// slaughterhouse receiving the first): `GET /events` answers `foodtrace export epcis`'s events (same content, same hash
/// IDs) filtered as the standard's query parameters say, checked against the export filtered by hand, with the
/// bounds of each condition (an event at `LT_eventTime` is out, one at `GE_eventTime` in); following `Link` pages
/// gives every event once; capture of the chain's export (JSON-LD, then XML) into an empty hub stores its records
/// (all of them, then none again) and the hub traces the slaughterhouse's lot up to the farm; a capture with a
/// record the store refuses, or with a partner's event (no signed record), stores nothing.
@Suite("Hub: EPCIS REST binding", .serialized)
struct HubEPCISTests {
    /// The partner chain with a second lot produced and shipped, its export, and a token reading the hub.
    static func chain() throws -> (sandbox: Sandbox, token: String) {
        let sandbox = try Sandbox()
        try PartnerChain.make(in: sandbox)
        try PartnerChain.record(
            "produce", key: PartnerChain.farm, at: PartnerChain.at(20),
            body: """
                {"batch":"\(secondLot)","product":{"code":"01030101","name":"生猪","category":"live-pig"},
                 "quantity":{"value":"500","unit":"kg"},"origin":{"area":"510112","name":"龙泉驿区"}}
                """, in: sandbox)
        try PartnerChain.record(
            "ship", key: PartnerChain.farm, at: PartnerChain.at(21),
            body: """
                {"shipment":"F-2026-002","batch":"\(secondLot)","quantity":{"value":"500","unit":"kg"},"to":"\(PartnerChain.slaughterhouse)","documents":[]}
                """, in: sandbox)
        try sandbox.ok(["export", "epcis", "--store", PartnerChain.store, "--out", "export.jsonld"])
        let token = try sandbox.ok([
            "token", "issue", "--key", PartnerChain.regulatorKey, "--subject", "tests", "--scope", "read:trace",
            "--expires", "1h",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (sandbox, token)
    }

    static let secondLot = TraceCode(area: "510112", node: "003", date: "261128", serial: 2)!

    static func events(of document: [String: Any]) -> [[String: Any]] {
        let body = document["epcisBody"] as? [String: Any]
        let list =
            body?["eventList"]
            ?? ((body?["queryResults"] as? [String: Any])?["resultsBody"] as? [String: Any])?[
                "eventList"]
        return list as? [[String: Any]] ?? []
    }

    static func ids(_ events: [[String: Any]]) -> [String] { events.compactMap { $0["eventID"] as? String } }

    /// Every page of `path`, following `Link: <…>; rel="next"`.
    static func allPages(_ hub: HubProcess, _ path: String, token: String) throws -> (
        events: [[String: Any]], pages: Int
    ) {
        var events: [[String: Any]] = []
        var next: String? = path
        var pages = 0
        while let current = next, pages < 50 {
            let answer = try hub.request("GET", current, token: token)
            #expect(answer.status == 200, "\(current): \(answer)")
            events += Self.events(of: try answer.json())
            pages += 1
            next = answer.headers["link"].flatMap { link in
                link.hasSuffix("rel=\"next\"") ? String(link.dropFirst().prefix { $0 != ">" }) : nil
            }
        }
        return (events, pages)
    }

    @Test func queriesAnswerTheExportsEventsFilteredAsTheStandardSays() throws {
        let (sandbox, token) = try Self.chain()
        let hub = try HubProcess(store: sandbox.file(PartnerChain.store), in: sandbox, extra: ["--rate", "0"])
        defer { hub.stop() }
        let exported = Self.events(of: try jsonObject(try sandbox.read("export.jsonld")))
        try #require(exported.count == 5, "five events: \(Self.ids(exported))")

        // Discovery, and the token.
        let options = try hub.request("OPTIONS", "/")
        #expect(options.status == 204 && options.headers["gs1-epcis-version"] == "2.0.0", "\(options)")
        #expect(options.headers["gs1-cbv-version"] == "2.0.0")
        #expect(try hub.request("GET", "/events").status == 401)
        let types = try hub.request("GET", "/eventTypes", token: token)
        #expect(types.status == 200 && types.body.contains("ObjectEvent"), "\(types)")

        // No filter: the export's events, in its order, byte for byte the same JSON values.
        let all = try hub.request("GET", "/events?perPage=1000", token: token)
        #expect(all.status == 200 && all.headers["link"] == nil, "\(all)")
        let document = try all.json()
        #expect(document["type"] as? String == "EPCISQueryDocument", "\(document.keys)")
        #expect(all.headers["gs1-epcis-version"] == "2.0.0")
        let served = Self.events(of: document)
        #expect(Self.ids(served) == Self.ids(exported))
        #expect(
            served.map { NSDictionary(dictionary: $0) } == exported.map { NSDictionary(dictionary: $0) },
            "the events are the export's")

        // Each filter against the export filtered by hand, with its bounds.
        func times(_ event: [String: Any]) -> String { event["eventTime"] as! String }
        let second = exported[1]
        func query(_ path: String) throws -> [String] {
            let answer = try hub.request("GET", path, token: token)
            #expect(answer.status == 200, "\(path): \(answer)")
            return Self.ids(Self.events(of: try answer.json()))
        }
        func escaped(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~")))!
        }
        let at = times(second)
        #expect(try query("/events?GE_eventTime=\(escaped(at))") == Self.ids(Array(exported.dropFirst())))
        #expect(try query("/events?LT_eventTime=\(escaped(at))") == Self.ids([exported[0]]))
        #expect(
            try query("/events?GE_eventTime=\(escaped(at))&LT_eventTime=\(escaped(times(exported[2])))")
                == Self.ids([second]))
        let shipping = exported.filter { $0["bizStep"] as? String == "shipping" }
        try #require(shipping.count == 2, "two shipments")
        #expect(try query("/events?EQ_bizStep=shipping") == Self.ids(shipping))
        #expect(
            try query("/events?EQ_bizStep=\(escaped("https://ref.gs1.org/cbv/BizStep-shipping"))") == Self.ids(shipping)
        )
        let steps = Set(exported.compactMap { $0["bizStep"] as? String })
        let other = try #require(steps.first { $0 != "shipping" })
        #expect(
            try query("/events?EQ_bizStep=shipping%7C\(other)")
                == Self.ids(exported.filter { ["shipping", other].contains($0["bizStep"] as? String) }))
        #expect(try query("/events?eventType=TransformationEvent").isEmpty)
        #expect(
            try query("/events?eventType=ObjectEvent")
                == Self.ids(exported.filter { $0["type"] as? String == "ObjectEvent" }))
        let classes = { (event: [String: Any]) in
            (event["quantityList"] as? [[String: Any]] ?? []).compactMap { $0["epcClass"] as? String }
        }
        let firstClass = try #require(classes(exported[0]).first, "the first lot's class")
        #expect(
            try query("/events?MATCH_epcClass=\(escaped(firstClass))")
                == Self.ids(exported.filter { classes($0).contains(firstClass) }))
        let locations = exported.compactMap { ($0["bizLocation"] as? [String: Any])?["id"] as? String }
        let location = try #require(locations.first, "a location")
        #expect(
            try query("/events?EQ_bizLocation=\(escaped(location))")
                == Self.ids(exported.filter { ($0["bizLocation"] as? [String: Any])?["id"] as? String == location }))
        let epcs = exported.flatMap {
            ($0["epcList"] as? [String] ?? []) + [$0["parentID"] as? String].compactMap { $0 }
        }
        if let epc = epcs.first {
            let holding = Self.ids(
                exported.filter { ($0["epcList"] as? [String] ?? []).contains(epc) || $0["parentID"] as? String == epc }
            )
            #expect(try query("/events?MATCH_anyEPC=\(escaped(epc))") == holding)
            #expect(try query("/epcs/\(escaped(epc))/events") == holding)
        }
        #expect(try query("/epcs/\(escaped("urn:epc:id:sgtin:0614141.107346.2017"))/events").isEmpty)
        // One event by its hash ID, in the path or among others.
        let ids = Self.ids(exported)
        let single = try hub.request("GET", "/events/\(escaped(ids[2]))", token: token)
        let singleIDs = Self.ids(Self.events(of: try single.json()))
        #expect(single.status == 200 && singleIDs == [ids[2]], "\(single)")
        let unknown = try hub.request("GET", "/events/\(escaped("ni:///sha-256;00?ver=CBV2.0"))", token: token)
        #expect(unknown.status == 404, "\(unknown)")
        #expect(try query("/events?EQ_eventID=\(escaped(ids[3]))%7C\(escaped(ids[0]))") == [ids[0], ids[3]])
        #expect(
            try query("/eventTypes/ObjectEvent/events")
                == Self.ids(exported.filter { $0["type"] as? String == "ObjectEvent" }))

        // Paging: two a page, every event once, in order; a token is bound to its query.
        let (paged, pages) = try Self.allPages(hub, "/events?perPage=2", token: token)
        #expect(Self.ids(paged) == Self.ids(exported) && pages == 3, "\(pages) pages: \(Self.ids(paged))")
        let (pagedShipping, shippingPages) = try Self.allPages(
            hub, "/events?EQ_bizStep=shipping&perPage=1", token: token)
        #expect(Self.ids(pagedShipping) == Self.ids(shipping) && shippingPages == 2)
        let first = try hub.request("GET", "/events?perPage=2", token: token)
        let link = try #require(first.headers["link"])
        let nextToken = try #require(link.split(separator: "nextPageToken=").last?.prefix { $0 != ">" })
        let replayed = try hub.request("GET", "/events?EQ_bizStep=shipping&nextPageToken=\(nextToken)", token: token)
        #expect(replayed.status == 400, "\(replayed)")

        // Out of form: 400; standard but not served: 501.
        for path in [
            "/events?perPage=0", "/events?perPage=1001", "/events?GE_eventTime=yesterday", "/events?colour=red",
            "/events?EQ_bizStep=", "/events?nextPageToken=abc",
        ] {
            #expect(try hub.request("GET", path, token: token).status == 400, "\(path)")
        }
        for path in [
            "/events?EQ_action=ADD", "/events?GE_recordTime=2026-01-01T00:00:00Z", "/events?orderBy=eventTime",
            "/bizSteps", "/queries", "/epcs",
        ] {
            #expect(try hub.request("GET", path, token: token).status == 501, "\(path)")
        }
    }

    /// Polls a capture job until it has finished.
    static func finished(_ hub: HubProcess, _ location: String) throws -> [String: Any] {
        for _ in 0..<200 {
            let job = try hub.request("GET", location).json()
            if job["running"] as? Bool == false { return job }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw HubFailure("capture job \(location) still running after 10 s")
    }

    /// An empty store trusting the chain's regulator, served by a hub.
    static func emptyHub(_ sandbox: Sandbox, name: String) throws -> HubProcess {
        try sandbox.ok([
            "init", "--store", name, "--regulator-key", PartnerChain.store + ".regulator.pub.pem",
        ])
        return try HubProcess(store: sandbox.file(name), in: sandbox, extra: ["--rate", "0"])
    }

    @Test func captureStoresTheExportsRecordsAllOrNothing() throws {
        let (sandbox, token) = try Self.chain()
        try sandbox.ok(["export", "epcis", "--store", PartnerChain.store, "--format", "xml", "--out", "export.xml"])
        let hub = try Self.emptyHub(sandbox, name: "hub.sqlite")
        defer { hub.stop() }
        let before = try sandbox.ledger("hub.sqlite")

        // Refused before any job: an error behaviour not served, a type not a document's, a document out of form.
        let json = try sandbox.bytes("export.jsonld")
        let proceed = try hub.request(
            "POST", "/capture", body: json,
            headers: ["Content-Type": "application/ld+json", "GS1-Capture-Error-Behaviour": "proceed"])
        #expect(proceed.status == 501, "\(proceed)")
        #expect(try hub.request("POST", "/capture", body: json, headers: ["Content-Type": "text/plain"]).status == 415)
        let broken = try hub.request(
            "POST", "/capture", body: Array(json.dropLast(20)), headers: ["Content-Type": "application/json"])
        #expect(broken.status == 400 && broken.errorCode == "epcis-validation", "\(broken)")
        let options = try hub.request("OPTIONS", "/capture")
        #expect(options.status == 204 && options.headers["gs1-capture-error-behaviour"] == "rollback", "\(options)")

        // A record the store refuses (the slaughterhouse's registration left out of the master data): nothing stored.
        var document = try jsonObject(try sandbox.read("export.jsonld"))
        var header = try #require(document["epcisHeader"] as? [String: Any])
        var master = try #require(header["epcisMasterData"] as? [String: Any])
        var vocabularies = try #require(master["vocabularyList"] as? [[String: Any]])
        var elements = try #require(vocabularies[0]["vocabularyElementList"] as? [[String: Any]])
        let count = elements.count
        elements.removeAll { element in
            let text = String(decoding: try! JSONSerialization.data(withJSONObject: element), as: UTF8.self)
            return text.contains(PartnerChain.slaughterhouse) && text.contains("slaughterhouse")
        }
        #expect(elements.count == count - 1, "the slaughterhouse's registration found")
        vocabularies[0]["vocabularyElementList"] = elements
        master["vocabularyList"] = vocabularies
        header["epcisMasterData"] = master
        document["epcisHeader"] = header
        let unregistered = try hub.request(
            "POST", "/capture", body: Array(try JSONSerialization.data(withJSONObject: document)),
            headers: ["Content-Type": "application/json"])
        #expect(unregistered.status == 202, "\(unregistered)")
        let refused = try Self.finished(hub, try #require(unregistered.headers["location"]))
        #expect(refused["success"] as? Bool == false && refused["recordsStored"] as? Int == 0, "\(refused)")
        let errors = refused["errors"] as? [[String: Any]] ?? []
        #expect(
            errors.contains { ($0["instance"] as? String)?.hasPrefix("$.epcisBody.eventList[") == true }, "\(errors)")
        #expect(try sandbox.ledger("hub.sqlite") == before, "a refused capture stores nothing")

        // A partner's event (no signed record): refused, nothing stored.
        let foreign = try sandbox.bytes(EPCISFixtures.root + "/examples/Example_9.6.1-ObjectEvent.jsonld")
        let partner = try hub.request(
            "POST", "/capture", body: foreign, headers: ["Content-Type": "application/ld+json"])
        let partnerJob = try Self.finished(hub, try #require(partner.headers["location"]))
        #expect(partnerJob["success"] as? Bool == false, "\(partnerJob)")
        #expect("\(partnerJob["errors"] ?? "")".contains("foodtrace import epcis"), "\(partnerJob)")
        #expect(try sandbox.ledger("hub.sqlite") == before)

        // The chain's export: every record stored, the same ledger; the hub traces the slaughterhouse's lot to the farm.
        let accepted = try hub.request("POST", "/capture", body: json, headers: ["Content-Type": "application/ld+json"])
        #expect(accepted.status == 202 && accepted.headers["gs1-epcis-version"] == "2.0.0", "\(accepted)")
        let location = try #require(accepted.headers["location"])
        #expect(location.hasPrefix("/capture/"))
        let done = try Self.finished(hub, location)
        #expect(done["success"] as? Bool == true && done["captureErrorBehaviour"] as? String == "rollback", "\(done)")
        #expect(try sandbox.ledger("hub.sqlite") == (try sandbox.ledger(PartnerChain.store)))
        let up = try hub.request("GET", "/trace/\(PartnerChain.liveLot)/up", token: token)
        #expect(up.status == 200 && up.body.contains(PartnerChain.farmLot.description), "\(up)")
        #expect(up.body.contains(PartnerChain.farm) && up.body.contains(PartnerChain.slaughterhouse))

        // The XML form of the same export: everything already there, nothing added.
        let xml = try hub.request(
            "POST", "/capture", body: try sandbox.bytes("export.xml"), headers: ["Content-Type": "application/xml"])
        let again = try Self.finished(hub, try #require(xml.headers["location"]))
        #expect(again["success"] as? Bool == true && again["recordsStored"] as? Int == 0, "\(again)")
        #expect((again["recordsAlreadyPresent"] as? Int ?? 0) > 0, "\(again)")
        #expect(try sandbox.ledger("hub.sqlite") == (try sandbox.ledger(PartnerChain.store)))
        let jobs = try hub.request("GET", "/capture", token: token)
        let listed = try JSONSerialization.jsonObject(with: Data(jobs.body.utf8)) as? [Any]
        #expect(jobs.status == 200 && listed?.count == 4, "\(jobs)")
    }
}
