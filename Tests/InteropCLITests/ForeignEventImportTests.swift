import Foundation
import Testing
import TraceModel

/// Events from a partner's own EPCIS system become records signed by the importing party, which the
/// graph traces like native ones.
@Suite("foodtrace import epcis: foreign events")
struct ForeignEventImportTests {
    static let asn = "urn:epcglobal:cbv:bt:4012345000009:ASN1099"

    /// The slaughterhouse's ERP: it slaughters the received live pigs into an LGTIN carcass lot, records a
    /// packing association (which the graph cannot use), and ships 200 kg (as the same lot, written as a
    /// Digital Link this time) to the stall.
    static let erpDocument = """
        {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"erp":"https://erp.example.com/epcis/"}],
         "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-28T09:00:00+08:00",
         "epcisBody":{"eventList":[
          {"type":"TransformationEvent","eventTime":"2026-11-28T07:30:00+08:00","eventTimeZoneOffset":"+08:00",
           "inputQuantityList":[{"epcClass":"urn:foodtrace:lot:\(PartnerChain.liveLot)","quantity":1000,"uom":"KGM"}],
           "outputQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.C1","quantity":700.5,"uom":"KGM"}],
           "bizStep":"killing","readPoint":{"id":"urn:epc:id:sgln:4012345.00001.0"},"erp:line":"3"},
          {"type":"AssociationEvent","eventTime":"2026-11-28T07:45:00+08:00","eventTimeZoneOffset":"+08:00","action":"ADD",
           "parentID":"urn:epc:id:grai:4012345.55555.987","childEPCs":["urn:epc:id:giai:4000001.12345"]},
          {"type":"ObjectEvent","eventTime":"2026-11-28T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
           "bizStep":"shipping","disposition":"in_transit",
           "quantityList":[{"epcClass":"https://id.gs1.org/01/04012345123456/10/C1","quantity":200,"uom":"KGM"}],
           "bizTransactionList":[{"type":"desadv","bizTransaction":"\(asn)"}],
           "destinationList":[{"type":"owning_party","destination":"urn:foodtrace:party:\(PartnerChain.stall)"}]}
         ]}}
        """

    static func importERP(_ sandbox: Sandbox) throws -> RunResult {
        try sandbox.write("erp.jsonld", erpDocument)
        return try sandbox.run([
            "import", "epcis", "erp.jsonld", "--store", PartnerChain.store, "--key",
            PartnerChain.slaughterhouse.lowercased() + ".key", "--product-name", "白条猪肉", "--category", "pork",
            "--format", "json",
        ])
    }

    @Test("a partner's slaughter and shipment are traced from the stall's slip back to the farm")
    func foreignChainIsTraced() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        let result = try Self.importERP(sandbox)
        try #require(result.status == 0, "\(result)")
        let report = try jsonObject(result.stdout)
        #expect(report["accepted"] as? Int == 2 && report["signedByImporter"] as? Int == 2)
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(skipped.count == 1)
        #expect(skipped.first?["path"] as? String == "$.epcisBody.eventList[1]")
        #expect((skipped.first?["reason"] as? String)?.contains("AssociationEvent") == true)
        let kinds = try #require(report["skippedByKind"] as? [[String: Any]])
        #expect(kinds.count == 1 && kinds.first?["kind"] as? String == "AssociationEvent")
        #expect(kinds.first?["count"] as? Int == 1)

        // The imported slaughter made one carcass lot of the slaughterhouse's node.
        let down = try sandbox.trace("down", PartnerChain.liveLot.digits, store: PartnerChain.store)
        let nodes = try #require(down["nodes"] as? [[String: Any]])
        let carcass = try #require(nodes.first { $0["code"] as? String != PartnerChain.liveLot.digits })
        let carcassCode = try #require(carcass["code"] as? String)
        #expect(carcassCode.hasPrefix("510113001"))
        #expect(carcass["kind"] as? String == "transform" && carcass["party"] as? String == PartnerChain.slaughterhouse)

        // The imported record keeps the original event and its hash ID.
        let recordID = try #require(carcass["record"] as? String)
        let shown = try jsonObject(
            try sandbox.ok(["show", recordID, "--store", PartnerChain.store, "--format", "json"]).stdout)
        #expect(shown["issuer"] as? String == PartnerChain.slaughterhouse)
        let body = try #require(shown["body"] as? [String: Any])
        let origin = try #require(body["epcis"] as? [String: Any])
        let hashes = try sandbox.ok(["epcis", "hash", "erp.jsonld"]).stdout.split(separator: "\n").map(String.init)
        #expect(origin["eventID"] as? String == hashes.first)
        #expect((origin["event"] as? String)?.contains(#""erp:line":"3""#) == true)

        // The stall receives the partner's shipment natively, with the certificates pork needs before sale, and
        // sells from it.
        try PartnerChain.record(
            "receive", key: PartnerChain.stall, at: "2026-11-28T09:30:00+08:00",
            body: """
                {"shipment":"\(Self.asn)","from":"\(PartnerChain.slaughterhouse)","batch":"\(carcassCode)","as":"\(PartnerChain.stallLot)",
                 "quantity":{"value":"200","unit":"kg"},"accepted":true,
                 "documents":[{"type":"product-quarantine","number":"P-77"},{"type":"meat-inspection","number":"M-77"}]}
                """, in: sandbox)
        try PartnerChain.record(
            "sell", key: PartnerChain.stall, at: "2026-11-28T10:00:00+08:00",
            body: """
                {"slip":"\(PartnerChain.slip)","batch":"\(PartnerChain.stallLot)","quantity":{"value":"2.5","unit":"kg"},"unitPrice":"28","amount":"70"}
                """, in: sandbox)
        let up = try sandbox.trace("up", PartnerChain.slip.digits, store: PartnerChain.store)
        let upCodes = Set(try #require(up["nodes"] as? [[String: Any]]).compactMap { $0["code"] as? String })
        #expect(
            upCodes == [
                PartnerChain.slip.digits, PartnerChain.stallLot.digits, carcassCode, PartnerChain.liveLot.digits,
                PartnerChain.farmLot.digits,
            ])
        let origins = try #require(up["origins"] as? [[String: Any]])
        #expect(origins.compactMap { $0["code"] as? String } == [PartnerChain.farmLot.digits])
        try sandbox.ok(["verify", "--store", PartnerChain.store])
    }

    @Test("importing the same document again adds nothing")
    func idempotent() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        try #require(try Self.importERP(sandbox).status == 0)
        let before = try sandbox.ledger(PartnerChain.store)
        let again = try Self.importERP(sandbox)
        try #require(again.status == 0, "\(again)")
        let report = try jsonObject(again.stdout)
        #expect(report["accepted"] as? Int == 0 && report["alreadyImportedEvents"] as? Int == 2)
        #expect(try sandbox.ledger(PartnerChain.store) == before)
    }

    @Test("foreign events need an importer registered in the store")
    func unregisteredImporter() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        try sandbox.ok(["keys", "new", "--party", "PROC-510104-009", "--out", "stranger.key"])
        try sandbox.write("erp.jsonld", Self.erpDocument)
        let before = try sandbox.ledger(PartnerChain.store)
        let result = try sandbox.run([
            "import", "epcis", "erp.jsonld", "--store", PartnerChain.store, "--key", "stranger.key",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("party PROC-510104-009 is not registered in this store"), "\(result.stderr)")
        #expect(result.stderr.contains("$.epcisBody.eventList[0]"))
        #expect(try sandbox.ledger(PartnerChain.store) == before)
    }

    @Test("a foreign event the store refuses refuses the whole document, with its JSON path; nothing is stored")
    func refusedByTheStore() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        let before = try sandbox.ledger(PartnerChain.store)
        // Shipping to a party this store does not know.
        try sandbox.write(
            "erp.jsonld",
            Self.erpDocument.replacingOccurrences(
                of: "urn:foodtrace:party:\(PartnerChain.stall)", with: "urn:epc:id:pgln:4012345.00000"))
        let result = try sandbox.run([
            "import", "epcis", "erp.jsonld", "--store", PartnerChain.store, "--key",
            PartnerChain.slaughterhouse.lowercased() + ".key",
        ])
        #expect(result.status == 2, "\(result)")
        // In the partner's words: the event's place in the document, its id, its lot and the party it names.
        #expect(
            result.stderr.contains("$.epcisBody.eventList[2] (event 3 of the document, eventID ni:///sha-256;"),
            "\(result.stderr)")
        #expect(result.stderr.contains("https://id.gs1.org/01/04012345123456/10/C1, to urn:epc:id:pgln:4012345.00000)"))
        #expect(result.stderr.contains("record sha256:"), "\(result.stderr)")
        #expect(result.stderr.contains("field $.body.to: receiving party EXT-"), "\(result.stderr)")
        #expect(result.stdout.contains("nothing was stored"))
        #expect(try sandbox.ledger(PartnerChain.store) == before)
    }

    @Test("one cause is reported once: the chain gaps a refused record leaves are counted under it, not listed")
    func oneCauseOnce() throws {
        let sandbox = try Sandbox(language: "en")
        try PartnerChain.make(in: sandbox)
        let before = try sandbox.ledger(PartnerChain.store)
        // The shipment to an unknown party is refused; the next shipment (to the stall) is fine in itself but
        // would follow the refused record in the importer's chain.
        let refusedShipment = Self.erpDocument.replacingOccurrences(
            of: "urn:foodtrace:party:\(PartnerChain.stall)", with: "urn:epc:id:pgln:4012345.00000")
        let lastEvent = try #require(refusedShipment.range(of: #"{"type":"ObjectEvent""#, options: .backwards))
        let secondShipment = Self.erpDocument[
            try #require(Self.erpDocument.range(of: #"{"type":"ObjectEvent""#, options: .backwards)).lowerBound...
        ]
        .replacingOccurrences(of: "2026-11-28T08:00:00+08:00", with: "2026-11-28T08:10:00+08:00")
        let document =
            String(refusedShipment[..<lastEvent.lowerBound])
            + String(refusedShipment[lastEvent.lowerBound...]).replacingOccurrences(
                of: "\n ]}}", with: ",\n" + secondShipment.replacingOccurrences(of: "\n ]}}", with: "") + "\n ]}}")
        try sandbox.write("erp.jsonld", document)
        let result = try sandbox.run([
            "import", "epcis", "erp.jsonld", "--store", PartnerChain.store, "--key",
            PartnerChain.slaughterhouse.lowercased() + ".key",
        ])
        #expect(result.status == 2, "\(result)")
        let refusals = result.stderr.split(separator: "\n").filter { $0.contains("record sha256:") }
        #expect(refusals.count == 1, "\(result.stderr)")
        #expect(refusals.first?.contains("$.epcisBody.eventList[2] (event 3 of the document") == true)
        #expect(
            refusals.first?.hasSuffix("; 1 later record(s) of the same chain were refused because of it") == true,
            "\(result.stderr)")
        #expect(!result.stderr.contains("gap in the chain"))
        #expect(try sandbox.ledger(PartnerChain.store) == before)
    }
}
