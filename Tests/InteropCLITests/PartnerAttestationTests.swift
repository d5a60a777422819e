import Foundation
import Testing

/// A four-party chain from EPCIS systems of parties none of whom is registered in the importing store —
/// farm → processor → distributor → retailer, one document each, with master data — is kept as evidence the
/// importing party attests, and traced through the real binary.
@Suite("foodtrace import epcis --from: a partner chain as attested evidence")
struct PartnerAttestationTests {
    static let store = "hub.sqlite"
    static let importer = "WM-510106-001"
    static let documents = [
        ("1-farm.jsonld", "urn:epc:id:pgln:4012345.00000"),
        ("2-processor.jsonld", "urn:epc:id:pgln:4023456.00000"),
        ("3-distributor.jsonld", "urn:epc:id:pgln:4034567.00000"),
        ("4-retailer.jsonld", "urn:epc:id:pgln:4045678.00000"),
    ]
    static let farm = "GLN-4012345000009"
    static let retailer = "GLN-4045678000002"

    static var chainFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/epcis-partner-chain")
    }

    /// A store trusting its regulator, with `parties` registered (none of the chain's), each with a key file
    /// `<id lower-cased>.key`.
    static func makeStore(in sandbox: Sandbox, parties: [String]) throws {
        try sandbox.ok(["init", "--store", store])
        for (index, id) in parties.enumerated() {
            let key = try jsonObject(
                try sandbox.ok(["keys", "new", "--party", id, "--out", id.lowercased() + ".key", "--format", "json"])
                    .stdout)
            try sandbox.ok([
                "record", "register", "--store", store, "--key", store + ".regulator.key",
                "--at", "2026-12-01T08:0\(index):00+08:00", "--field", "party=\(id)", "--field", "name=成都农产品批发市场",
                "--field", "role=wholesale-market", "--field", "area=510106", "--field", "node=00\(index + 1)",
                "--field", #"keys:=[{"id":"\#(key["id"]!)","alg":"\#(key["alg"]!)","spki":"\#(key["spki"]!)"}]"#,
            ])
        }
        for (name, _) in documents {
            try sandbox.write(name, try String(contentsOf: chainFolder.appendingPathComponent(name), encoding: .utf8))
            let xml = name.replacingOccurrences(of: ".jsonld", with: ".xml")
            try sandbox.write(xml, try String(contentsOf: chainFolder.appendingPathComponent(xml), encoding: .utf8))
        }
    }

    static func importDocument(_ name: String, from: String, key: String, in sandbox: Sandbox) throws -> [String: Any] {
        try jsonObject(
            try sandbox.ok([
                "import", "epcis", name, "--store", store, "--key", key.lowercased() + ".key", "--from", from,
                "--format", "json",
            ]).stdout)
    }

    /// `sha256:` and the hex SHA-256 of a file, by coreutils' `sha256sum`.
    static func sha256(_ name: String, in sandbox: Sandbox) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [sandbox.file(name)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return "sha256:" + String(output.prefix(64))
    }

    @Test(
        "trace up from the retail lot reaches the farm lot, every hop attested with its document; a drill of the farm lot reaches the retailer"
    )
    func chainIsTracedAsAttested() throws {
        let sandbox = try Sandbox(language: "en")
        try Self.makeStore(in: sandbox, parties: [Self.importer])
        var reports: [[String: Any]] = []
        for (name, from) in Self.documents {
            let report = try Self.importDocument(name, from: from, key: Self.importer, in: sandbox)
            #expect(report["committed"] as? Bool == true)
            #expect(report["attestedFrom"] as? String == from)
            #expect(report["attestedDocument"] as? String == (try Self.sha256(name, in: sandbox)))
            reports.append(report)
        }
        // Every event is attested, one record each: an act the graph traces, or kept without one (counted by kind);
        // none is skipped.
        #expect(reports.map { $0["signedByImporter"] as? Int } == [3, 4, 3, 3])
        let keptKinds = reports.flatMap { ($0["keptByKind"] as? [[String: Any]]) ?? [] }.compactMap {
            $0["kind"] as? String
        }
        #expect(keptKinds.sorted() == ["aggregation", "association", "transaction"])
        #expect(reports.allSatisfy { ($0["skipped"] as? [Any])?.isEmpty == true })

        let farmLots = try #require(reports[0]["attestedLots"] as? [[String: Any]])
        let farmLot = try #require(farmLots.first { $0["kind"] as? String == "produce" }?["code"] as? String)
        let retailLots = try #require(reports[3]["attestedLots"] as? [[String: Any]])
        let retailLot = try #require(
            retailLots.first { $0["kind"] as? String == "transform" && $0["party"] as? String == Self.retailer }?[
                "code"] as? String)

        let up = try sandbox.trace("up", retailLot, store: Self.store)
        let nodes = try #require(up["nodes"] as? [[String: Any]])
        #expect(nodes.count == 6)
        #expect(nodes.contains { $0["code"] as? String == farmLot })
        let hashes = try Dictionary(
            uniqueKeysWithValues: Self.documents.map { ($0.1, try Self.sha256($0.0, in: sandbox)) })
        for node in nodes {
            let attested = try #require(node["attested"] as? [String: Any], "\(node["code"] ?? "?") is not attested")
            #expect(attested["by"] as? String == Self.importer)
            let from = try #require(attested["from"] as? String)
            #expect(attested["document"] as? String == hashes[from])
            #expect((attested["event"] as? String)?.hasPrefix("ni:///sha-256;") == true)
            #expect((node["party"] as? String)?.hasPrefix("GLN-") == true)
        }
        let origins = try #require(up["origins"] as? [[String: Any]])
        #expect(origins.map { $0["code"] as? String } == [farmLot])
        #expect(origins.first?["partyName"] as? String == "Green Valley Pig Farm")
        #expect(up["complete"] as? Bool == true, "\(up["gaps"] ?? [])")
        // The text says so on every hop.
        let text = try sandbox.run(["trace", "up", retailLot, "--store", Self.store, "--lang", "en"]).stdout
        #expect(text.components(separatedBy: "not signed by the party").count - 1 == 6)
        #expect(text.contains("attested by \(Self.importer) from document \(hashes["urn:epc:id:pgln:4012345.00000"]!)"))

        let drill = try sandbox.run(["recall", "drill", "--batch", farmLot, "--store", Self.store, "--format", "json"])
        let drillReport = try jsonObject(drill.stdout)
        let forward = try #require(drillReport["forward"] as? [String: Any])
        let parties = try #require(forward["parties"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(parties.contains(Self.retailer))
        let drillText = try sandbox.run(["recall", "drill", "--batch", farmLot, "--store", Self.store, "--lang", "en"])
            .stdout
        #expect(drillText.contains("attested hops (a partner's word, not signed by the hop's party): 7"))
        let chinese = try sandbox.run(["trace", "up", retailLot, "--store", Self.store, "--lang", "zh"]).stdout
        #expect(chinese.components(separatedBy: "并非该方").count - 1 == 6, "\(chinese)")
    }

    @Test("the same document imported again adds nothing, by the same or a second party: an event is attested once")
    func sameEventsSameNodes() throws {
        let sandbox = try Sandbox(language: "en")
        let second = "WM-510106-002"
        try Self.makeStore(in: sandbox, parties: [Self.importer, second])
        let (name, from) = Self.documents[0]
        _ = try Self.importDocument(name, from: from, key: Self.importer, in: sandbox)
        let ledger = try sandbox.ledger(Self.store)
        let again = try Self.importDocument(name, from: from, key: Self.importer, in: sandbox)
        #expect(again["accepted"] as? Int == 0 && again["alreadyImportedEvents"] as? Int == 3)
        #expect(try sandbox.ledger(Self.store) == ledger)

        // Another importer receives the same document: its events are in the store already, the same acts on the
        // same lots; nothing is added and the nodes stay attested by the first.
        let other = try Self.importDocument(name, from: from, key: second, in: sandbox)
        #expect(other["accepted"] as? Int == 0 && other["alreadyImportedEvents"] as? Int == 3)
        #expect(try sandbox.ledger(Self.store) == ledger)
        let farmLot = try #require((other["attestedLots"] as? [[String: Any]])?.first?["code"] as? String)
        let down = try sandbox.trace("down", farmLot, store: Self.store)
        let nodes = try #require(down["nodes"] as? [[String: Any]])
        #expect(nodes.count == 1)
        let attested = try #require(nodes.first?["attested"] as? [String: Any])
        #expect(attested["by"] as? String == Self.importer)
        // verify derives the attested nodes again from the attestations: nothing to report.
        try sandbox.ok(["verify", "--store", Self.store])
    }

    @Test("an event whose party is registered in the store is refused, naming the party; nothing is stored")
    func registeredPartyIsNotAttested() throws {
        let sandbox = try Sandbox(language: "en")
        try Self.makeStore(in: sandbox, parties: [Self.importer, "WM-510106-002"])
        let document = try String(contentsOf: Self.chainFolder.appendingPathComponent("1-farm.jsonld"), encoding: .utf8)
            .replacingOccurrences(
                of: #""bizLocation": {"id": "urn:epc:id:sgln:4012345.00000.0"},"#,
                with: #""bizLocation": {"id": "urn:foodtrace:loc:WM-510106-002"},"#)
        try sandbox.write("forged.jsonld", document)
        let ledger = try sandbox.ledger(Self.store)
        let result = try sandbox.run([
            "import", "epcis", "forged.jsonld", "--store", Self.store, "--key", Self.importer.lowercased() + ".key",
            "--from", "urn:epc:id:pgln:4012345.00000",
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("party WM-510106-002 is registered in this store"), "\(result.stderr)")
        #expect(result.stderr.contains("$.epcisBody.eventList[0]"), "\(result.stderr)")
        #expect(try sandbox.ledger(Self.store) == ledger)
    }

    @Test("the chain's EPCIS XML documents import as the JSON-LD ones do: the same hash IDs, lots and trace")
    func xmlChain() throws {
        let sandbox = try Sandbox(language: "en")
        try Self.makeStore(in: sandbox, parties: [Self.importer])
        var lots: [String] = []
        for (name, from) in Self.documents {
            let xml = name.replacingOccurrences(of: ".jsonld", with: ".xml")
            #expect(
                try sandbox.ok(["epcis", "hash", xml]).stdout == (try sandbox.ok(["epcis", "hash", name]).stdout))
            let report = try Self.importDocument(xml, from: from, key: Self.importer, in: sandbox)
            #expect(report["attestedDocument"] as? String == (try Self.sha256(xml, in: sandbox)))
            lots += ((report["attestedLots"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        }
        #expect(lots.count == 6)
        let up = try sandbox.trace("up", lots[5], store: Self.store)
        let origins = try #require(up["origins"] as? [[String: Any]])
        #expect(origins.map { $0["code"] as? String } == [lots[0]])
        #expect(origins.first?["partyName"] as? String == "Green Valley Pig Farm")
        #expect((up["nodes"] as? [[String: Any]])?.allSatisfy { $0["attested"] != nil } == true)
        // The JSON-LD documents hold the same events: nothing more to attest.
        let ledger = try sandbox.ledger(Self.store)
        for (name, from) in Self.documents {
            let report = try Self.importDocument(name, from: from, key: Self.importer, in: sandbox)
            #expect(report["accepted"] as? Int == 0)
        }
        #expect(try sandbox.ledger(Self.store) == ledger)
    }

    @Test(
        "a partner's error declaration is kept beside the event it declares in error; the hop stays, marked in the trace"
    )
    func errorDeclarationMarksTheHop() throws {
        let sandbox = try Sandbox(language: "en")
        try Self.makeStore(in: sandbox, parties: [Self.importer])
        var reports: [[String: Any]] = []
        for (name, from) in Self.documents {
            reports.append(try Self.importDocument(name, from: from, key: Self.importer, in: sandbox))
        }
        let retailLots = try #require(reports[3]["attestedLots"] as? [[String: Any]])
        let retailLot = try #require(
            retailLots.first { $0["kind"] as? String == "transform" && $0["party"] as? String == Self.retailer }?[
                "code"] as? String)
        // The retailer re-sends its receipt with an errorDeclaration (EPCIS 2.0: the same event, declared in error).
        let original = try String(
            contentsOf: Self.chainFolder.appendingPathComponent("4-retailer.jsonld"), encoding: .utf8)
        let receipt = #"{"type": "ObjectEvent", "eventTime": "2026-11-22T07:30:00+08:00""#
        #expect(original.contains(receipt))
        let declared = original.replacingOccurrences(
            of: receipt,
            with:
                #"{"type": "ObjectEvent", "errorDeclaration": {"declarationTime": "2026-11-23T09:00:00+08:00", "reason": "incorrect_data"}, "eventTime": "2026-11-22T07:30:00+08:00""#
        )
        try sandbox.write("4-retailer-declaration.jsonld", declared)
        let before = try sandbox.trace("up", retailLot, store: Self.store)
        let report = try Self.importDocument(
            "4-retailer-declaration.jsonld", from: "urn:epc:id:pgln:4045678.00000", key: Self.importer, in: sandbox)
        #expect(report["committed"] as? Bool == true)
        // Only the declaration is new: the other two events are attested already.
        #expect(report["signedByImporter"] as? Int == 1, "\(report)")
        let kept = try #require(report["kept"] as? [[String: Any]])
        #expect(kept.compactMap { $0["kind"] as? String } == ["errorDeclaration"])
        #expect((kept.first?["reason"] as? String)?.contains("incorrect_data") == true)
        // The trace is the same graph (nothing deleted); the receipt's hop is marked declared in error.
        let up = try sandbox.trace("up", retailLot, store: Self.store)
        let nodes = try #require(up["nodes"] as? [[String: Any]])
        #expect(nodes.count == (before["nodes"] as? [[String: Any]])?.count)
        let marked = nodes.filter { (($0["attested"] as? [String: Any])?["declaredInErrorBy"] as? String) != nil }
        #expect(marked.count == 1, "\(nodes)")
        #expect(marked.first?["party"] as? String == Self.retailer)
        let text = try sandbox.run(["trace", "up", retailLot, "--store", Self.store, "--lang", "en"]).stdout
        #expect(text.components(separatedBy: "DECLARED IN ERROR by the partner").count - 1 == 1, "\(text)")
        // The same declaration again adds nothing.
        let again = try Self.importDocument(
            "4-retailer-declaration.jsonld", from: "urn:epc:id:pgln:4045678.00000", key: Self.importer, in: sandbox)
        #expect(again["accepted"] as? Int == 0)
        try sandbox.ok(["verify", "--store", Self.store])
    }
}
