import SourceTickets
import Testing
import TraceAudit
import TraceModel

/// `certificate-quantity`, `supplier-licence`, `supplier-blacklisted`, `no-supply-agreement`, `undesignated-slaughterhouse`.
@Suite("source-tickets: certificates and suppliers")
struct SourceTicketsSupplyTests {
    let plugin = SourceTicketsPlugin()

    @Test("a second carcass shipped on the first carcass's certificates (一证多用) is reported; downstream quoting is not")
    func certificateReused() throws {
        let scene = try Scene()
        let first = try scene.pork(hour: 0)
        let lot = try scene.chain.produce(scene.pigFarm, .livePig, .head(4), at: Chain.at(hours: 20))
        let animal = try scene.chain.certify(
            scene.vet, .animalQuarantine, subject: scene.pigFarm, batch: lot.code, product: .livePig,
            quantity: .head(4), from: Chain.at(hours: 20), until: Chain.at(hours: 60))
        let arrival = try scene.chain.transfer(
            scene.pigFarm, lot.code, .head(4), to: scene.house, documents: [animal.ref], at: Chain.at(hours: 21))
        let carcass = scene.house.code()
        try scene.chain.add(
            scene.house,
            TransformBody(
                process: .slaughter, inputs: [BatchQuantity(batch: arrival.code, quantity: .head(4))],
                outputs: [TransformOutput(batch: carcass, product: .pork, quantity: .kg(320))]), at: Chain.at(hours: 22)
        )
        let reused = try scene.chain.transfer(
            scene.house, carcass, .kg(320), to: scene.wholesale, documents: first.documents,
            at: Chain.at(hours: 23))
        let downstream = try scene.deliver(
            first.wholesaleBatch, kilograms: 60, to: scene.stall, documents: first.documents, hour: 24)
        // The reused certificates lapse at 75.5 h; the market passes the reused batch on at 80 h.
        let onward = try scene.deliver(
            reused.code, kilograms: 30, to: scene.stall, documents: first.documents, hour: 80)
        let all = try scene.chain.run(plugin)
        let findings = all.of("source-tickets/certificate-quantity")
        #expect(findings.count == 4, "one per reused certificate and receipt")
        #expect(Set(findings.compactMap { $0.evidence.first }) == [reused.receipt, onward.receipt])
        #expect(!findings.contains { $0.evidence.contains(downstream.receipt) })
        #expect(
            all.of("source-tickets/document-expired").isEmpty, "expiry is judged where the certificate entered the flow"
        )
    }

    @Test("receipts of the certified batch adding up to more than the certificate are reported; exactly as much is not")
    func quantityExceeded() throws {
        let scene = try Scene()
        let lot = try scene.chain.produce(scene.vegFarm, .cabbage, .kg(800), at: Chain.at(hours: 1))
        let small = try scene.chain.certify(
            scene.vegFarm, .complianceProof, subject: scene.vegFarm, batch: lot.code, product: .cabbage,
            quantity: .kg(700), from: Chain.at(hours: 1), until: Chain.at(hours: 100), result: "pass")
        let first = try scene.chain.transfer(
            scene.vegFarm, lot.code, .kg(500), to: scene.wholesale, documents: [small.ref], at: Chain.at(hours: 2))
        let second = try scene.chain.transfer(
            scene.vegFarm, lot.code, .kg(300), to: scene.wholesale, documents: [small.ref], at: Chain.at(hours: 3))
        let exact = try scene.chain.produce(scene.vegFarm, .cabbage, .kg(800), at: Chain.at(hours: 4))
        let full = try scene.chain.certify(
            scene.vegFarm, .complianceProof, subject: scene.vegFarm, batch: exact.code, product: .cabbage,
            quantity: .kg(800), from: Chain.at(hours: 4), until: Chain.at(hours: 100), result: "pass")
        try scene.chain.transfer(
            scene.vegFarm, exact.code, .kg(500), to: scene.wholesale, documents: [full.ref], at: Chain.at(hours: 5))
        try scene.chain.transfer(
            scene.vegFarm, exact.code, .kg(300), to: scene.wholesale, documents: [full.ref], at: Chain.at(hours: 6))
        let findings = try scene.chain.run(plugin).of("source-tickets/certificate-quantity")
        #expect(findings.count == 1)
        #expect(findings.first?.subject == small.ref.number)
        #expect(Set(findings.first?.evidence ?? []) == [first.receipt, second.receipt, small.id])
        let tolerant = try scene.chain.run(plugin, parameters: ["certificate-quantity.tolerance": "100"])
        #expect(tolerant.of("source-tickets/certificate-quantity").isEmpty)
    }

    @Test("a supplier whose credit code fails its check character is reported; a valid one is not")
    func malformedCreditCode() throws {
        let scene = try Scene()
        var code = scene.chain.creditCode()
        let last = code.removeLast()
        let bad = try scene.chain.party("FARM", .farm, creditCode: .some(code + (last == "0" ? "1" : "0")))
        let badGreens = try scene.vegetables(hour: 1, from: bad)
        let goodGreens = try scene.vegetables(hour: 2)
        let findings = try scene.chain.run(plugin).of("source-tickets/supplier-licence")
        #expect(findings.map { $0.evidence.first } == [badGreens.receipt])
        #expect(findings.first?.message.contains("校验码不符") == true)
        #expect(!findings.contains { $0.evidence.contains(goodGreens.receipt) })
    }

    @Test("no licence, or one expired before the receipt, is reported; one valid up to the receipt is not")
    func licenceValidity() throws {
        let scene = try Scene()
        let unlicensed = try scene.chain.party("FARM", .farm, licences: [])
        let lapsed = try scene.chain.party(
            "FARM", .farm,
            licences: [
                Licence(
                    type: .businessLicence, number: "BL-LAPSED", validFrom: Chain.at(hours: -900),
                    validUntil: Chain.at(hours: 1))
            ])
        let justValid = try scene.chain.party(
            "FARM", .farm,
            licences: [
                Licence(
                    type: .businessLicence, number: "BL-EXACT", validFrom: Chain.at(hours: -900),
                    validUntil: Chain.at(hours: 5))
            ])
        let none = try scene.vegetables(hour: 2, from: unlicensed)
        let expired = try scene.vegetables(hour: 3, from: lapsed)
        let exact = try scene.vegetables(hour: 4, from: justValid)  // received at 4.5 + 0.5 = 5 h
        let findings = try scene.chain.run(plugin).of("source-tickets/supplier-licence")
        #expect(Set(findings.compactMap { $0.evidence.first }) == [none.receipt, expired.receipt])
        #expect(!findings.contains { $0.evidence.contains(exact.receipt) })
    }

    @Test("an SC number with a wrong check digit is reported unless the check is switched off")
    func productionLicenceNumber() throws {
        let scene = try Scene()
        let digits = "1045101040001"
        let good = "SC" + digits + String(LicenceNumbers.productionLicenceCheck(digits)!)
        let wrongDigit = good.last == "0" ? "1" : "0"
        let bad = String(good.dropLast()) + wrongDigit
        func processor(_ number: String) throws -> Actor {
            try scene.chain.party(
                "FARM", .farm,
                licences: [
                    Licence(
                        type: .productionLicence, number: number, validFrom: Chain.at(hours: -900),
                        validUntil: Chain.at(hours: 9000))
                ])
        }
        let badGreens = try scene.vegetables(hour: 1, from: try processor(bad))
        let goodGreens = try scene.vegetables(hour: 2, from: try processor(good))
        let findings = try scene.chain.run(plugin).of("source-tickets/supplier-licence")
        #expect(findings.map { $0.evidence.first } == [badGreens.receipt])
        #expect(!findings.contains { $0.evidence.contains(goodGreens.receipt) })
        let unchecked = try scene.chain.run(plugin, parameters: ["supplier-licence.check-sc-number": "false"])
        #expect(unchecked.of("source-tickets/supplier-licence").isEmpty)
    }

    @Test("a supplier blacklisted before the receipt is reported; one blacklisted later, or by a non-regulator, is not")
    func blacklisted() throws {
        let scene = try Scene()
        let listed = try scene.chain.party("FARM", .farm)
        let entry = try scene.chain.certify(
            scene.chain.regulator, .blacklist, subject: listed, from: Chain.at(hours: 0.5), result: "严重违法失信")
        let before = try scene.vegetables(hour: 1, from: listed)
        let later = try scene.chain.party("FARM", .farm)
        let earlyDelivery = try scene.vegetables(hour: 2, from: later)
        // Registered before the entry below: the regulator's records after it are dated from hour 6 on.
        let rumoured = try scene.chain.party("FARM", .farm)
        // Backdated: in force from hour 0 but recorded only at hour 6, after the delivery.
        try scene.chain.certify(
            scene.chain.regulator, .blacklist, subject: later, from: Chain.at(hours: 0), at: Chain.at(hours: 6))
        try scene.chain.certify(scene.wholesale, .blacklist, subject: rumoured, from: Chain.at(hours: 0))
        let rumouredDelivery = try scene.vegetables(hour: 5, from: rumoured)
        let findings = try scene.chain.run(plugin).of("source-tickets/supplier-blacklisted")
        #expect(findings.map(\.evidence) == [[before.receipt, entry.id]])
        #expect(
            !findings.contains {
                $0.evidence.contains(earlyDelivery.receipt) || $0.evidence.contains(rumouredDelivery.receipt)
            })
    }

    @Test(
        "meat from a slaughterhouse the market has no agreement with is reported (场厂挂钩); a stall of a market that has one is not"
    )
    func supplyAgreement() throws {
        let scene = try Scene()
        let other = try scene.chain.party("SH", .slaughterhouse, name: "二号屠宰厂")
        try scene.chain.certify(
            scene.chain.regulator, .slaughterDesignation, subject: other, from: Chain.at(hours: -10))
        try scene.chain.certify(
            scene.market, .supplyAgreement, subject: other, from: Chain.at(hours: -10), until: Chain.at(hours: 500))
        let pork = try scene.slaughtered(kilograms: 200, at: other)
        let toWholesale = try scene.chain.transfer(
            other, pork.carcass, .kg(100), to: scene.wholesale, documents: pork.documents,
            at: Chain.at(hours: 5))
        let toStall = try scene.chain.transfer(
            other, pork.carcass, .kg(100), to: scene.stall, documents: pork.documents, at: Chain.at(hours: 6))
        let findings = try scene.chain.run(plugin).of("source-tickets/no-supply-agreement")
        #expect(findings.map { $0.evidence.first } == [toWholesale.receipt])
        #expect(!findings.contains { $0.evidence.contains(toStall.receipt) })
    }

    @Test("meat straight from an undesignated slaughterhouse is reported at that hop only; a designated one is not")
    func undesignated() throws {
        let rogue = try Scene(designated: false)
        let pork = try rogue.pork()
        let onward = try rogue.deliver(
            pork.wholesaleBatch, kilograms: 50, to: rogue.stall, documents: pork.documents, hour: 8)
        let findings = try rogue.chain.run(plugin).of("source-tickets/undesignated-slaughterhouse")
        #expect(findings.map { $0.evidence.first } == [pork.wholesaleReceipt])
        #expect(!findings.contains { $0.evidence.contains(onward.receipt) })
        let designated = try Scene()
        _ = try designated.pork()
        #expect(try designated.chain.run(plugin).of("source-tickets/undesignated-slaughterhouse").isEmpty)
    }

    @Test("a designation that lapsed before the receipt no longer counts")
    func designationLapsed() throws {
        let scene = try Scene(designated: false)
        try scene.chain.certify(
            scene.chain.regulator, .slaughterDesignation, subject: scene.house, from: Chain.at(hours: -10),
            until: Chain.at(hours: 4))
        let pork = try scene.pork()
        let findings = try scene.chain.run(plugin).of("source-tickets/undesignated-slaughterhouse")
        #expect(findings.map { $0.evidence.first } == [pork.wholesaleReceipt])
    }

    /// Designation by the register record's licence, as `schemas/examples/valid/register-slaughterhouse.json`
    /// registers it: in force at receipt → no finding; lapsed the hour before, or starting the hour after, or a
    /// licence of another type → the finding.
    @Test(
        "a slaughter-designation licence on the register record designates, while in force",
        arguments: [
            (DocumentType.slaughterDesignation, -100.0, 5000.0, false),
            (.slaughterDesignation, -100.0, 3.0, true),
            (.slaughterDesignation, 5.0, 5000.0, true),
            (.businessLicence, -100.0, 5000.0, true),
        ])
    func designatedByLicence(type: DocumentType, from: Double, until: Double, flagged: Bool) throws {
        let business = Licence(
            type: .businessLicence, number: "BL91510104MA6CQ7B26H", validFrom: Chain.at(hours: -9000),
            validUntil: Chain.at(hours: 90000))
        let licence = Licence(
            type: type, number: "A51010401", validFrom: Chain.at(hours: from), validUntil: Chain.at(hours: until))
        let scene = try Scene(designated: false, houseLicences: [business, licence])
        let pork = try scene.pork()  // delivered to the wholesale market at hour 4
        let findings = try scene.chain.run(plugin).of("source-tickets/undesignated-slaughterhouse")
        #expect(findings.map { $0.evidence.first } == (flagged ? [pork.wholesaleReceipt] : []))
    }
}
